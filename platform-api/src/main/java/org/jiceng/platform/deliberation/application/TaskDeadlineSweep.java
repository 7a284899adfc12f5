package org.jiceng.platform.deliberation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jiceng.platform.deliberation.domain.DeliberationRepository;
import org.jiceng.platform.shared.events.DeadlineSweep;
import org.jiceng.platform.shared.events.Outbox;
import org.jiceng.platform.shared.persistence.TenantDatabase;
import org.jiceng.platform.shared.tenant.Tenant;
import org.jiceng.platform.shared.tenant.TenantRegistry;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * Reminders of a decision's tasks ({@code task.due_soon}, {@code task.overdue}): a task is due by the end of its
 * due day in the tenant's time zone, and is reminded of until it is done.
 */
@ApplicationScoped
public class TaskDeadlineSweep implements DeadlineSweep {
    static final int BATCH = 500;

    @Inject
    TenantDatabase db;
    @Inject
    TenantRegistry tenants;
    @Inject
    DeliberationRepository repo;
    @Inject
    Outbox outbox;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int sweep(String tenantId, OffsetDateTime now, Duration soon) {
        db.em(tenantId);
        String zone = tenants.byId(tenantId).map(Tenant::settings).map(s -> s.timeZone()).orElse("Asia/Shanghai");
        int n = 0;
        for (Window w : DeadlineSweep.windows(now, soon)) {
            for (DeliberationRepository.DueTask t : repo.tasksDueUnnoticed(w.kind().name(), w.from(), w.to(), zone,
                    BATCH)) {
                n += outbox.recordDeadline(new Outbox.Deadline("task", t.id(), w.kind(), t.dueAt()),
                        "task." + w.suffix(), "task", t.id(),
                        Map.of("id", t.id(), "topicId", t.topicId(), "dueAt", t.dueAt().toString()),
                        org.jiceng.platform.shared.events.EventScope.FAMILY) ? 1 : 0;
            }
        }
        return n;
    }
}
