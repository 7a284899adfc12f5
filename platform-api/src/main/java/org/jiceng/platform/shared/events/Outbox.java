package org.jiceng.platform.shared.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.jiceng.platform.shared.persistence.Ids;
import org.jiceng.platform.shared.persistence.NativeSql;
import org.jiceng.platform.shared.persistence.TenantDatabase;
import org.jiceng.platform.shared.security.CallerContext;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Appends events to the tenant's outbox inside the caller's transaction: the change and its event commit together. */
@ApplicationScoped
public class Outbox {
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    TenantDatabase db;
    @Inject
    CallerContext caller;
    @Inject
    Clock clock;

    /**
     * @param type    dotted event name, e.g. {@code grid.created}
     * @param payload the aggregate's public representation after the change (a DTO, never an entity); the feed
     *                passes on only its non-personal fields ({@link EventData})
     */
    public void record(String type, String aggregateType, String aggregateId, Object payload) {
        record(type, aggregateType, aggregateId, payload, EventScope.FAMILY);
    }

    /** An event about a record reached by place, department or owner: readers see it only within their reach. */
    public void record(String type, String aggregateType, String aggregateId, Object payload, EventScope scope) {
        write(type, aggregateType, aggregateId, payload, currentActor(), scope);
    }

    /** An event whose actor is withheld: an anonymous resident's report names nobody. */
    public void recordAnonymous(String type, String aggregateType, String aggregateId, Object payload) {
        write(type, aggregateType, aggregateId, payload, null, EventScope.FAMILY);
    }

    /** An event without an actor about a record reached by place, department or owner: an anonymous report, or
     * the platform's own doing (a deadline passing, an endpoint disabled). */
    public void recordAnonymous(String type, String aggregateType, String aggregateId, Object payload,
                                EventScope scope) {
        write(type, aggregateType, aggregateId, payload, null, scope);
    }

    private String currentActor() {
        try {
            return caller.current().map(c -> c.subject()).orElse(null);
        } catch (ContextNotActiveException e) {
            return null; // a background job
        }
    }

    private void write(String type, String aggregateType, String aggregateId, Object payload, String actor,
                       EventScope scope) {
        EntityManager em = db.em();
        // written with the statement rather than persisted: the department list is a text array, and the row
        // takes its feed position (transaction id, sequence) from the database's defaults
        em.createNativeQuery("insert into outbox_event (tenant_id, id, event_type, aggregate_type, aggregate_id, "
                        + "actor, payload, occurred_at, read_permission, grid_path, department_ids, owner_subject, "
                        + "owner_client) values (?1, cast(?2 as uuid), ?3, ?4, ?5, ?6, cast(?7 as jsonb), ?8, ?9, ?10, "
                        + "cast(?11 as text[]), ?12, ?13)")
                .setParameter(1, db.boundTenant()).setParameter(2, Ids.newId()).setParameter(3, type)
                .setParameter(4, aggregateType).setParameter(5, aggregateId).setParameter(6, actor)
                .setParameter(7, JSON.toJson(payload))
                .setParameter(8, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .setParameter(9, EventFamilies.readPermission(aggregateType)).setParameter(10, scope.gridPath())
                .setParameter(11, NativeSql.textArray(scope.departmentIds())).setParameter(12, scope.ownerSubject())
                .setParameter(13, scope.ownerClient())
                .executeUpdate();
    }

    /**
     * A reminder event about a deadline, recorded once per {@link Deadline} however often it is asked for; true
     * when it was recorded now.
     */
    public boolean recordDeadline(Deadline deadline, String type, String aggregateType, String aggregateId,
                                  Object payload, EventScope scope) {
        int inserted = db.em().createNativeQuery("insert into deadline_notice (tenant_id, record_type, record_id, kind, "
                        + "due_at, noticed_at) values (?1, ?2, cast(?3 as uuid), ?4, ?5, ?6) on conflict do nothing")
                .setParameter(1, db.boundTenant()).setParameter(2, deadline.recordType())
                .setParameter(3, deadline.recordId()).setParameter(4, deadline.kind().name())
                .setParameter(5, deadline.dueAt())
                .setParameter(6, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)).executeUpdate();
        if (inserted == 1) {
            write(type, aggregateType, aggregateId, payload, null, scope);
        }
        return inserted == 1;
    }

    /** A deadline of one record (a case's current step, a summons, a task) and which reminder of it. */
    public record Deadline(String recordType, String recordId, Kind kind, OffsetDateTime dueAt) {
        public enum Kind { DUE_SOON, OVERDUE }
    }
}
