package org.jiceng.platform.shared.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Optional;

/** The platform's settings (MicroProfile Config: system properties, environment, microprofile-config.properties). */
@ApplicationScoped
public class PlatformConfig {
    @Inject
    @ConfigProperty(name = "jiceng.db.host", defaultValue = "127.0.0.1")
    String dbHost;
    @Inject
    @ConfigProperty(name = "jiceng.db.port", defaultValue = "5432")
    int dbPort;
    @Inject
    @ConfigProperty(name = "jiceng.db.name", defaultValue = "jiceng")
    String dbName;
    @Inject
    @ConfigProperty(name = "jiceng.db.owner-user", defaultValue = "jiceng_owner")
    String ownerUser;
    @Inject
    @ConfigProperty(name = "jiceng.db.owner-password", defaultValue = "jiceng_owner")
    String ownerPassword;
    @Inject
    @ConfigProperty(name = "jiceng.db.app-user", defaultValue = "jiceng_app")
    String appUser;
    @Inject
    @ConfigProperty(name = "jiceng.auth.audience", defaultValue = "jiceng-api")
    String audience;
    @Inject
    @ConfigProperty(name = "jiceng.auth.clock-skew-seconds", defaultValue = "30")
    int clockSkewSeconds;
    @Inject
    @ConfigProperty(name = "jiceng.auth.jwks-min-refresh-seconds", defaultValue = "10")
    int jwksMinRefreshSeconds;
    @Inject
    @ConfigProperty(name = "jiceng.tenants.cache-seconds", defaultValue = "2")
    int tenantCacheSeconds;
    @Inject
    @ConfigProperty(name = "jiceng.cursor.secret")
    Optional<String> cursorSecret;
    @Inject
    @ConfigProperty(name = "jiceng.request.max-body-bytes", defaultValue = "1048576")
    int maxBodyBytes;

    @Inject
    @ConfigProperty(name = "jiceng.request.max-import-bytes", defaultValue = "33554432")
    int maxImportBytes;
    @Inject
    @ConfigProperty(name = "jiceng.platform.issuer")
    Optional<String> platformIssuer;
    @Inject
    @ConfigProperty(name = "jiceng.pii.master-key")
    Optional<String> piiMasterKey;
    @Inject
    @ConfigProperty(name = "jiceng.access-log.retention-days", defaultValue = "183")
    int accessLogRetentionDays;

    @Inject
    @ConfigProperty(name = "jiceng.profile", defaultValue = "prod")
    String profile;
    @Inject
    @ConfigProperty(name = "jiceng.auth.allow-http-issuers", defaultValue = "false")
    boolean allowHttpIssuers;

    /** {@code prod} (the default) refuses to start without its secrets; {@code dev} is for a local run and tests. */
    public boolean isProduction() {
        return !"dev".equalsIgnoreCase(profile.strip());
    }

    /** Whether issuers may be plain {@code http} URLs: only in the dev profile or by an explicit flag. */
    public boolean allowsHttpIssuers() {
        return allowHttpIssuers || !isProduction();
    }

    @Inject
    @ConfigProperty(name = "jiceng.auth.failures-per-minute", defaultValue = "30")
    int authFailuresPerMinute;
    @Inject
    @ConfigProperty(name = "jiceng.rate-limit.per-user-per-minute", defaultValue = "120")
    int perUserPerMinute;

    /** Failed token verifications one source address may cause a minute before it is refused with 429. */
    public int authFailuresPerMinute() {
        return authFailuresPerMinute;
    }

    /** Requests one end user (a person, or a resident a vendor's app acts for) may make a minute. */
    public int perUserPerMinute() {
        return perUserPerMinute;
    }

    @Inject
    @ConfigProperty(name = "jiceng.db.statement-timeout-ms", defaultValue = "30000")
    long statementTimeoutMs;

    /** Longest a statement of a tenant request may run before PostgreSQL cancels it (503 with Retry-After). */
    public Duration statementTimeout() {
        return Duration.ofMillis(Math.max(1, statementTimeoutMs));
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + dbHost + ":" + dbPort + "/" + dbName;
    }

    public String ownerUser() {
        return ownerUser;
    }

    public String ownerPassword() {
        return ownerPassword;
    }

    public String appUser() {
        return appUser;
    }

    /** The {@code aud} every access token must carry. */
    public String audience() {
        return audience;
    }

    public Duration clockSkew() {
        return Duration.ofSeconds(clockSkewSeconds);
    }

    /** Least time between two JWKS fetches of one realm, so unknown-kid tokens cannot hammer Keycloak. */
    public Duration jwksMinRefresh() {
        return Duration.ofSeconds(jwksMinRefreshSeconds);
    }

    /** How long a tenant registry entry is trusted; a suspension takes effect everywhere within this. */
    public Duration tenantCacheTtl() {
        return Duration.ofSeconds(tenantCacheSeconds);
    }

    /** Key that signs pagination cursors; the same on every instance. */
    public Optional<String> cursorSecret() {
        return cursorSecret.filter(s -> !s.isBlank());
    }

    public int maxBodyBytes() {
        return maxBodyBytes;
    }

    /** Issuer of the platform admins' realm ({@code jiceng-platform}); without it {@code /admin} refuses everyone. */
    public Optional<String> platformIssuer() {
        return platformIssuer.filter(s -> !s.isBlank());
    }

    /** How long access-log lines are kept: never less than six months, whatever is configured. */
    public Duration accessLogRetention() {
        return Duration.ofDays(Math.max(183, accessLogRetentionDays));
    }

    /** Largest grid file accepted by the bulk import. */
    public int maxImportBytes() {
        return maxImportBytes;
    }

    /** The platform master key (16 bytes, base64) that wraps every tenant's data key. */
    public Optional<String> piiMasterKey() {
        return piiMasterKey.filter(s -> !s.isBlank());
    }

    @Inject
    @ConfigProperty(name = "jiceng.events.retention-days", defaultValue = "30")
    int eventRetentionDays;
    @Inject
    @ConfigProperty(name = "jiceng.events.deadline-sweep-seconds", defaultValue = "300")
    int deadlineSweepSeconds;
    @Inject
    @ConfigProperty(name = "jiceng.events.due-soon-hours", defaultValue = "24")
    int dueSoonHours;
    @Inject
    @ConfigProperty(name = "jiceng.webhooks.allow-loopback", defaultValue = "false")
    boolean webhooksAllowLoopback;
    @Inject
    @ConfigProperty(name = "jiceng.webhooks.retry-schedule", defaultValue = "PT5S,PT5M,PT30M,PT2H,PT5H,PT10H,PT10H")
    String webhookRetrySchedule;
    @Inject
    @ConfigProperty(name = "jiceng.webhooks.disable-after", defaultValue = "P5D")
    String webhookDisableAfter;
    @Inject
    @ConfigProperty(name = "jiceng.webhooks.timeout-seconds", defaultValue = "10")
    int webhookTimeoutSeconds;
    @Inject
    @ConfigProperty(name = "jiceng.webhooks.rotation-overlap", defaultValue = "PT24H")
    String webhookRotationOverlap;
    @Inject
    @ConfigProperty(name = "jiceng.webhooks.relay-interval-ms", defaultValue = "500")
    int webhookRelayIntervalMs;

    @Inject
    @ConfigProperty(name = "jiceng.events.max-waits-per-client", defaultValue = "4")
    int eventWaitsPerClient;
    @Inject
    @ConfigProperty(name = "jiceng.events.max-waits-per-tenant", defaultValue = "16")
    int eventWaitsPerTenant;
    @Inject
    @ConfigProperty(name = "jiceng.events.max-waits", defaultValue = "64")
    int eventWaits;

    @Inject
    @ConfigProperty(name = "jiceng.open311.public-reads-per-minute", defaultValue = "300")
    int open311PublicReadsPerMinute;

    /** Open311 reads (which need no key) one source address may make a minute, on one instance. */
    public int open311PublicReadsPerMinute() {
        return Math.max(1, open311PublicReadsPerMinute);
    }

    /** Requests one client may hold waiting on the event feed at once, on one instance. */
    public int eventWaitsPerClient() {
        return Math.max(1, eventWaitsPerClient);
    }

    /** Requests one tenant's clients together may hold waiting on the event feed, on one instance. */
    public int eventWaitsPerTenant() {
        return Math.max(1, eventWaitsPerTenant);
    }

    /**
     * Requests that may wait on the event feed on one instance: each holds a request thread, of which Payara Micro
     * has 200, so the rest are always free for everything else.
     */
    public int eventWaits() {
        return Math.max(1, eventWaits);
    }

    /** How long events stay in the feed (at least 30 days unless an operator chooses less). */
    public Duration eventRetention() {
        return Duration.ofDays(Math.max(1, eventRetentionDays));
    }

    /** How often deadlines are checked for reminders ({@code case.due_soon}, {@code case.overdue}). */
    public Duration deadlineSweep() {
        return Duration.ofSeconds(Math.max(1, deadlineSweepSeconds));
    }

    /** How far ahead of a deadline its reminder is sent. */
    public Duration dueSoon() {
        return Duration.ofHours(Math.max(1, dueSoonHours));
    }

    /**
     * Whether webhook targets may be loopback addresses over plain http: a development setting, on in the dev
     * profile. Private and link-local addresses are refused whatever it says.
     */
    public boolean webhooksAllowLoopback() {
        return webhooksAllowLoopback || !isProduction();
    }

    /** The waits between delivery attempts (Standard Webhooks' schedule by default). */
    public java.util.List<Duration> webhookRetrySchedule() {
        return java.util.Arrays.stream(webhookRetrySchedule.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(Duration::parse).toList();
    }

    /** How long an endpoint may fail every delivery before it is disabled. */
    public Duration webhookDisableAfter() {
        return Duration.parse(webhookDisableAfter.strip());
    }

    public Duration webhookTimeout() {
        return Duration.ofSeconds(Math.max(1, webhookTimeoutSeconds));
    }

    /** How long the previous secret keeps signing after a rotation, by default. */
    public Duration webhookRotationOverlap() {
        return Duration.parse(webhookRotationOverlap.strip());
    }

    public Duration webhookRelayInterval() {
        return Duration.ofMillis(Math.max(50, webhookRelayIntervalMs));
    }
}
