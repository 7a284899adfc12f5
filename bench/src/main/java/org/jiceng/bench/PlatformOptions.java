package org.jiceng.bench;

import picocli.CommandLine.Option;

/** Where the platform runs and how a benchmark signs in to it: the options every benchmark shares. */
final class PlatformOptions {
    @Option(names = "--platform-url", defaultValue = "http://127.0.0.1:8080")
    String platformUrl;
    @Option(names = "--issuer", defaultValue = "http://127.0.0.1:8180/realms/jiceng-sip")
    String issuer;
    @Option(names = "--client-id", defaultValue = "sip-admin")
    String clientId;
    @Option(names = "--client-secret", description = "The tenant machine client's secret")
    String clientSecret;
    @Option(names = "--tenant", defaultValue = "sip")
    String tenant;
    @Option(names = "--platform-client-secret", defaultValue = "${env:JICENG_PLATFORM_CLIENT_SECRET}",
            description = "platform-cli's secret: lifts the tenant's rate limit for the run (it is restored after); "
                    + "without it the tenant's own limit (default 600/min per client) throttles the measurement")
    String platformSecret;
    @Option(names = "--platform-issuer", defaultValue = "http://127.0.0.1:8180/realms/jiceng-platform")
    String platformIssuer;

    /** The tenant's rate limit lifted until closed. */
    RateLimitLift liftRateLimit() {
        return new RateLimitLift(platformUrl, platformIssuer, platformSecret, tenant);
    }
}
