package org.jiceng.platform.grid.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.persistence.config.QueryHints;
import org.jiceng.platform.grid.domain.HouseholdReach;
import org.jiceng.platform.grid.domain.HouseholdStatistics;
import org.jiceng.platform.shared.persistence.TenantDatabase;
import org.jiceng.platform.shared.security.Caller;
import org.jiceng.platform.shared.security.Permission;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who reaches which households, read from the tables that say so: tenant admins and grid managers all of them;
 * street officers, community and grid workers the subtrees they are assigned (assignments); Party secretaries the
 * nodes covered by the organisations — and those below them — in which their member account holds a serving post;
 * a Party member the households and nodes linked to them (党员联户). Everyone else is refused. A read model over
 * the casework and Party tables, in SQL, so that the grid context depends on neither.
 */
@ApplicationScoped
public class SqlHouseholdStatistics implements HouseholdStatistics {
    static final Set<String> TENANT_WIDE = Set.of("tenant-admin", "grid-manager");
    static final Set<String> ASSIGNED = Set.of("street-officer", "community-worker", "grid-worker");

    @Inject
    TenantDatabase db;

    @Override
    public HouseholdReach of(Caller caller) {
        caller.require(Permission.HOUSEHOLDS_READ);
        if (caller.roles().stream().anyMatch(TENANT_WIDE::contains)) {
            return HouseholdReach.everything();
        }
        List<String> paths = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<String> assignedRoles = caller.roles().stream().filter(ASSIGNED::contains).toList();
        if (!assignedRoles.isEmpty()) {
            paths.addAll(strings("select n.path from assignment a join grid_node n on n.id = a.grid_id "
                    + "where a.subject = ?1 and a.role = any(string_to_array(?2, ','))", caller.subject(),
                    String.join(",", assignedRoles)));
        }
        if (caller.roles().contains("party-secretary")) {
            paths.addAll(strings("select distinct n.path from party_member m "
                    + "join party_post p on p.member_id = m.id and p.ended_on is null "
                    + "join party_organization o on o.id = p.organization_id "
                    + "join party_organization below on below.path like o.path || '%' and below.dissolved_on is null "
                    + "join party_organization_grid og on og.organization_id = below.id "
                    + "join grid_node n on n.id = og.grid_id where m.account_subject = ?1", caller.subject()));
        }
        if (caller.roles().contains("party-member") || caller.roles().contains("party-secretary")) {
            paths.addAll(strings("select n.path from party_member m join party_member_link l on l.member_id = m.id "
                    + "join grid_node n on n.id = l.grid_id where m.account_subject = ?1", caller.subject()));
            ids.addAll(strings("select cast(l.household_id as text) from party_member m join party_member_link l "
                    + "on l.member_id = m.id where l.household_id is not null and m.account_subject = ?1",
                    caller.subject()));
        }
        return new HouseholdReach(false, paths, ids);
    }

    @SuppressWarnings("unchecked")
    private List<String> strings(String sql, Object... params) {
        var q = db.em().createNativeQuery(sql).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return ((List<Object>) q.getResultList()).stream().map(String::valueOf).toList();
    }
}
