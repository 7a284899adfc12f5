package org.jiceng.platform.casework.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jiceng.platform.casework.domain.Assignment;
import org.jiceng.platform.casework.domain.CaseRepository;
import org.jiceng.platform.grid.domain.GridRepository;
import org.jiceng.platform.shared.domain.RecordNotFound;
import org.jiceng.platform.shared.domain.Slice;
import org.jiceng.platform.shared.domain.StateConflict;
import org.jiceng.platform.shared.events.Outbox;
import org.jiceng.platform.shared.persistence.Ids;
import org.jiceng.platform.shared.security.Caller;
import org.jiceng.platform.shared.security.CallerContext;
import org.jiceng.platform.shared.security.Permission;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Assignments of subjects to grid nodes and departments: platform data, managed by the tenant's admins. */
@ApplicationScoped
@Transactional
public class Assignments {
    @Inject
    CaseRepository cases;
    @Inject
    GridRepository grids;
    @Inject
    CaseCatalog catalog;
    @Inject
    CallerContext callers;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;
    @Inject
    org.jiceng.platform.shared.persistence.TenantDatabase database;

    public Assignment assign(String subject, String role, String gridId, String departmentId) {
        callers.get().require(Permission.ASSIGNMENTS_WRITE);
        String grid = gridId == null ? null : grids.find(gridId).orElseThrow(() -> new RecordNotFound("grid", gridId))
                .id();
        String department = departmentId == null ? null : catalog.find(departmentId).id();
        Assignment a = new Assignment(Ids.newId(), subject, role, grid, department,
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
        boolean exists = cases.assignmentsOf(a.subject()).stream().anyMatch(x -> x.role().equals(a.role())
                && x.gridId().equals(a.gridId()) && x.departmentId().equals(a.departmentId()));
        if (exists) {
            throw new StateConflict("this assignment exists");
        }
        cases.add(a);
        cases.flush();
        outbox.record("assignment.created", "assignment", a.id(), Map.of("id", a.id(), "subject", a.subject(),
                "role", a.role()));
        return a;
    }

    public Slice<Assignment> list(Optional<String> subject, String afterId, int limit) {
        callers.get().require(Permission.ASSIGNMENTS_WRITE);
        return Slice.of(cases.assignments(subject, afterId, limit + 1), limit);
    }

    public void remove(String id) {
        callers.get().require(Permission.ASSIGNMENTS_WRITE);
        Assignment a = cases.assignment(id).orElseThrow(() -> new RecordNotFound("assignment", id));
        cases.remove(a);
        cases.flush();
        outbox.record("assignment.removed", "assignment", a.id(), Map.of("id", a.id(), "subject", a.subject()));
    }

    /**
     * Ends every assignment of a person who left, in the named tenant, as their account is removed (by the tenant's
     * administrators or a platform admin); returns how many ended.
     */
    public int endAllOf(String tenantId, String subject) {
        database.em(tenantId);
        List<Assignment> held = cases.assignmentsOf(subject);
        for (Assignment a : held) {
            cases.remove(a);
            outbox.record("assignment.removed", "assignment", a.id(), Map.of("id", a.id(), "subject", a.subject()));
        }
        cases.flush();
        return held.size();
    }

    /** The caller's own assignments, for {@code /me}. */
    public List<Assignment> mine() {
        Caller caller = callers.get();
        return cases.assignmentsOf(caller.subject());
    }
}
