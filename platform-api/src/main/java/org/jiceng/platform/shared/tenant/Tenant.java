package org.jiceng.platform.shared.tenant;

import java.time.OffsetDateTime;
import java.util.regex.Pattern;

/**
 * 租户: one jurisdiction using the platform, a city or a district (county-level city), with its own identity
 * realm whose {@code issuer} is the only way a request is attributed to it. Lives in the global registry; its
 * settings travel with it so that the request path (CORS, rate limits) needs a single cached lookup.
 *
 * @param id           short code, also the {@code tenant_id} of every row it owns (e.g. {@code sip})
 * @param divisionCode 6-digit administrative division code of its root grid node
 * @param version      bumped by every change, the registry entry's ETag
 */
public record Tenant(String id, String name, String divisionCode, TenantKind kind, String issuer,
                     TenantStatus status, TenantSettings settings, long version, OffsetDateTime createdAt,
                     OffsetDateTime updatedAt) {

    private static final Pattern CODE = Pattern.compile("^[a-z][a-z0-9-]{1,30}$");
    private static final Pattern DIVISION = Pattern.compile("^[1-9][0-9]{5}$");

    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
    }

    /** Whether a browser page from {@code origin} may call the API with this tenant's tokens. */
    public boolean allowsOrigin(String origin) {
        return origin != null && settings.allowedOrigins().contains(origin);
    }

    /** Lower-case letters, digits and dashes, starting with a letter, 2–31 characters; becomes part of the realm name. */
    public static boolean isValidCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /** Six digits, not starting with 0 (GB/T 2260). */
    public static boolean isValidDivisionCode(String code) {
        return code != null && DIVISION.matcher(code).matches();
    }

    public Tenant withStatus(TenantStatus newStatus, OffsetDateTime at) {
        return new Tenant(id, name, divisionCode, kind, issuer, newStatus, settings, version + 1, createdAt, at);
    }

    public Tenant withDetails(String newName, TenantSettings newSettings, OffsetDateTime at) {
        return new Tenant(id, newName, divisionCode, kind, issuer, status, newSettings, version + 1, createdAt, at);
    }
}
