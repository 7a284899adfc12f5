package org.jiceng.platform.shared.security;

import java.util.Set;

/**
 * A caller authenticated by the platform admins' realm ({@code jiceng-platform}); only such callers reach
 * {@code /admin}, and only with the {@value #ROLE} realm role.
 */
public record PlatformAdmin(String issuer, String subject, String clientId, Set<String> roles) {
    public static final String ROLE = "platform-admin";

    public boolean isAdmin() {
        return roles.contains(ROLE);
    }
}
