package org.jiceng.platform.casework.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jiceng.platform.casework.domain.CaseRecord;
import org.jiceng.platform.casework.domain.CaseRepository;
import org.jiceng.platform.shared.events.DeadlineSweep;
import org.jiceng.platform.shared.events.Outbox;
import org.jiceng.platform.shared.persistence.TenantDatabase;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reminders of the closed loop's deadlines as events: {@code case.due_soon} and {@code case.overdue} for the step a
 * case is in (accept, acknowledge, resolve), {@code case.summons_due_soon} and {@code case.summons_overdue} for a
 * department's unacknowledged summons. Scoped like the case's other events, so each vendor and office hears of
 * its own. A deadline passed more than two days before the sweep first sees it is not reminded of any more.
 */
@ApplicationScoped
public class CaseDeadlineSweep implements DeadlineSweep {
    static final int BATCH = 500;

    @Inject
    TenantDatabase db;
    @Inject
    CaseRepository cases;
    @Inject
    CaseService service;
    @Inject
    Outbox outbox;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int sweep(String tenantId, OffsetDateTime now, Duration soon) {
        db.em(tenantId);
        int n = 0;
        for (Window w : DeadlineSweep.windows(now, soon)) {
            Outbox.Deadline.Kind kind = w.kind();
            String suffix = w.suffix();
            for (CaseRepository.Due d : cases.stepsDueUnnoticed(kind.name(), w.from(), w.to(), BATCH)) {
                CaseRecord c = cases.find(d.caseId()).orElseThrow();
                Map<String, Object> payload = new LinkedHashMap<>(CaseService.event(c));
                payload.put("step", d.step());
                payload.put("dueAt", d.dueAt().toString());
                n += outbox.recordDeadline(new Outbox.Deadline("case", c.id(), kind, d.dueAt()), "case." + suffix,
                        "case", c.id(), payload, service.eventScope(c)) ? 1 : 0;
            }
            for (CaseRepository.Due d : cases.summonsesDueUnnoticed(kind.name(), w.from(), w.to(), BATCH)) {
                CaseRecord c = cases.find(d.caseId()).orElseThrow();
                Map<String, Object> payload = new LinkedHashMap<>(CaseService.event(c));
                payload.put("summonsId", d.id());
                payload.put("dueAt", d.dueAt().toString());
                n += outbox.recordDeadline(new Outbox.Deadline("summons", d.id(), kind, d.dueAt()),
                        "case.summons_" + suffix, "case", c.id(), payload, service.eventScope(c)) ? 1 : 0;
            }
        }
        return n;
    }
}
