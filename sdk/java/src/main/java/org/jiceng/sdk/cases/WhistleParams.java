package org.jiceng.sdk.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parameters of {@link CaseService#whistle}: escalate to the street, summon departments, or both. */
public final class WhistleParams {
    private final Map<String, Object> body = new LinkedHashMap<>();

    private WhistleParams(Builder b) {
        if (b.escalate) {
            body.put("escalate", true);
        }
        if (!b.summons.isEmpty()) {
            body.put("summons", List.copyOf(b.summons));
        }
        if (b.note != null) {
            body.put("note", b.note);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    Map<String, Object> toBody() {
        return body;
    }

    /** Builder of {@link WhistleParams}. */
    public static final class Builder {
        private boolean escalate;
        private final List<Map<String, Object>> summons = new ArrayList<>();
        private String note;

        private Builder() {
        }

        /** Hands the case up to the street above its grid. */
        public Builder escalateToStreet() {
            this.escalate = true;
            return this;
        }

        /** Summons a department to report within the category's acknowledgement time. */
        public Builder summon(String departmentId) {
            summons.add(Map.of("departmentId", departmentId));
            return this;
        }

        /** Summons a department to report within {@code hours}. */
        public Builder summon(String departmentId, int hours) {
            summons.add(Map.of("departmentId", departmentId, "hours", hours));
            return this;
        }

        public Builder note(String note) {
            this.note = note;
            return this;
        }

        public WhistleParams build() {
            return new WhistleParams(this);
        }
    }
}
