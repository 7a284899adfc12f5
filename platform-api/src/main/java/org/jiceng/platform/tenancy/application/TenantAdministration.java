package org.jiceng.platform.tenancy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jiceng.platform.shared.audit.AccessLog;
import org.jiceng.platform.shared.audit.AccessLogEntry;
import org.jiceng.platform.shared.domain.RecordNotFound;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.domain.Slice;
import org.jiceng.platform.shared.domain.StateConflict;
import org.jiceng.platform.shared.domain.VersionMismatch;
import org.jiceng.platform.shared.security.PlatformAdmin;
import org.jiceng.platform.shared.domain.Slice;
import org.jiceng.platform.shared.tenant.Tenant;
import org.jiceng.platform.tenancy.domain.TenantData;
import org.jiceng.platform.tenancy.domain.TenantDirectory;
import org.jiceng.platform.shared.tenant.TenantKind;
import org.jiceng.platform.shared.tenant.TenantRegistry;
import org.jiceng.platform.shared.tenant.TenantSettings;
import org.jiceng.platform.shared.tenant.TenantStatus;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Platform administration of tenants: register, change settings, suspend, resume, export and offboard. Every
 * action is written to the access log with the acting platform admin. Offboarding is two explicit steps: an
 * export of a SUSPENDED tenant hands out a one-time confirmation, and only that confirmation erases the tenant.
 */
@ApplicationScoped
public class TenantAdministration {
    /** How long an offboarding confirmation stays valid after its export. */
    static final Duration CONFIRMATION_TTL = Duration.ofHours(24);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final java.util.Set<String> RESERVED_CODES = java.util.Set.of("platform", "admin", "master");

    @Inject
    TenantDirectory directory;
    @Inject
    TenantRegistry registry;
    @Inject
    TenantData data;
    @Inject
    AccessLog accessLog;
    @Inject
    org.jiceng.platform.shared.pii.PersonalData personalData;
    @Inject
    Clock clock;
    @Inject
    org.jiceng.platform.tenancy.domain.IdentityRealms realms;
    @Inject
    org.jiceng.platform.shared.config.PlatformConfig config;

    /** An export written to a temporary file, and the confirmation it earned when the tenant was suspended. */
    public record Export(Path archive, Optional<String> offboardingConfirmation, TenantData.ExportSummary summary) {
    }

    public Tenant register(NewTenant n, PlatformAdmin by, String requestId) {
        Tenant tenant = checked(n);
        directory.insert(tenant, "tenant.registered", by.subject());
        registry.evict(tenant);
        log(tenant.id(), by, "tenant.registered", null, requestId);
        return tenant;
    }

    /**
     * The tenant {@code n} describes, refused with 400 for bad fields and 409 when its code or issuer is taken;
     * nothing is written.
     */
    public Tenant checked(NewTenant n) {
        if (!Tenant.isValidCode(n.code())) {
            throw new RuleViolation("code", "2-31 lower-case letters, digits or dashes, starting with a letter");
        }
        if (RESERVED_CODES.contains(n.code())) {
            throw new RuleViolation("code", "'" + n.code() + "' is reserved (the platform realm is jiceng-platform)");
        }
        if (!Tenant.isValidDivisionCode(n.divisionCode())) {
            throw new RuleViolation("divisionCode", "a 6-digit administrative division code (GB/T 2260)");
        }
        TenantKind kind = parseKind(n.kind());
        if (kind == TenantKind.DISTRICT && n.divisionCode().endsWith("00")
                || kind == TenantKind.CITY && !n.divisionCode().endsWith("00")) {
            throw new RuleViolation("divisionCode", kind == TenantKind.CITY
                    ? "a city's division code ends in 00" : "a district's division code does not end in 00");
        }
        requireIssuerUrl(n.issuer(), config.allowsHttpIssuers());
        if (config.platformIssuer().map(p -> sameIssuer(p, n.issuer())).orElse(false)) {
            throw new RuleViolation("issuer", "the platform admins' realm cannot be a tenant");
        }
        TenantSettings d = TenantSettings.defaults(n.code());
        TenantSettings settings = new TenantSettings(or(n.locale(), d.locale()), or(n.timeZone(), d.timeZone()),
                or(n.caseNumberPrefix(), d.caseNumberPrefix()),
                n.allowedOrigins() != null ? n.allowedOrigins() : d.allowedOrigins(),
                n.rateLimitPerMinute() != null ? n.rateLimitPerMinute() : d.rateLimitPerMinute(),
                n.caseReopenDays() != null ? n.caseReopenDays() : d.caseReopenDays(),
                n.scoreWeights() != null ? n.scoreWeights() : d.scoreWeights(),
                or(n.verificationSeparation(), d.verificationSeparation()),
                n.contactRetentionDays() != null ? n.contactRetentionDays() : d.contactRetentionDays()).validate();
        if (directory.find(n.code()).isPresent()) {
            throw new StateConflict("Tenant code '" + n.code() + "' is already registered");
        }
        if (directory.issuerTaken(n.issuer())) {
            throw new StateConflict("Issuer " + n.issuer() + " already belongs to another tenant");
        }
        OffsetDateTime now = now();
        Tenant tenant = new Tenant(n.code(), n.name().strip(), n.divisionCode(), kind, n.issuer(), TenantStatus.ACTIVE,
                settings, 1, now, now);
        return tenant;
    }

    public Tenant get(String code) {
        return directory.find(code).orElseThrow(() -> new RecordNotFound("Tenant", code));
    }

    /** How many records the tenant holds, per table (the same counts an export and an offboarding report). */
    public Map<String, Long> figures(String code) {
        get(code);
        return data.counts(code);
    }

    public Slice<Tenant> list(String afterCode, int limit) {
        return Slice.of(directory.page(afterCode, limit + 1), limit);
    }

    public Tenant update(String code, long expectedVersion, TenantChanges c, PlatformAdmin by, String requestId) {
        Tenant current = get(code);
        if (current.version() != expectedVersion) {
            throw new VersionMismatch(expectedVersion, current.version());
        }
        TenantSettings s = current.settings();
        TenantSettings settings = new TenantSettings(c.locale().orElse(s.locale()), c.timeZone().orElse(s.timeZone()),
                c.caseNumberPrefix().orElse(s.caseNumberPrefix()), c.allowedOrigins().orElse(s.allowedOrigins()),
                c.rateLimitPerMinute().orElse(s.rateLimitPerMinute()),
                c.caseReopenDays().orElse(s.caseReopenDays()),
                c.scoreWeights().orElse(s.scoreWeights()),
                c.verificationSeparation().orElse(s.verificationSeparation()),
                c.contactRetentionDays().orElse(s.contactRetentionDays())).validate();
        String name = c.name().map(String::strip).orElse(current.name());
        if (name.isEmpty() || name.length() > 100) {
            throw new RuleViolation("name", "1-100 characters");
        }
        return save(current, current.withDetails(name, settings, now()), "tenant.updated", by, requestId);
    }

    /** Refuses every request with the tenant's tokens from now on; its data stays. Repeating it changes nothing. */
    public Tenant suspend(String code, PlatformAdmin by, String requestId) {
        return changeStatus(code, TenantStatus.SUSPENDED, "tenant.suspended", by, requestId);
    }

    public Tenant resume(String code, PlatformAdmin by, String requestId) {
        return changeStatus(code, TenantStatus.ACTIVE, "tenant.resumed", by, requestId);
    }

    /**
     * Exports every record of the tenant into a temporary ZIP (the caller streams and deletes it). A SUSPENDED
     * tenant's export also yields the one-time confirmation that {@link #offboard} asks for: nothing can change
     * between the export and the erasure.
     */
    public Export export(String code, PlatformAdmin by, String requestId) {
        Tenant tenant = get(code);
        Path file;
        TenantData.ExportSummary counts;
        try {
            file = Files.createTempFile("jiceng-export-" + code + "-", ".zip");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            counts = data.export(tenant, by.issuer() + "#" + by.subject(), out);
        } catch (IOException | RuntimeException e) {
            // a partial export holds decrypted personal data: it never outlives the failure
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                e.addSuppressed(ignored);
            }
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        Optional<String> confirmation = Optional.empty();
        if (tenant.status() == TenantStatus.SUSPENDED) {
            byte[] raw = new byte[24];
            RANDOM.nextBytes(raw);
            String token = "offboard-" + code + "-" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
            directory.storeOffboardingToken(code, sha256(token), now().plus(CONFIRMATION_TTL));
            confirmation = Optional.of(token);
        }
        log(code, by, "tenant.exported", "{\"records\":" + json(counts.records()) + ",\"forOffboarding\":"
                + confirmation.isPresent() + "}", requestId);
        if (!counts.decrypted().isEmpty()) {
            // the export decrypted personal data: which columns, how many values, for whom
            accessLog.append(new AccessLogEntry(code, by.issuer(), by.subject(), by.clientId(), "pii.exported",
                    "tenant", code, List.copyOf(counts.decrypted().keySet()),
                    "{\"values\":" + json(counts.decrypted()) + "}", requestId));
        }
        return new Export(file, confirmation, counts);
    }

    /** Erases every record of a SUSPENDED tenant and its registry entry; only the access log remains. */
    public Map<String, Long> offboard(String code, String confirmation, PlatformAdmin by, String requestId) {
        Tenant tenant = get(code);
        if (tenant.status() != TenantStatus.SUSPENDED) {
            throw new StateConflict("Suspend tenant '" + code + "' and export its data before offboarding it");
        }
        Optional<String> expected = directory.offboardingToken(code, now());
        if (expected.isEmpty()) {
            throw new StateConflict("No valid offboarding confirmation: export the suspended tenant first");
        }
        if (confirmation == null || !MessageDigest.isEqual(expected.get().getBytes(StandardCharsets.US_ASCII),
                sha256(confirmation).getBytes(StandardCharsets.US_ASCII))) {
            throw new RuleViolation("confirmation", "does not match the confirmation handed out by the export");
        }
        Map<String, Long> deleted = data.erase(code);
        registry.evict(tenant);
        personalData.forget(code);
        log(code, by, "tenant.offboarded", "{\"deleted\":" + json(deleted) + "}", requestId);
        return deleted;
    }

    /**
     * Deletes the realm of an offboarded tenant when it is one this platform provisions; returns whether it did.
     * The tenant's data is gone already, so a failure here leaves only an empty realm for the CLI to remove.
     */
    public boolean removeRealmOf(Tenant offboarded) {
        if (!realms.available() || !offboarded.issuer().equals(realms.issuerOf(offboarded.id()))) {
            return false;
        }
        return realms.remove(offboarded.id());
    }

    /**
     * Removes a tenant that holds no records at all, e.g. to undo a registration whose onboarding failed half-way.
     * A tenant with data must go through {@link #offboard}.
     */
    public void unregister(String code, PlatformAdmin by, String requestId) {
        Tenant tenant = get(code);
        Map<String, Long> counts = data.counts(code);
        long records = counts.entrySet().stream().filter(e -> !e.getKey().equals("outbox_event"))
                .mapToLong(Map.Entry::getValue).sum();
        if (records > 0) {
            throw new StateConflict("Tenant '" + code + "' holds " + records + " record(s): offboard it instead");
        }
        data.erase(code);
        registry.evict(tenant);
        log(code, by, "tenant.unregistered", null, requestId);
    }

    private Tenant changeStatus(String code, TenantStatus status, String event, PlatformAdmin by, String requestId) {
        Tenant current = get(code);
        if (current.status() == status) {
            return current;
        }
        return save(current, current.withStatus(status, now()), event, by, requestId);
    }

    private Tenant save(Tenant current, Tenant changed, String event, PlatformAdmin by, String requestId) {
        if (!directory.update(changed, current.version(), event, by.subject())) {
            throw new VersionMismatch(current.version(), current.version() + 1);
        }
        registry.evict(changed); // this instance refuses a suspended tenant at once; others within the cache TTL
        log(changed.id(), by, event, null, requestId);
        return changed;
    }

    private void log(String code, PlatformAdmin by, String action, String detail, String requestId) {
        accessLog.append(new AccessLogEntry(code, by.issuer(), by.subject(), by.clientId(), action, "tenant", code,
                null, detail, requestId));
    }

    private static TenantKind parseKind(String kind) {
        try {
            return TenantKind.valueOf(kind);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RuleViolation("kind", "CITY or DISTRICT");
        }
    }

    private static void requireIssuerUrl(String issuer, boolean httpAllowed) {
        try {
            URI u = new URI(issuer);
            if (!("https".equals(u.getScheme()) || "http".equals(u.getScheme())) || u.getHost() == null) {
                throw new RuleViolation("issuer", "the realm's issuer URL, e.g. https://id.example.cn/realms/jiceng-sip");
            }
            if ("http".equals(u.getScheme()) && !httpAllowed) {
                throw new RuleViolation("issuer", "an https URL: plain http issuers are refused in production");
            }
        } catch (java.net.URISyntaxException | NullPointerException e) {
            throw new RuleViolation("issuer", "the realm's issuer URL, e.g. https://id.example.cn/realms/jiceng-sip");
        }
    }

    /** Issuers compared as URLs: scheme and host ignore case, a trailing slash is no difference. */
    static boolean sameIssuer(String a, String b) {
        return normalIssuer(a).equals(normalIssuer(b));
    }

    private static String normalIssuer(String issuer) {
        try {
            URI u = new URI(issuer.strip()).normalize();
            String path = u.getPath() == null ? "" : u.getPath().replaceAll("/+$", "");
            return (u.getScheme() + "://" + u.getHost() + ":" + u.getPort()).toLowerCase(java.util.Locale.ROOT) + path;
        } catch (java.net.URISyntaxException | NullPointerException e) {
            return issuer;
        }
    }

    private static String or(String value, String fallback) {
        return value != null ? value : fallback;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static String json(Map<String, Long> counts) {
        jakarta.json.JsonObjectBuilder b = jakarta.json.Json.createObjectBuilder();
        counts.forEach(b::add);
        return b.build().toString();
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
