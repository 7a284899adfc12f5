package org.jiceng.platform.shared.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jiceng.platform.shared.persistence.Ids;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Appends to the global access log. The application role may only insert, so nothing on the request path can
 * rewrite history. Inside a JTA transaction the line commits or rolls back with the work it describes.
 */
@ApplicationScoped
public class AccessLog {
    @Resource(lookup = "java:app/jdbc/jiceng")
    DataSource dataSource;
    @Inject
    Clock clock;

    public void append(AccessLogEntry e) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("insert into access_log (id, occurred_at, tenant_code, "
                     + "actor_issuer, actor_subject, client_id, action, record_type, record_id, fields, detail, "
                     + "request_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)")) {
            ps.setObject(1, java.util.UUID.fromString(Ids.newId()));
            ps.setObject(2, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
            ps.setString(3, e.tenantCode());
            ps.setString(4, e.actorIssuer());
            ps.setString(5, e.actorSubject());
            ps.setString(6, e.clientId());
            ps.setString(7, e.action());
            ps.setString(8, e.recordType());
            ps.setString(9, e.recordId());
            ps.setArray(10, e.fields() == null ? null : c.createArrayOf("text", e.fields().toArray()));
            ps.setString(11, e.detail());
            ps.setString(12, e.requestId());
            ps.executeUpdate();
        } catch (SQLException ex) {
            // an action that cannot be logged must not happen silently
            throw new IllegalStateException("Access log unavailable: " + ex.getMessage(), ex);
        }
    }
}
