package org.jiceng.platform.grid.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jiceng.platform.grid.domain.Boundary;
import org.jiceng.platform.grid.domain.GridLevel;
import org.jiceng.platform.grid.domain.GridNode;
import org.jiceng.platform.grid.domain.GridRepository;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.domain.StateConflict;
import org.jiceng.platform.shared.persistence.Ids;
import org.jiceng.platform.shared.tenant.Tenant;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Builds a new node under the tree's rules — the root carries the tenant's own level and division code, every
 * other node fits its parent — and refuses a code already taken. Runs inside its caller's transaction and does not
 * start one, so that a bulk import can collect every refusal before rolling back.
 */
@ApplicationScoped
public class GridNodeFactory {
    @Inject
    GridRepository grids;

    public GridNode build(Tenant tenant, Optional<GridNode> parent, GridLevel level, String code, String name,
                          Long population, Long households, String boundaryGeoJson, OffsetDateTime now) {
        String id = Ids.newId();
        GridNode node = parent.isPresent()
                ? parent.get().addChild(id, level, code, name, now)
                : root(tenant, id, level, code, name, now);
        if (grids.codeExists(node.code())) {
            throw new StateConflict("a grid node with code " + node.code() + " already exists");
        }
        node.recordCounts(population, households);
        if (boundaryGeoJson != null) {
            node.redraw(Boundary.parse(boundaryGeoJson));
        }
        return node;
    }

    private GridNode root(Tenant tenant, String id, GridLevel level, String code, String name, OffsetDateTime now) {
        if (!level.canBeRoot()) {
            throw new RuleViolation("parentId", "a " + level + " needs a parent; only the tenant's CITY or "
                    + "DISTRICT node stands at the root");
        }
        if (!level.name().equals(tenant.kind().name())) {
            throw new RuleViolation("level", "this tenant is a " + tenant.kind() + ": its root is a "
                    + tenant.kind() + " node");
        }
        if (grids.root().isPresent()) {
            throw new StateConflict("the tenant already has its root node; add nodes below it");
        }
        if (!tenant.divisionCode().equals(code)) {
            throw new RuleViolation("code", "the root carries the tenant's division code " + tenant.divisionCode());
        }
        return GridNode.root(id, level, code, name, now);
    }
}
