package org.jiceng.platform.shared.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.jiceng.platform.shared.persistence.Ids;
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
     * @param payload the aggregate's public representation after the change (a DTO, never an entity)
     */
    public void record(String type, String aggregateType, String aggregateId, Object payload) {
        record(type, aggregateType, aggregateId, payload, caller.current().map(c -> c.subject()).orElse(null));
    }

    /** An event whose actor is withheld: an anonymous resident's report names nobody. */
    public void recordAnonymous(String type, String aggregateType, String aggregateId, Object payload) {
        record(type, aggregateType, aggregateId, payload, null);
    }

    private void record(String type, String aggregateType, String aggregateId, Object payload, String actor) {
        db.em().persist(new OutboxEvent(Ids.newId(), type, aggregateType, aggregateId, actor, JSON.toJson(payload),
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)));
    }
}
