package org.jiceng.platform.events.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.eclipse.persistence.config.QueryHints;
import org.jiceng.platform.events.domain.EventTypes;
import org.jiceng.platform.events.domain.FeedPosition;
import org.jiceng.platform.events.domain.WebhookAttempt;
import org.jiceng.platform.events.domain.WebhookDelivery;
import org.jiceng.platform.events.domain.WebhookEndpoint;
import org.jiceng.platform.events.domain.WebhookRepository;
import org.jiceng.platform.shared.persistence.Ids;
import org.jiceng.platform.shared.persistence.NativeSql;
import org.jiceng.platform.shared.persistence.TenantDatabase;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** Webhook endpoints, deliveries and attempts in plain SQL: their text arrays and feed positions fit SQL better. */
@ApplicationScoped
public class SqlWebhookRepository implements WebhookRepository {
    private static final String ENDPOINT_COLUMNS = "cast(id as text), client_id, owner_subject, "
            + "array_to_string(owner_roles, ','), url, description, array_to_string(event_types, ','), enabled, "
            + "disabled_reason, secret_sealed, previous_secret_sealed, previous_secret_expires, "
            + "cast(cast(position_tx as text) as bigint), position_seq, failing_since, version, created_at, updated_at";
    private static final String DELIVERY_COLUMNS = "cast(id as text), cast(endpoint_id as text), message_id, "
            + "event_type, body, state, attempts, next_attempt_at, last_status, created_at, delivered_at";

    @Inject
    TenantDatabase db;

    private Query sql(String statement) {
        return db.em().createNativeQuery(statement).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
    }

    @Override
    public void insert(WebhookEndpoint e) {
        sql("insert into webhook_endpoint (tenant_id, id, client_id, owner_subject, owner_roles, url, description, "
                + "event_types, enabled, disabled_reason, secret_sealed, previous_secret_sealed, "
                + "previous_secret_expires, position_tx, position_seq, failing_since, version, created_at, "
                + "updated_at) values (?1, cast(?2 as uuid), ?3, ?4, cast(?5 as text[]), ?6, ?7, cast(?8 as text[]), "
                + "?9, ?10, ?11, ?12, ?13, cast(?14 as xid8), ?15, ?16, ?17, ?18, ?19)")
                .setParameter(1, db.boundTenant()).setParameter(2, e.id()).setParameter(3, e.clientId())
                .setParameter(4, e.ownerSubject()).setParameter(5, NativeSql.textArray(e.ownerRoles()))
                .setParameter(6, e.url().toString()).setParameter(7, e.description().orElse(null))
                .setParameter(8, NativeSql.textArray(e.eventTypes().patterns())).setParameter(9, e.enabled())
                .setParameter(10, e.disabledReason().orElse(null)).setParameter(11, e.secretSealed())
                .setParameter(12, e.previousSecretSealed().orElse(null))
                .setParameter(13, e.previousSecretExpires().orElse(null))
                .setParameter(14, Long.toString(e.position().tx())).setParameter(15, e.position().seq())
                .setParameter(16, e.failingSince().orElse(null)).setParameter(17, e.version())
                .setParameter(18, e.createdAt()).setParameter(19, e.updatedAt()).executeUpdate();
    }

    @Override
    public void update(WebhookEndpoint e) {
        sql("update webhook_endpoint set url = ?3, description = ?4, event_types = cast(?5 as text[]), enabled = ?6, "
                + "disabled_reason = ?7, secret_sealed = ?8, previous_secret_sealed = ?9, "
                + "previous_secret_expires = ?10, position_tx = cast(?11 as xid8), position_seq = ?12, "
                + "failing_since = ?13, version = ?14, updated_at = ?15 where tenant_id = ?1 and id = cast(?2 as uuid)")
                .setParameter(1, db.boundTenant()).setParameter(2, e.id()).setParameter(3, e.url().toString())
                .setParameter(4, e.description().orElse(null))
                .setParameter(5, NativeSql.textArray(e.eventTypes().patterns())).setParameter(6, e.enabled())
                .setParameter(7, e.disabledReason().orElse(null)).setParameter(8, e.secretSealed())
                .setParameter(9, e.previousSecretSealed().orElse(null))
                .setParameter(10, e.previousSecretExpires().orElse(null))
                .setParameter(11, Long.toString(e.position().tx())).setParameter(12, e.position().seq())
                .setParameter(13, e.failingSince().orElse(null)).setParameter(14, e.version())
                .setParameter(15, e.updatedAt()).executeUpdate();
    }

    @Override
    public void delete(String endpointId) {
        sql("delete from webhook_endpoint where tenant_id = ?1 and id = cast(?2 as uuid)")
                .setParameter(1, db.boundTenant()).setParameter(2, endpointId).executeUpdate();
    }

    @Override
    public Optional<WebhookEndpoint> find(String id, boolean lock) {
        if (!Ids.isWellFormed(id)) {
            return Optional.empty();
        }
        List<?> rows = sql("select " + ENDPOINT_COLUMNS + " from webhook_endpoint where tenant_id = ?1 "
                + "and id = cast(?2 as uuid)" + (lock ? " for update" : ""))
                .setParameter(1, db.boundTenant()).setParameter(2, id.toLowerCase(java.util.Locale.ROOT))
                .getResultList();
        return rows.stream().findFirst().map(r -> endpoint((Object[]) r));
    }

    @Override
    public List<WebhookEndpoint> page(String clientIdOrNull, String afterId, int limit) {
        List<?> rows = sql("select " + ENDPOINT_COLUMNS + " from webhook_endpoint where tenant_id = ?1 "
                + "and (cast(?2 as text) is null or client_id = ?2) and (cast(?3 as text) is null or "
                + "id > cast(?3 as uuid)) order by id limit ?4")
                .setParameter(1, db.boundTenant()).setParameter(2, clientIdOrNull).setParameter(3, afterId)
                .setParameter(4, limit).getResultList();
        return rows.stream().map(r -> endpoint((Object[]) r)).toList();
    }

    @Override
    public List<WebhookEndpoint> lockEnabledForFanOut() {
        List<?> rows = sql("select " + ENDPOINT_COLUMNS + " from webhook_endpoint where tenant_id = ?1 and enabled "
                + "order by id for update skip locked").setParameter(1, db.boundTenant()).getResultList();
        return rows.stream().map(r -> endpoint((Object[]) r)).toList();
    }

    @Override
    public void insertDelivery(WebhookDelivery d) {
        sql("insert into webhook_delivery (tenant_id, id, endpoint_id, message_id, event_type, body, state, attempts, "
                + "next_attempt_at, created_at) values (?1, cast(?2 as uuid), cast(?3 as uuid), ?4, ?5, ?6, ?7, ?8, "
                + "?9, ?10)")
                .setParameter(1, db.boundTenant()).setParameter(2, d.id()).setParameter(3, d.endpointId())
                .setParameter(4, d.messageId()).setParameter(5, d.eventType()).setParameter(6, d.body())
                .setParameter(7, d.state().name()).setParameter(8, d.attempts())
                .setParameter(9, d.nextAttemptAt().orElse(null)).setParameter(10, d.createdAt()).executeUpdate();
    }

    @Override
    public Optional<WebhookDelivery> delivery(String endpointId, String deliveryId, boolean lock) {
        if (!Ids.isWellFormed(deliveryId)) {
            return Optional.empty();
        }
        List<?> rows = sql("select " + DELIVERY_COLUMNS + " from webhook_delivery where tenant_id = ?1 "
                + "and endpoint_id = cast(?2 as uuid) and id = cast(?3 as uuid)" + (lock ? " for update" : ""))
                .setParameter(1, db.boundTenant()).setParameter(2, endpointId)
                .setParameter(3, deliveryId.toLowerCase(java.util.Locale.ROOT)).getResultList();
        return rows.stream().findFirst().map(r -> delivery((Object[]) r));
    }

    @Override
    public List<WebhookDelivery> deliveries(String endpointId, String beforeId, int limit) {
        List<?> rows = sql("select " + DELIVERY_COLUMNS + " from webhook_delivery where tenant_id = ?1 "
                + "and endpoint_id = cast(?2 as uuid) and (cast(?3 as text) is null or id < cast(?3 as uuid)) "
                + "order by id desc limit ?4")
                .setParameter(1, db.boundTenant()).setParameter(2, endpointId).setParameter(3, beforeId)
                .setParameter(4, limit).getResultList();
        return rows.stream().map(r -> delivery((Object[]) r)).toList();
    }

    @Override
    public List<WebhookAttempt> attempts(String deliveryId) {
        List<?> rows = sql("select cast(id as text), cast(delivery_id as text), attempted_at, status, latency_ms, "
                + "response_excerpt, error from webhook_attempt where tenant_id = ?1 and delivery_id = cast(?2 as uuid) "
                + "order by id").setParameter(1, db.boundTenant()).setParameter(2, deliveryId).getResultList();
        List<WebhookAttempt> out = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            out.add(new WebhookAttempt((String) r[0], (String) r[1], NativeSql.utc(r[2]),
                    Optional.ofNullable((Number) r[3]).map(Number::intValue), ((Number) r[4]).intValue(),
                    Optional.ofNullable((String) r[5]), Optional.ofNullable((String) r[6])));
        }
        return out;
    }

    @Override
    public List<WebhookDelivery> claimDue(OffsetDateTime now, OffsetDateTime leaseUntil, int limit) {
        // skip locked: relays on several instances take disjoint deliveries; the lease keeps a delivery theirs
        // while its POST is under way outside any transaction
        List<?> rows = sql("update webhook_delivery d set lease_until = ?3, attempts = attempts + 1 "
                + "where d.tenant_id = ?1 and d.id in (select x.id from webhook_delivery x join webhook_endpoint e "
                + "on e.tenant_id = x.tenant_id and e.id = x.endpoint_id and e.enabled where x.tenant_id = ?1 "
                + "and x.state = 'PENDING' and x.next_attempt_at <= ?2 and (x.lease_until is null or x.lease_until < ?2) "
                + "order by x.next_attempt_at limit ?4 for update of x skip locked) returning " + DELIVERY_COLUMNS)
                .setParameter(1, db.boundTenant()).setParameter(2, now).setParameter(3, leaseUntil)
                .setParameter(4, limit).getResultList();
        return rows.stream().map(r -> delivery((Object[]) r)).toList();
    }

    @Override
    public void recordAttempt(WebhookAttempt a) {
        sql("insert into webhook_attempt (tenant_id, id, delivery_id, attempted_at, status, latency_ms, "
                + "response_excerpt, error) values (?1, cast(?2 as uuid), cast(?3 as uuid), ?4, ?5, ?6, ?7, ?8)")
                .setParameter(1, db.boundTenant()).setParameter(2, a.id()).setParameter(3, a.deliveryId())
                .setParameter(4, a.attemptedAt()).setParameter(5, a.status().orElse(null))
                .setParameter(6, a.latencyMs()).setParameter(7, a.responseExcerpt().orElse(null))
                .setParameter(8, a.error().orElse(null)).executeUpdate();
    }

    @Override
    public void settle(String deliveryId, WebhookDelivery.State state, Integer lastStatus,
                       OffsetDateTime nextAttemptAt, OffsetDateTime deliveredAt) {
        sql("update webhook_delivery set state = ?3, last_status = ?4, next_attempt_at = ?5, delivered_at = ?6, "
                + "lease_until = null where tenant_id = ?1 and id = cast(?2 as uuid)")
                .setParameter(1, db.boundTenant()).setParameter(2, deliveryId).setParameter(3, state.name())
                .setParameter(4, lastStatus).setParameter(5, nextAttemptAt).setParameter(6, deliveredAt)
                .executeUpdate();
    }

    @Override
    public void requeue(String deliveryId, OffsetDateTime now) {
        sql("update webhook_delivery set state = 'PENDING', attempts = 0, next_attempt_at = ?3, lease_until = null, "
                + "delivered_at = null where tenant_id = ?1 and id = cast(?2 as uuid)")
                .setParameter(1, db.boundTenant()).setParameter(2, deliveryId).setParameter(3, now).executeUpdate();
    }

    private static WebhookEndpoint endpoint(Object[] r) {
        return new WebhookEndpoint((String) r[0], (String) r[1], (String) r[2], new HashSet<>(split(r[3])),
                URI.create((String) r[4]), (String) r[5], new EventTypes(split(r[6])), (Boolean) r[7], (String) r[8],
                (String) r[9], (String) r[10], NativeSql.utc(r[11]),
                new FeedPosition(((Number) r[12]).longValue(), ((Number) r[13]).longValue()), NativeSql.utc(r[14]),
                ((Number) r[15]).longValue(), NativeSql.utc(r[16]), NativeSql.utc(r[17]));
    }

    private static WebhookDelivery delivery(Object[] r) {
        return new WebhookDelivery((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                WebhookDelivery.State.valueOf((String) r[5]), ((Number) r[6]).intValue(),
                Optional.ofNullable(NativeSql.utc(r[7])), Optional.ofNullable((Number) r[8]).map(Number::intValue),
                NativeSql.utc(r[9]), Optional.ofNullable(NativeSql.utc(r[10])));
    }

    private static List<String> split(Object joined) {
        String s = (String) joined;
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(","));
    }


}
