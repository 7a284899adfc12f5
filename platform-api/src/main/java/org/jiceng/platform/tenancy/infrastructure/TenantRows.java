package org.jiceng.platform.tenancy.infrastructure;

import org.jiceng.platform.shared.tenant.Tenant;
import org.jiceng.platform.shared.tenant.TenantKind;
import org.jiceng.platform.shared.tenant.TenantSettings;
import org.jiceng.platform.shared.tenant.TenantStatus;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** How a {@link Tenant} is read from the {@code tenant} table. */
final class TenantRows {
    static final String SELECT = "select id, name, division_code, kind, issuer, status, locale, time_zone, "
            + "case_number_prefix, allowed_origins, rate_limit_per_minute, version, created_at, updated_at, case_reopen_days, "
            + "score_weights, verification_separation, contact_retention_days from tenant ";

    private TenantRows() {
    }

    static Tenant map(ResultSet rs) throws SQLException {
        Array origins = rs.getArray(10);
        List<String> allowed = origins == null ? List.of() : Arrays.asList((String[]) origins.getArray());
        String code = rs.getString(1);
        String prefix = rs.getString(9);
        TenantSettings settings = new TenantSettings(rs.getString(7), rs.getString(8),
                prefix != null ? prefix : TenantSettings.defaults(code).caseNumberPrefix(), allowed, rs.getInt(11),
                rs.getInt(15), weights(rs.getArray(16)), rs.getString(17), rs.getInt(18));
        return new Tenant(code, rs.getString(2), rs.getString(3), TenantKind.valueOf(rs.getString(4)),
                rs.getString(5), TenantStatus.valueOf(rs.getString(6)), settings, rs.getLong(12),
                rs.getObject(13, OffsetDateTime.class), rs.getObject(14, OffsetDateTime.class));
    }

    private static TenantSettings.ScoreWeights weights(Array array) throws SQLException {
        if (array == null) {
            return TenantSettings.ScoreWeights.DEFAULT;
        }
        Integer[] w = (Integer[]) array.getArray();
        return new TenantSettings.ScoreWeights(w[0], w[1], w[2]);
    }

    /** The tenant as exported and as carried by its outbox events. */
    static String toJson(Tenant t) {
        jakarta.json.JsonArrayBuilder origins = jakarta.json.Json.createArrayBuilder();
        t.settings().allowedOrigins().forEach(origins::add);
        jakarta.json.JsonObjectBuilder settings = jakarta.json.Json.createObjectBuilder()
                .add("locale", t.settings().locale()).add("timeZone", t.settings().timeZone())
                .add("caseNumberPrefix", t.settings().caseNumberPrefix()).add("allowedOrigins", origins)
                .add("rateLimitPerMinute", t.settings().rateLimitPerMinute())
                .add("caseReopenDays", t.settings().caseReopenDays())
                .add("verificationSeparation", t.settings().verificationSeparation())
                .add("contactRetentionDays", t.settings().contactRetentionDays())
                .add("scoreWeights", jakarta.json.Json.createObjectBuilder()
                        .add("response", t.settings().scoreWeights().response())
                        .add("resolution", t.settings().scoreWeights().resolution())
                        .add("satisfaction", t.settings().scoreWeights().satisfaction()));
        return jakarta.json.Json.createObjectBuilder().add("code", t.id()).add("name", t.name())
                .add("kind", t.kind().name()).add("divisionCode", t.divisionCode()).add("issuer", t.issuer())
                .add("status", t.status().name()).add("settings", settings).add("version", t.version())
                .add("createdAt", t.createdAt().toString()).add("updatedAt", t.updatedAt().toString())
                .build().toString();
    }
}
