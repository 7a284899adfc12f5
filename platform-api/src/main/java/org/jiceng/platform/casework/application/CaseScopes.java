package org.jiceng.platform.casework.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jiceng.platform.casework.domain.Assignment;
import org.jiceng.platform.casework.domain.CaseRecord;
import org.jiceng.platform.casework.domain.CaseRepository;
import org.jiceng.platform.casework.domain.CaseScope;
import org.jiceng.platform.grid.domain.GridNode;
import org.jiceng.platform.grid.domain.GridRepository;
import org.jiceng.platform.shared.domain.RecordNotFound;
import org.jiceng.platform.shared.security.AccessDenied;
import org.jiceng.platform.shared.security.Caller;
import org.jiceng.platform.shared.security.Permission;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who reaches which cases. Tenant admins, grid managers and Party secretaries reach all of the tenant's; grid
 * workers, community and street officers the cases in the subtrees of the grid nodes they are assigned to;
 * department officers the cases dispatched to or summoning their departments; residents their own; a vendor's app
 * the cases it filed. An assignment counts only while the token still carries its role.
 */
@ApplicationScoped
public class CaseScopes {
    static final Set<String> TENANT_WIDE = Set.of("tenant-admin", "grid-manager", "party-secretary");

    @Inject
    CaseRepository cases;
    @Inject
    GridRepository grids;

    public CaseScope of(Caller caller) {
        if (caller.roles().stream().anyMatch(TENANT_WIDE::contains)) {
            return CaseScope.everything();
        }
        if (caller.can(Permission.CASES_READ)) {
            List<String> paths = new ArrayList<>();
            List<String> departments = new ArrayList<>();
            for (Assignment a : cases.assignmentsOf(caller.subject())) {
                if (!caller.roles().contains(a.role())) {
                    continue;
                }
                a.gridId().flatMap(grids::find).map(GridNode::path).ifPresent(paths::add);
                a.departmentId().ifPresent(departments::add);
            }
            return CaseScope.assigned(paths, departments);
        }
        if (caller.can(Permission.CASES_READ_OWN)) {
            return caller.roles().contains("vendor-app") ? CaseScope.ownAsApplication(String.valueOf(caller.clientId()))
                    : CaseScope.ownAsResident(caller.subject());
        }
        throw new AccessDenied(Permission.CASES_READ);
    }

    /** Whether the caller reaches the case; a case out of reach is, to the caller, a case that does not exist. */
    public void requireReach(Caller caller, CaseRecord c) {
        CaseScope scope = of(caller);
        if (scope.all()) {
            return;
        }
        String path = grids.find(c.gridId()).map(GridNode::path).orElse("");
        if (!scope.reaches(c, path, cases.summonedDepartments(c.id()))) {
            throw new RecordNotFound("case", c.id());
        }
    }

    /** For a caller scoped by grid assignments: the node must lie in one of their subtrees. */
    public void requireGridInReach(Caller caller, GridNode node) {
        CaseScope scope = of(caller);
        if (scope.all() || scope.reporterSubject().isPresent() || scope.reporterClient().isPresent()) {
            return;
        }
        if (scope.gridPaths().stream().noneMatch(node.path()::startsWith)) {
            throw new AccessDenied("Grid " + node.code() + " lies outside the grids you are assigned to");
        }
    }
}
