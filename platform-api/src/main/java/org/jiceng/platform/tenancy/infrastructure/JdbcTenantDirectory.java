package org.jiceng.platform.tenancy.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jiceng.platform.shared.persistence.Ids;
import org.jiceng.platform.shared.persistence.OwnerDatabase;
import org.jiceng.platform.shared.tenant.Tenant;
import org.jiceng.platform.tenancy.domain.TenantDirectory;
import org.jiceng.platform.shared.tenant.TenantSettings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The registry's write side, as the schema owner (the application role may only read {@code tenant}). Each call
 * is its own short transaction; concurrent updates are settled by the version check in the {@code where} clause.
 */
@ApplicationScoped
public class JdbcTenantDirectory implements TenantDirectory {
    @Inject
    OwnerDatabase owner;

    @Override
    public Optional<Tenant> find(String code) {
        return query(TenantRows.SELECT + "where id = ?", code).stream().findFirst();
    }

    @Override
    public List<Tenant> page(String afterCode, int limit) {
        return query(TenantRows.SELECT + "where id > ? order by id limit " + limit, afterCode == null ? "" : afterCode);
    }

    @Override
    public boolean issuerTaken(String issuer) {
        return !query(TenantRows.SELECT + "where issuer = ?", issuer).isEmpty();
    }

    @Override
    public void insert(Tenant t, String eventType, String actor) {
        execute("insert into tenant (id, name, division_code, kind, issuer, status, locale, time_zone, "
                + "case_number_prefix, allowed_origins, rate_limit_per_minute, version, case_reopen_days, score_weights, "
                + "created_at, updated_at, verification_separation, contact_retention_days) values (?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (c, ps) -> {
            bind(c, ps, t);
            ps.setObject(15, t.createdAt());
            ps.setObject(16, t.updatedAt());
            ps.setString(17, t.settings().verificationSeparation());
            ps.setInt(18, t.settings().contactRetentionDays());
            int n = ps.executeUpdate();
            recordEvent(c, t, eventType, actor);
            return n;
        });
    }

    @Override
    public boolean update(Tenant t, long expectedVersion, String eventType, String actor) {
        return execute("update tenant set id = ?, name = ?, division_code = ?, kind = ?, issuer = ?, status = ?, "
                + "locale = ?, time_zone = ?, case_number_prefix = ?, allowed_origins = ?, rate_limit_per_minute = ?, "
                + "version = ?, case_reopen_days = ?, score_weights = ?, updated_at = ?, verification_separation = ?, "
                + "contact_retention_days = ? where id = ? and version = ?",
                (c, ps) -> {
            bind(c, ps, t);
            ps.setObject(15, t.updatedAt());
            ps.setString(16, t.settings().verificationSeparation());
            ps.setInt(17, t.settings().contactRetentionDays());
            ps.setString(18, t.id());
            ps.setLong(19, expectedVersion);
            int n = ps.executeUpdate();
            if (n == 1) {
                recordEvent(c, t, eventType, actor);
            }
            return n;
        }) == 1;
    }

    @Override
    public void storeOffboardingToken(String code, String tokenHash, OffsetDateTime expiresAt) {
        execute("update tenant set offboarding_token_hash = ?, offboarding_token_expires_at = ? where id = ?",
                (c, ps) -> {
                    ps.setString(1, tokenHash);
                    ps.setObject(2, expiresAt);
                    ps.setString(3, code);
                    return ps.executeUpdate();
                });
    }

    @Override
    public Optional<String> offboardingToken(String code, OffsetDateTime now) {
        try (Connection c = owner.connect();
             PreparedStatement ps = c.prepareStatement("select offboarding_token_hash from tenant where id = ? "
                     + "and offboarding_token_expires_at > ?")) {
            ps.setString(1, code);
            ps.setObject(2, now);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Tenant registry unavailable", e);
        }
    }

    /** The change's event, in the tenant's own outbox and the same transaction as the change. */
    private static void recordEvent(Connection c, Tenant t, String eventType, String actor) throws SQLException {
        OwnerDatabase.bindTenant(c, t.id());
        try (PreparedStatement ps = c.prepareStatement("insert into outbox_event (tenant_id, id, event_type, "
                + "aggregate_type, aggregate_id, actor, payload, occurred_at, read_permission) "
                + "values (?, ?, ?, 'tenant', ?, ?, ?::jsonb, ?, 'TENANT_ADMIN')")) {
            ps.setString(1, t.id());
            ps.setObject(2, java.util.UUID.fromString(Ids.newId()));
            ps.setString(3, eventType);
            ps.setString(4, t.id());
            ps.setString(5, actor);
            ps.setString(6, TenantRows.toJson(t));
            ps.setObject(7, t.updatedAt());
            ps.executeUpdate();
        }
    }

    private static void bind(Connection c, PreparedStatement ps, Tenant t) throws SQLException {
        ps.setString(1, t.id());
        ps.setString(2, t.name());
        ps.setString(3, t.divisionCode());
        ps.setString(4, t.kind().name());
        ps.setString(5, t.issuer());
        ps.setString(6, t.status().name());
        ps.setString(7, t.settings().locale());
        ps.setString(8, t.settings().timeZone());
        ps.setString(9, t.settings().caseNumberPrefix());
        ps.setArray(10, c.createArrayOf("text", t.settings().allowedOrigins().toArray()));
        ps.setInt(11, t.settings().rateLimitPerMinute());
        ps.setLong(12, t.version());
        ps.setInt(13, t.settings().caseReopenDays());
        TenantSettings.ScoreWeights w = t.settings().scoreWeights();
        ps.setArray(14, c.createArrayOf("integer", new Integer[]{w.response(), w.resolution(), w.satisfaction()}));
    }

    private List<Tenant> query(String sql, String param) {
        try (Connection c = owner.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            List<Tenant> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(TenantRows.map(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("Tenant registry unavailable", e);
        }
    }

    private interface Statement {
        int run(Connection c, PreparedStatement ps) throws SQLException;
    }

    private int execute(String sql, Statement statement) {
        try (Connection c = owner.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            int n = statement.run(c, ps);
            c.commit();
            return n;
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                throw new org.jiceng.platform.shared.domain.StateConflict(
                        "A tenant with this code or issuer is already registered");
            }
            throw new IllegalStateException("Tenant registry unavailable: " + e.getMessage(), e);
        }
    }
}
