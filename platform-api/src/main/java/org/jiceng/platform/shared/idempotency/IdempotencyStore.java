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
 * Idempotency keys in PostgreSQL, so that a retry reaching another instance is recognised. The key's row is
 * written in the request's own transaction, together with the change and its event, and completed with the answer
 * before that transaction commits: one commit, and no state in which the change exists but its key says otherwise.
 * A concurrent request with the same key waits on the row's lock — up to {@link #WAIT} — and then replays the
 * answer, or finds the key free again if the first request rolled back (a crashed instance's transaction does).
 */
@ApplicationScoped
public class IdempotencyStore {
    /** Keys are remembered at least this long (the IETF draft's usual 24 h). */
    static final Duration RETENTION = Duration.ofHours(24);
    /** How long a request waits for another request with its key to finish. */
    static final Duration WAIT = Duration.ofSeconds(5);

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

    /** First use of the key (or the first since it expired): go ahead, then {@link #complete} before committing. */
    public record Claimed() implements Claim {
    }

    /** The key finished before: answer with the stored response. */
    public record Replay(int status, String headers, byte[] body) implements Claim {
    }

    /** The key was used with a different request. */
    public record Mismatch() implements Claim {
    }

    /** The first request with this key is still running after {@link #WAIT}. */
    public record InFlight() implements Claim {
    }

    /** Claims the key in the caller's transaction, waiting up to {@link #WAIT} on a request holding it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Claim claim(String tenantId, String principal, String key, String requestHash) {
        EntityManager em = db.em(tenantId);
        OffsetDateTime now = now();
        lockTimeout(em, WAIT.toMillis());
        int inserted;
        try {
            inserted = native_(em, "insert into idempotency_record (tenant_id, principal, idempotency_key, "
                    + "request_hash, state, created_at, expires_at) values (?1, ?2, ?3, ?4, 'IN_FLIGHT', ?5, ?6) "
                    + "on conflict (tenant_id, principal, idempotency_key) do update set request_hash = ?4, "
                    + "state = 'IN_FLIGHT', response_status = null, response_headers = null, response_body = null, "
                    + "created_at = ?5, expires_at = ?6 where idempotency_record.expires_at < ?5")
                    .setParameter(1, tenantId).setParameter(2, principal).setParameter(3, key)
                    .setParameter(4, requestHash).setParameter(5, now).setParameter(6, now.plus(RETENTION))
                    .executeUpdate();
        } catch (jakarta.persistence.PersistenceException e) {
            if (isLockTimeout(e)) {
                return new InFlight();
            }
            throw e;
        }
        lockTimeout(em, 0);
        if (inserted == 1) {
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
        if (!"COMPLETED".equals(row[1])) {
            return new InFlight(); // a claim committed by an earlier version of the platform
        }
        byte[] stored = (byte[]) row[4];
        byte[] body = stored == null || stored.length == 0 ? stored : opened(em, tenantId, stored);
        return new Replay(((Number) row[2]).intValue(), (String) row[3], body);
    }

    /** Stores the answer in the caller's transaction, which then commits it with the change. */
    @Transactional(Transactional.TxType.MANDATORY)
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

    /**
     * Stores a refusal that will not change on retry (400, 404, 422 …) for a request whose transaction rolled back,
     * in a transaction of its own; a request that raced in meanwhile keeps its own answer.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void remember(String tenantId, String principal, String key, String requestHash, int status,
                         String headers, byte[] body) {
        EntityManager em = db.em(tenantId);
        OffsetDateTime now = now();
        byte[] sealed = body == null || body.length == 0 ? body : sealed(em, tenantId, body);
        native_(em, "insert into idempotency_record (tenant_id, principal, idempotency_key, request_hash, state, "
                + "response_status, response_headers, response_body, created_at, expires_at) values (?1, ?2, ?3, ?4, "
                + "'COMPLETED', ?5, ?6, ?7, ?8, ?9) on conflict do nothing")
                .setParameter(1, tenantId).setParameter(2, principal).setParameter(3, key)
                .setParameter(4, requestHash).setParameter(5, status).setParameter(6, headers)
                .setParameter(7, sealed).setParameter(8, now).setParameter(9, now.plus(RETENTION))
                .executeUpdate();
    }

    private static void lockTimeout(EntityManager em, long millis) {
        native_(em, "select set_config('lock_timeout', ?1, true)").setParameter(1, Long.toString(millis))
                .getSingleResult();
    }

    private static boolean isLockTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "55P03".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
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
