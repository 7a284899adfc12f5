package org.jiceng.platform.events.domain;

import java.net.URI;

/**
 * Refuses webhook targets inside the platform's own network: every address the host resolves to must be public —
 * never private, loopback (unless the development setting allows it), link-local, multicast or unspecified.
 */
public interface TargetGuard {
    /** Throws {@link org.jiceng.platform.shared.domain.RuleViolation} on {@code url} naming why. */
    void check(URI target);
}
