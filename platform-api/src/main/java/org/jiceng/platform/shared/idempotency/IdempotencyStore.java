package org.jiceng.platform.shared.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.persistence.config.QueryHints;
import org.jiceng.platform.shared.persistence.TenantDatabase;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Idempotency keys in PostgreSQL, so that a retry reaching another instance is recognised. Each method runs in a
 * transaction of its own: the claim must be visible to concurrent retries before the request's work starts.
 */
@ApplicationScoped
public class IdempotencyStore {
    /** Keys are remembered at least this long (the IETF draft's usual 24 h). */
    static final Duration RETENTION = Duration.ofHours(24);
    /** An IN_FLIGHT claim older than this belongs to a request that died with its instance. */
    static final Duration ABANDONED = Duration.ofMinutes(2);

    @Inject
    TenantDatabase db;
    @Inject
    Clock clock;
    @Inject
    org.jiceng.platform.shared.pii.PersonalData personalData;

    static final String BODY_COLUMN = "idempotency_record.response_body";

    /** What a request with an idempotency key is to do. */
    public sealed interface Claim {
    }

    /** First use of the key: go ahead, then {@link #complete} or {@link #release}. */
    public record Claimed() implements Claim {
    }

    /** The key finished before: answer with the stored response. */
    public record Replay(int status, String headers, byte[] body) implements Claim {
    }

    /** The key was used with a different request. */
    public record Mismatch() implements Claim {
    }

    /** The first request with this key is still running. */
    public record InFlight() implements Claim {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Claim claim(String tenantId, String principal, String key, String requestHash) {
        EntityManager em = db.em(tenantId);
        OffsetDateTime now = now();
        int inserted = native_(em, "insert into idempotency_record (tenant_id, principal, idempotency_key, "
                + "request_hash, state, created_at, expires_at) values (?1, ?2, ?3, ?4, 'IN_FLIGHT', ?5, ?6) "
                + "on conflict do nothing")
                .setParameter(1, tenantId).setParameter(2, principal).setParameter(3, key)
                .setParameter(4, requestHash).setParameter(5, now).setParameter(6, now.plus(RETENTION))
                .executeUpdate();
        if (inserted == 1) {
            return new Claimed();
        }
        int reclaimed = native_(em, "update idempotency_record set request_hash = ?4, state = 'IN_FLIGHT', "
                + "response_status = null, response_headers = null, response_body = null, created_at = ?5, "
                + "expires_at = ?6 where tenant_id = ?1 and principal = ?2 and idempotency_key = ?3 "
                + "and (expires_at < ?5 or (state = 'IN_FLIGHT' and created_at < ?7))")
                .setParameter(1, tenantId).setParameter(2, principal).setParameter(3, key)
                .setParameter(4, requestHash).setParameter(5, now).setParameter(6, now.plus(RETENTION))
                .setParameter(7, now.minus(ABANDONED))
                .executeUpdate();
        if (reclaimed == 1) {
            return new Claimed();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = native_(em, "select request_hash, state, response_status, response_headers, "
                + "response_body from idempotency_record where tenant_id = ?1 and principal = ?2 "
                + "and idempotency_key = ?3")
                .setParameter(1, tenantId).setParameter(2, principal).setParameter(3, key)
                .getResultList();
        Object[] row = rows.get(0);
        if (!requestHash.equals(row[0])) {
            return new Mismatch();
        }
        if ("IN_FLIGHT".equals(row[1])) {
            return new InFlight();
        }
        byte[] stored = (byte[]) row[4];
        byte[] body = stored == null || stored.length == 0 ? stored : opened(em, tenantId, stored);
        return new Replay(((Number) row[2]).intValue(), (String) row[3], body);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void complete(String tenantId, String principal, String key, int status, String headers, byte[] body) {
        EntityManager em = db.em(tenantId);
        // a response may show personal data in clear (to a caller with pii:read): it is kept sealed, like the data
        byte[] sealed = body == null || body.length == 0 ? body : sealed(em, tenantId, body);
        native_(em, "update idempotency_record set state = 'COMPLETED', response_status = ?4, "
                + "response_headers = ?5, response_body = ?6 where tenant_id = ?1 and principal = ?2 "
                + "and idempotency_key = ?3")
                .setParameter(1, tenantId).setParameter(2, principal).setParameter(3, key)
                .setParameter(4, status).setParameter(5, headers).setParameter(6, sealed)
                .executeUpdate();
    }

    /** Forgets a claim whose request failed on the server's side, so that a retry can run it again. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String tenantId, String principal, String key) {
        native_(db.em(tenantId), "delete from idempotency_record where tenant_id = ?1 and principal = ?2 "
                + "and idempotency_key = ?3")
                .setParameter(1, tenantId).setParameter(2, principal).setParameter(3, key)
                .executeUpdate();
    }

    private byte[] sealed(EntityManager em, String tenantId, byte[] body) {
        try {
            return personalData.sealBytes(em.unwrap(java.sql.Connection.class), tenantId, BODY_COLUMN, body);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("personal data store unavailable", e);
        }
    }

    /** A stored response, opened; one stored before responses were sealed is returned as it is. */
    private byte[] opened(EntityManager em, String tenantId, byte[] stored) {
        try {
            return personalData.openBytes(em.unwrap(java.sql.Connection.class), tenantId, BODY_COLUMN, stored)
                    .orElse(stored);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("personal data store unavailable", e);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static jakarta.persistence.Query native_(EntityManager em, String sql) {
        return em.createNativeQuery(sql).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
    }
}
