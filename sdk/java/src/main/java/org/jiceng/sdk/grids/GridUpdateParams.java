package org.jiceng.sdk.grids;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JSON merge patch (RFC 7396) of a grid node: only the fields set here change. Level, code and parent are not
 * patchable; use {@link GridService#move} to re-parent.
 */
public final class GridUpdateParams {
    private final Map<String, Object> patch;

    private GridUpdateParams(Map<String, Object> patch) {
        this.patch = Map.copyOf(patch);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The merge-patch document; an explicit {@code null} value clears that field. */
    public Map<String, Object> toPatch() {
        Map<String, Object> copy = new LinkedHashMap<>();
        patch.forEach((k, v) -> copy.put(k, v == NULL ? null : v));
        return copy;
    }

    private static final Object NULL = new Object();

    /** Builder of {@link GridUpdateParams}. */
    public static final class Builder {
        private final Map<String, Object> patch = new LinkedHashMap<>();

        public Builder name(String name) {
            patch.put("name", name);
            return this;
        }

        public Builder population(long population) {
            patch.put("population", population);
            return this;
        }

        public Builder households(long households) {
            patch.put("households", households);
            return this;
        }

        public Builder boundary(Geometry boundary) {
            patch.put("boundary", boundary);
            return this;
        }

        /** Removes the node's boundary. */
        public Builder clearBoundary() {
            patch.put("boundary", NULL);
            return this;
        }

        public GridUpdateParams build() {
            return new GridUpdateParams(patch);
        }
    }
}
