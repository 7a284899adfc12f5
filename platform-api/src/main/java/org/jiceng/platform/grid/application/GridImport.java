package org.jiceng.platform.grid.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jiceng.platform.grid.domain.Boundary;
import org.jiceng.platform.grid.domain.GridLevel;
import org.jiceng.platform.grid.domain.GridNode;
import org.jiceng.platform.grid.domain.GridRepository;
import org.jiceng.platform.shared.domain.DomainException;
import org.jiceng.platform.shared.domain.InvalidRows;
import org.jiceng.platform.shared.domain.RecordNotFound;
import org.jiceng.platform.shared.domain.RowError;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.events.Outbox;
import org.jiceng.platform.shared.security.Caller;
import org.jiceng.platform.shared.security.CallerContext;
import org.jiceng.platform.shared.security.Permission;
import org.jiceng.platform.shared.persistence.TenantDatabase;
import org.jiceng.platform.shared.tenant.Tenant;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Bulk import of a grid file in one transaction, all or nothing. Rows are matched to nodes by code: a new code
 * creates a node under its parent (in the tree already or earlier in the file), a known code updates the node's
 * name, counts and boundary, so importing the same file twice changes nothing. Every refused row is reported with
 * its number and reason, and then nothing is written.
 */
@ApplicationScoped
public class GridImport {
    private static final String KIND = "grid";

    @Inject
    GridRepository grids;
    @Inject
    GridNodeFactory factory;
    @Inject
    GridEvents events;
    @Inject
    CallerContext callers;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;
    @Inject
    TenantDatabase database;

    /** @param shapeErrors rows the file reader already refused (missing cells, bad numbers) */
    @Transactional
    public GridImportResult run(List<GridRow> rows, List<RowError> shapeErrors) {
        Caller caller = callers.get();
        caller.require(Permission.GRIDS_WRITE);
        return importRows(caller.tenant(), rows, shapeErrors);
    }

    /**
     * The same import into a tenant a platform admin names (onboarding from the console): this transaction is bound
     * to that tenant behind both walls before anything is read.
     */
    @Transactional
    public GridImportResult runFor(Tenant tenant, List<GridRow> rows, List<RowError> shapeErrors) {
        database.em(tenant.id());
        return importRows(tenant, rows, shapeErrors);
    }

    private GridImportResult importRows(Tenant tenant, List<GridRow> rows, List<RowError> shapeErrors) {
        if (rows.isEmpty() && shapeErrors.isEmpty()) {
            throw new RuleViolation("file", "the file holds no rows");
        }
        List<RowError> errors = new ArrayList<>(shapeErrors);
        Map<String, Integer> seen = new HashMap<>();
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        int created = 0;
        int updated = 0;
        // parents before children: a shorter code is higher in the tree
        List<GridRow> ordered = rows.stream()
                .sorted(Comparator.comparingInt((GridRow r) -> r.code().length()).thenComparingInt(GridRow::row))
                .toList();
        for (GridRow row : ordered) {
            Integer first = seen.putIfAbsent(row.code(), row.row());
            if (first != null) {
                errors.add(new RowError(row.row(), "code", "code " + row.code() + " also appears in row " + first));
                continue;
            }
            try {
                Optional<GridNode> existing = grids.findByCode(row.code());
                if (existing.isPresent()) {
                    if (update(existing.get(), row, now)) {
                        updated++;
                    }
                } else {
                    GridNode node = factory.build(tenant, parent(row, tenant), GridLevel.parse("level",
                            row.level()), row.code(), row.name(), row.population(), row.households(),
                            row.boundaryGeoJson(), now);
                    grids.add(node);
                    grids.flush();
                    outbox.record("grid.created", KIND, node.id(), events.payload(node));
                    created++;
                }
            } catch (RuleViolation e) {
                errors.add(new RowError(row.row(), e.field(), e.getMessage()));
            } catch (RecordNotFound e) {
                errors.add(new RowError(row.row(), "parentCode", e.getMessage()));
            } catch (DomainException e) {
                errors.add(new RowError(row.row(), "code", e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRows(errors); // rolls the whole import back
        }
        return new GridImportResult(rows.size(), created, updated, rows.size() - created - updated);
    }

    private Optional<GridNode> parent(GridRow row, Tenant tenant) {
        String parentCode = row.parentCode();
        if (parentCode == null) {
            if (row.code().length() == 6) {
                if (row.code().equals(tenant.divisionCode())) {
                    return Optional.empty(); // the root itself
                }
                parentCode = tenant.divisionCode(); // a DISTRICT inside a CITY tenant
            } else {
                parentCode = row.code().substring(0, row.code().length() - 3);
            }
        }
        String wanted = parentCode;
        return Optional.of(grids.findByCode(wanted)
                .orElseThrow(() -> new RecordNotFound("parent grid with code", wanted)));
    }

    /** Brings an existing node in line with its row; returns whether anything changed. */
    private boolean update(GridNode node, GridRow row, OffsetDateTime now) {
        GridLevel level = GridLevel.parse("level", row.level());
        if (node.level() != level) {
            throw new RuleViolation("level", "code " + row.code() + " is a " + node.level() + " already, not a "
                    + level);
        }
        if (row.parentCode() != null && node.parentId().isPresent()) {
            String actualParent = grids.find(node.parentId().get()).map(GridNode::code).orElse(null);
            if (!row.parentCode().equals(actualParent)) {
                throw new RuleViolation("parentCode", "code " + row.code() + " sits under " + actualParent
                        + "; move it through the API instead");
            }
        }
        boolean changed = false;
        if (!node.name().equals(row.name())) {
            node.rename(row.name());
            changed = true;
        }
        if (!Objects.equals(node.population().orElse(null), row.population())
                || !Objects.equals(node.households().orElse(null), row.households())) {
            node.recordCounts(row.population(), row.households());
            changed = true;
        }
        if (row.boundaryGeoJson() != null) {
            Boundary boundary = Boundary.parse(row.boundaryGeoJson());
            if (node.boundary().map(b -> !b.geoJson().equals(boundary.geoJson())).orElse(true)) {
                node.redraw(boundary);
                changed = true;
            }
        }
        if (changed) {
            node.recordChange(now);
            grids.flush();
            outbox.record("grid.updated", KIND, node.id(), events.payload(node));
        }
        return changed;
    }
}
