package org.jiceng.platform.grid.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.domain.StateConflict;
import org.jiceng.platform.shared.domain.VersionMismatch;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * 网格节点: a node of the tenant's administrative grid tree, the aggregate everything else in the platform hangs on.
 *
 * <p>A tenant's tree has one root — its CITY or DISTRICT, coded with the administrative division code — and grows
 * downwards by {@link #addChild}, which enforces the level order ({@link GridLevel#allowsChild}) and the coding
 * rules ({@link GridCodes}). A node can be renamed, given population and household counts (rolled up read-only
 * over its subtree) and a boundary; it can be moved under another parent together with its subtree, whose codes
 * and paths are rewritten so that they stay consistent; and it can be deleted only while it is an empty leaf.
 * Every change bumps {@link #version()}, which callers present as {@code If-Match}.
 *
 * <p>{@code path} lists the ids from the root down to the node ({@code /root/.../self/}), which answers subtree
 * and ancestor queries without recursion.
 */
@Entity
@Table(name = "grid_node")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class GridNode {
    @Id
    private String id;
    @Column(name = "parent_id")
    private String parentId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GridLevel level;
    @Column(nullable = false)
    private String code;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private int depth;
    @Column(nullable = false)
    private String path;
    private Long population;
    private Long households;
    private String boundary;
    @Column(name = "min_lon")
    private Double minLon;
    @Column(name = "min_lat")
    private Double minLat;
    @Column(name = "max_lon")
    private Double maxLon;
    @Column(name = "max_lat")
    private Double maxLat;
    @Column(nullable = false)
    private long version;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected GridNode() {
    }

    private GridNode(String id, String parentId, GridLevel level, String code, String name, int depth, String path,
                     OffsetDateTime now) {
        this.id = id;
        this.parentId = parentId;
        this.level = level;
        this.code = code;
        this.name = requireName(name);
        this.depth = depth;
        this.path = path;
        this.createdAt = now;
        this.updatedAt = now;
        this.version = 1;
    }

    /** The tenant's root node: a CITY or DISTRICT carrying the division code. */
    public static GridNode root(String id, GridLevel level, String divisionCode, String name, OffsetDateTime now) {
        if (!level.canBeRoot()) {
            throw new RuleViolation("level", "the root of the tree is a CITY or a DISTRICT, not " + level
                    + "; give parentId to add a " + level + " below its parent");
        }
        GridCodes.requireDivisionCode(divisionCode);
        return new GridNode(id, null, level, divisionCode, name, 0, "/" + id + "/", now);
    }

    /** A new node directly below this one. */
    public GridNode addChild(String childId, GridLevel childLevel, String childCode, String childName,
                             OffsetDateTime now) {
        requireChildLevel(childLevel);
        GridCodes.requireChildCode(level, code, childLevel, childCode);
        return new GridNode(childId, id, childLevel, childCode, childName, depth + 1, path + childId + "/", now);
    }

    public void requireVersion(long expected) {
        if (expected != version) {
            throw new VersionMismatch(expected, version);
        }
    }

    public void rename(String newName) {
        this.name = requireName(newName);
    }

    public void recordCounts(Long newPopulation, Long newHouseholds) {
        if (newPopulation != null && newPopulation < 0) {
            throw new RuleViolation("population", "must be zero or more");
        }
        if (newHouseholds != null && newHouseholds < 0) {
            throw new RuleViolation("households", "must be zero or more");
        }
        this.population = newPopulation;
        this.households = newHouseholds;
    }

    public void redraw(Boundary newBoundary) {
        if (newBoundary == null) {
            boundary = null;
            minLon = minLat = maxLon = maxLat = null;
        } else {
            boundary = newBoundary.geoJson();
            var e = newBoundary.envelope();
            minLon = e.getMinX();
            minLat = e.getMinY();
            maxLon = e.getMaxX();
            maxLat = e.getMaxY();
        }
    }

    /** The code this node would carry below {@code newParent}: its own 3-digit segment under the parent's code. */
    public String codeUnder(GridNode newParent) {
        return level == GridLevel.DISTRICT ? code : newParent.code + code.substring(code.length() - 3);
    }

    /**
     * Re-parents this node; {@code subtree} are all its descendants, whose codes, paths and depths follow. The
     * node keeps its own 3-digit segment under the new parent's code.
     */
    public void moveUnder(GridNode newParent, List<GridNode> subtree, OffsetDateTime now) {
        if (parentId == null) {
            throw new StateConflict("the root node cannot be moved");
        }
        if (newParent.id.equals(id) || newParent.path.startsWith(path)) {
            throw new StateConflict("cannot move " + code + " below itself or one of its descendants");
        }
        requireLevelUnder(newParent);
        String oldCode = code;
        String oldPath = path;
        int oldDepth = depth;
        String newCode = codeUnder(newParent);
        String newPath = newParent.path + id + "/";
        if (newCode.length() > GridCodes.MAX_LENGTH) {
            throw new StateConflict("the move would nest the tree too deeply");
        }
        this.parentId = newParent.id;
        this.code = newCode;
        this.path = newPath;
        this.depth = newParent.depth + 1;
        recordChange(now);
        for (GridNode d : subtree) {
            d.code = newCode + d.code.substring(oldCode.length());
            d.path = newPath + d.path.substring(oldPath.length());
            d.depth = depth + (d.depth - oldDepth);
            if (d.code.length() > GridCodes.MAX_LENGTH) {
                throw new StateConflict("the move would nest the tree too deeply");
            }
            d.recordChange(now);
        }
    }

    private void requireLevelUnder(GridNode newParent) {
        if (!newParent.level.allowsChild(level)) {
            throw new StateConflict("a " + level + " cannot be placed below a " + newParent.level
                    + "; a " + newParent.level + " holds " + newParent.level.allowedChildren());
        }
    }

    private void requireChildLevel(GridLevel childLevel) {
        if (!level.allowsChild(childLevel)) {
            throw new RuleViolation("level", "a " + level + " holds " + (level.allowedChildren().isEmpty()
                    ? "nothing (it is always a leaf)" : level.allowedChildren()) + ", not a " + childLevel);
        }
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new RuleViolation("name", "name is required");
        }
        if (name.length() > 100) {
            throw new RuleViolation("name", "name is at most 100 characters");
        }
        return name.strip();
    }

    /** Closes one change of the node: a new version for If-Match, and the time of the change. */
    public void recordChange(OffsetDateTime now) {
        this.version++;
        this.updatedAt = now;
    }

    /** Ids from the root down to the parent, root first. */
    public List<String> ancestorIds() {
        String[] ids = path.substring(1, path.length() - 1).split("/");
        return List.of(ids).subList(0, ids.length - 1);
    }

    public String id() {
        return id;
    }

    public Optional<String> parentId() {
        return Optional.ofNullable(parentId);
    }

    public GridLevel level() {
        return level;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public int depth() {
        return depth;
    }

    public String path() {
        return path;
    }

    public Optional<Long> population() {
        return Optional.ofNullable(population);
    }

    public Optional<Long> households() {
        return Optional.ofNullable(households);
    }

    public Optional<Boundary> boundary() {
        return Optional.ofNullable(boundary).map(Boundary::stored);
    }

    public long version() {
        return version;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
