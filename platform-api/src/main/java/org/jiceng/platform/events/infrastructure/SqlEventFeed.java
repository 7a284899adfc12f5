package org.jiceng.platform.events.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import org.eclipse.persistence.config.QueryHints;
import org.jiceng.platform.events.domain.EventFeedRepository;
import org.jiceng.platform.events.domain.EventReader;
import org.jiceng.platform.events.domain.EventTypes;
import org.jiceng.platform.events.domain.FeedEvent;
import org.jiceng.platform.events.domain.FeedPosition;
import org.jiceng.platform.shared.persistence.NativeSql;
import org.jiceng.platform.shared.persistence.TenantDatabase;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The event feed over {@code outbox_event}.
 *
 * <p><b>Order without skips.</b> Every event row records the id of the transaction that wrote it ({@code tx},
 * {@code pg_current_xact_id()}) and a sequence number ({@code seq}). The feed is ordered by {@code (tx, seq)} and
 * shows only events whose {@code tx} is below {@code pg_snapshot_xmin(pg_current_snapshot())}: the oldest
 * transaction still running anywhere in the database. Every transaction below that id has ended, so no event can
 * still appear below it; every transaction that will commit later has an id at or above it. A reader that follows
 * the cursor (the last {@code (tx, seq)} it was given) therefore never misses an event that commits after it read
 * past that event's position, however concurrent the writers. Read-only transactions take no id and hold nothing
 * back; a long-running writing transaction (a large grid import) delays the feed, never reorders it. Intake pays
 * nothing for this: the id exists because the transaction writes, and the sequence is an identity column.
 */
@ApplicationScoped
public class SqlEventFeed implements EventFeedRepository {
    @Inject
    TenantDatabase db;

    @Override
    public long horizon() {
        Object xmin = db.em().createNativeQuery("select cast(cast(pg_snapshot_xmin(pg_current_snapshot()) as text) "
                + "as bigint)").setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true).getSingleResult();
        return ((Number) xmin).longValue();
    }

    @Override
    public List<FeedEvent> after(EventReader reader, FeedPosition after, EventTypes types, long horizon, int limit) {
        StringBuilder sql = new StringBuilder("select cast(id as text), event_type, aggregate_type, aggregate_id, "
                + "occurred_at, cast(payload as text), cast(cast(tx as text) as bigint), seq from outbox_event "
                + "where tenant_id = ?1 and (tx, seq) > (cast(?2 as xid8), ?3) "
                + "and tx < cast(?10 as xid8) and (");
        sql.append(visibility()).append(')');
        if (!types.everything()) {
            sql.append(" and event_type like any (cast(?11 as text[]))");
        }
        sql.append(" order by tx, seq limit ?12");
        Query q = db.em().createNativeQuery(sql.toString()).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, db.boundTenant()).setParameter(2, Long.toString(after.tx()))
                .setParameter(3, after.seq()).setParameter(10, Long.toString(horizon));
        bindReader(q, reader);
        if (!types.everything()) {
            q.setParameter(11, NativeSql.textArray(types.likePatterns()));
        }
        q.setParameter(12, limit);
        List<FeedEvent> events = new ArrayList<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            events.add(new FeedEvent((String) r[0], (String) r[1], (String) r[2], (String) r[3], NativeSql.utc(r[4]),
                    (String) r[5], new FeedPosition(((Number) r[6]).longValue(), ((Number) r[7]).longValue())));
        }
        return events;
    }

    /**
     * Who may read an event: the holder of its family's permission — within their grid subtrees and departments
     * for records reached by place (cases) — or the person or application whose own record it is.
     */
    static String visibility() {
        return "(read_permission = any (cast(?4 as text[])) and ((grid_path is null and cardinality(department_ids) = 0)"
                + " or ?5 or exists (select 1 from unnest(cast(?6 as text[])) p where starts_with(grid_path, p))"
                + " or department_ids && cast(?7 as text[])))"
                + " or owner_subject = cast(?8 as text) or owner_client = cast(?9 as text)";
    }

    static void bindReader(Query q, EventReader reader) {
        q.setParameter(4, NativeSql.textArray(reader.permissions())).setParameter(5, reader.everywhere())
                .setParameter(6, NativeSql.textArray(reader.gridPaths()))
                .setParameter(7, NativeSql.textArray(reader.departmentIds()))
                .setParameter(8, reader.ownSubject()).setParameter(9, reader.ownClient());
    }

}
