package org.jiceng.platform.grid.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jiceng.platform.grid.domain.Boundary;
import org.jiceng.platform.grid.domain.ChinaCoordinates;
import org.jiceng.platform.grid.domain.Crs;
import org.jiceng.platform.grid.domain.GridLevel;
import org.jiceng.platform.grid.domain.GridNode;
import org.jiceng.platform.grid.domain.GridRepository;
import org.jiceng.platform.grid.domain.GridRollup;
import org.jiceng.platform.shared.domain.RecordNotFound;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.domain.Slice;
import org.jiceng.platform.shared.domain.StateConflict;
import org.jiceng.platform.shared.events.Outbox;
import org.jiceng.platform.shared.security.Caller;
import org.jiceng.platform.shared.security.CallerContext;
import org.jiceng.platform.shared.security.Permission;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Use cases of the grid tree. Each public method is one transaction in the caller's tenant, checks the caller's
 * permission, and records its change in the outbox in that same transaction.
 */
@ApplicationScoped
@Transactional
public class GridService {
    private static final String KIND = "grid";

    @Inject
    GridRepository grids;
    @Inject
    CallerContext callers;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;
    @Inject
    GridNodeFactory factory;
    @Inject
    GridEvents events;

    public GridView create(NewGrid request) {
        Caller caller = authorize(Permission.GRIDS_WRITE);
        GridLevel level = GridLevel.parse("level", request.level());
        Optional<GridNode> parent = Optional.empty();
        if (request.parentId() != null) {
            parent = Optional.of(grids.find(request.parentId())
                    .orElseThrow(() -> new RecordNotFound("parent grid", request.parentId())));
        }
        GridNode node = factory.build(caller.tenant(), parent, level, request.code(), request.name(),
                request.population(), request.households(), request.boundaryGeoJson(), now());
        grids.add(node);
        grids.flush();
        GridView view = view(node);
        outbox.record("grid.created", KIND, node.id(), events.payload(node));
        return view;
    }

    public GridView get(String id) {
        authorize(Permission.GRIDS_READ);
        return view(find(id));
    }

    public GridView update(String id, long expectedVersion, GridChanges changes) {
        authorize(Permission.GRIDS_WRITE);
        GridNode node = lock(id);
        node.requireVersion(expectedVersion);
        changes.name().ifPresent(node::rename);
        if (changes.population().isPresent() || changes.households().isPresent()) {
            node.recordCounts(changes.population().orElse(node.population().orElse(null)),
                    changes.households().orElse(node.households().orElse(null)));
        }
        if (changes.clearBoundary()) {
            node.redraw(null);
        } else {
            changes.boundaryGeoJson().ifPresent(g -> node.redraw(Boundary.parse(g)));
        }
        node.recordChange(now());
        grids.flush();
        outbox.record("grid.updated", KIND, node.id(), events.payload(node));
        return view(node);
    }

    public void delete(String id, long expectedVersion) {
        authorize(Permission.GRIDS_WRITE);
        GridNode node = lock(id);
        node.requireVersion(expectedVersion);
        if (grids.childCount(id) > 0) {
            throw new StateConflict("grid " + node.code() + " has child nodes; delete or move them first");
        }
        grids.remove(node);
        grids.flush();
        outbox.record("grid.deleted", KIND, node.id(), events.payload(node));
    }

    public GridView move(String id, long expectedVersion, String newParentId) {
        authorize(Permission.GRIDS_WRITE);
        if (newParentId == null) {
            throw new RuleViolation("parentId", "parentId is required");
        }
        GridNode node = lock(id);
        node.requireVersion(expectedVersion);
        GridNode newParent = grids.find(newParentId)
                .orElseThrow(() -> new RecordNotFound("parent grid", newParentId));
        if (node.parentId().filter(newParentId::equals).isPresent()) {
            return view(node);
        }
        String newCode = node.codeUnder(newParent);
        if (!newCode.equals(node.code()) && grids.codeExists(newCode)) {
            throw new StateConflict("the parent already holds a node coded " + newCode
                    + "; renumber one of them first");
        }
        node.moveUnder(newParent, grids.wholeSubtree(node), now());
        grids.flush();
        outbox.record("grid.moved", KIND, node.id(), events.payload(node));
        return view(node);
    }

    public Slice<GridView> children(Optional<String> parentId, Optional<String> level, String afterCode, int limit) {
        authorize(Permission.GRIDS_READ);
        GridLevel filter = level.map(l -> GridLevel.parse("level", l)).orElse(null);
        if (parentId.isEmpty()) {
            List<GridNode> root = grids.root().filter(r -> filter == null || r.level() == filter)
                    .filter(r -> afterCode == null || r.code().compareTo(afterCode) > 0).stream().toList();
            return views(Slice.of(root, limit));
        }
        GridNode parent = find(parentId.get());
        return views(Slice.of(grids.children(parent.id(), filter, afterCode, limit + 1), limit));
    }

    public Slice<GridView> descendants(String id, Optional<String> level, String afterCode, int limit) {
        authorize(Permission.GRIDS_READ);
        GridLevel filter = level.map(l -> GridLevel.parse("level", l)).orElse(null);
        GridNode node = find(id);
        return views(Slice.of(grids.descendants(node, filter, afterCode, limit + 1), limit));
    }

    public List<GridView> ancestors(String id) {
        authorize(Permission.GRIDS_READ);
        GridNode node = find(id);
        List<GridNode> chain = grids.byIds(node.ancestorIds());
        return views(new Slice<>(chain, false)).items();
    }

    /** The deepest node whose boundary contains the point; among overlapping siblings, the smallest. */
    public GridView locate(double lon, double lat, String crsName) {
        authorize(Permission.GRIDS_READ);
        if (Double.isNaN(lon) || lon < -180 || lon > 180) {
            throw new RuleViolation("lon", "longitude must be between -180 and 180");
        }
        if (Double.isNaN(lat) || lat < -90 || lat > 90) {
            throw new RuleViolation("lat", "latitude must be between -90 and 90");
        }
        double[] wgs = ChinaCoordinates.toWgs84(Crs.parse(crsName), lon, lat);
        return grids.boundingBoxesContaining(wgs[0], wgs[1]).stream()
                .filter(n -> n.boundary().map(b -> b.contains(wgs[0], wgs[1])).orElse(false))
                .max(Comparator.comparingInt(GridNode::depth)
                        .thenComparing(n -> -n.boundary().map(Boundary::area).orElse(0.0)))
                .map(this::view)
                .orElseThrow(() -> new RecordNotFound("grid containing point", wgs[0] + "," + wgs[1]));
    }

    /** Reads the node with a row lock: the version check and the change are one step for concurrent callers. */
    private GridNode lock(String id) {
        return grids.findForUpdate(id).orElseThrow(() -> new RecordNotFound("grid", id));
    }

    private GridNode find(String id) {
        return grids.find(id).orElseThrow(() -> new RecordNotFound("grid", id));
    }

    private GridView view(GridNode node) {
        return new GridView(node, grids.rollups(List.of(node)).getOrDefault(node.id(), GridRollup.EMPTY));
    }

    private Slice<GridView> views(Slice<GridNode> slice) {
        Map<String, GridRollup> rollups = grids.rollups(slice.items());
        return new Slice<>(slice.items().stream()
                .map(n -> new GridView(n, rollups.getOrDefault(n.id(), GridRollup.EMPTY))).toList(), slice.hasMore());
    }

    private Caller authorize(Permission permission) {
        Caller caller = callers.get();
        caller.require(permission);
        return caller;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
