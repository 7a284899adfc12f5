package org.jiceng.platform.shared.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jiceng.platform.shared.config.PlatformConfig;
import org.jiceng.platform.shared.ratelimit.AddressWindows;

import java.time.Clock;

/**
 * Counts, per source address, the tokens presented that failed verification (unknown issuer, bad signature,
 * expired …) over a sliding minute, and stops an address that keeps failing before its tokens cost any work.
 * Per instance and in memory: a guard against guessing and flooding, not a quota. Behind a load balancer the
 * address is the balancer's unless it is configured to pass the client's on.
 */
@ApplicationScoped
public class FailedAuthentications {
    @Inject
    PlatformConfig config;
    @Inject
    Clock clock;

    private final AddressWindows windows = new AddressWindows();

    /** Seconds until the address may try again, or 0 when it may now. */
    public long retryAfter(String address) {
        return windows.retryAfter(address, config.authFailuresPerMinute(), clock.instant().getEpochSecond());
    }

    public void failed(String address) {
        windows.add(address, clock.instant().getEpochSecond());
    }
}
