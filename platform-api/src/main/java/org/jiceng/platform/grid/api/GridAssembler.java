package org.jiceng.platform.grid.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jiceng.platform.grid.application.GridChanges;
import org.jiceng.platform.grid.application.GridView;
import org.jiceng.platform.grid.application.NewGrid;
import org.jiceng.platform.grid.domain.GridNode;
import org.jiceng.platform.shared.domain.RuleViolation;

import java.io.StringReader;
import java.util.Optional;
import java.util.Set;

/** Between the wire (DTOs, JSON) and the application layer. */
final class GridAssembler {
    private static final Set<String> PATCHABLE = Set.of("name", "population", "households", "boundary");

    private GridAssembler() {
    }

    static GridDto toDto(GridView view) {
        GridNode n = view.node();
        return new GridDto(n.id(), n.parentId().orElse(null), n.level().name(), n.code(), n.name(), n.depth(),
                n.population().orElse(null), n.households().orElse(null),
                new GridDto.RollupDto(view.rollup().population(), view.rollup().households()),
                n.boundary().map(b -> Json.createReader(new StringReader(b.geoJson())).readObject()).orElse(null),
                n.version(), n.createdAt(), n.updatedAt());
    }

    static NewGrid toNewGrid(GridCreateRequest r) {
        return new NewGrid(r.parentId(), r.level(), r.code(), r.name(), r.population(), r.households(),
                r.boundary() == null ? null : r.boundary().toString());
    }

    /** Reads a JSON merge patch (RFC 7396); fields that cannot be patched are named in the 400. */
    static GridChanges toChanges(JsonObject patch) {
        for (String key : patch.keySet()) {
            if (!PATCHABLE.contains(key)) {
                throw new RuleViolation(key, switch (key) {
                    case "parentId" -> "move a node with POST /api/v1/grids/{id}:move";
                    case "level", "code", "id" -> key + " cannot be changed";
                    default -> "unknown field; patchable: " + PATCHABLE;
                });
            }
        }
        Optional<String> name = Optional.empty();
        if (patch.containsKey("name")) {
            JsonValue v = patch.get("name");
            if (v.getValueType() != JsonValue.ValueType.STRING) {
                throw new RuleViolation("name", "must be a string");
            }
            name = Optional.of(patch.getString("name"));
        }
        JsonValue boundary = patch.get("boundary");
        boolean clear = boundary != null && boundary.getValueType() == JsonValue.ValueType.NULL;
        if (boundary != null && !clear && boundary.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new RuleViolation("boundary", "must be a GeoJSON object or null");
        }
        return new GridChanges(name, count(patch, "population"), count(patch, "households"),
                clear || boundary == null ? Optional.empty() : Optional.of(boundary.toString()), clear);
    }

    private static Optional<Long> count(JsonObject patch, String field) {
        if (!patch.containsKey(field)) {
            return Optional.empty();
        }
        JsonValue v = patch.get(field);
        if (v.getValueType() != JsonValue.ValueType.NUMBER || !patch.getJsonNumber(field).isIntegral()) {
            throw new RuleViolation(field, "must be a whole number");
        }
        long value = patch.getJsonNumber(field).longValue();
        if (value < 0) {
            throw new RuleViolation(field, "must be zero or more");
        }
        return Optional.of(value);
    }
}
