package org.jiceng.platform.grid.domain;

import org.jiceng.platform.shared.domain.RuleViolation;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Levels of the grid tree and which may hang below which. GRID and COMPOUND nest either way (one grid covering
 * several small courtyards, one large compound split into grids); BUILDING is always a leaf.
 */
public enum GridLevel {
    CITY, DISTRICT, STREET, COMMUNITY, GRID, COMPOUND, BUILDING;

    public boolean canBeRoot() {
        return this == CITY || this == DISTRICT;
    }

    public Set<GridLevel> allowedChildren() {
        return switch (this) {
            case CITY -> EnumSet.of(DISTRICT);
            case DISTRICT -> EnumSet.of(STREET);
            case STREET -> EnumSet.of(COMMUNITY);
            case COMMUNITY -> EnumSet.of(GRID, COMPOUND);
            case GRID -> EnumSet.of(COMPOUND, BUILDING);
            case COMPOUND -> EnumSet.of(GRID, BUILDING);
            case BUILDING -> EnumSet.noneOf(GridLevel.class);
        };
    }

    public boolean allowsChild(GridLevel child) {
        return allowedChildren().contains(child);
    }

    /** Parses an API value; anything else is a 400 naming the accepted values. */
    public static GridLevel parse(String field, String value) {
        if (value == null) {
            throw new RuleViolation(field, "level is required");
        }
        try {
            return valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(field, "unknown level '" + value + "'; one of "
                    + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
