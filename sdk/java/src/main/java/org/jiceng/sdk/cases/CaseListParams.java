package org.jiceng.sdk.cases;

import java.util.Optional;

/** Filters of {@link CaseService#list}; they combine. Immutable. */
public final class CaseListParams {
    private final CaseStatus status;
    private final String categoryCode;
    private final String gridId;
    private final String departmentId;
    private final boolean overdue;
    private final Integer dueWithinHours;
    private final Integer limit;
    private final String reporterPhone;

    private CaseListParams(Builder b) {
        reporterPhone = b.reporterPhone;
        status = b.status;
        categoryCode = b.categoryCode;
        gridId = b.gridId;
        departmentId = b.departmentId;
        overdue = b.overdue;
        dueWithinHours = b.dueWithinHours;
        limit = b.limit;
    }

    public static CaseListParams none() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    Optional<CaseStatus> status() { return Optional.ofNullable(status); }
    Optional<String> categoryCode() { return Optional.ofNullable(categoryCode); }
    Optional<String> gridId() { return Optional.ofNullable(gridId); }
    Optional<String> departmentId() { return Optional.ofNullable(departmentId); }
    boolean overdue() { return overdue; }
    Optional<Integer> dueWithinHours() { return Optional.ofNullable(dueWithinHours); }
    Optional<Integer> limit() { return Optional.ofNullable(limit); }
    Optional<String> reporterPhone() { return Optional.ofNullable(reporterPhone); }

    /** Builder of {@link CaseListParams}. */
    public static final class Builder {
        private CaseStatus status;
        private String categoryCode;
        private String gridId;
        private String departmentId;
        private boolean overdue;
        private Integer dueWithinHours;
        private Integer limit;
        private String reporterPhone;

        private Builder() {
        }

        public Builder status(CaseStatus status) { this.status = status; return this; }
        public Builder categoryCode(String code) { this.categoryCode = code; return this; }
        /** Cases anywhere in this node's subtree. */
        public Builder gridId(String gridId) { this.gridId = gridId; return this; }
        /** Cases dispatched to this department. */
        public Builder departmentId(String departmentId) { this.departmentId = departmentId; return this; }
        /** Only cases past the deadline of their current step. */
        public Builder overdue(boolean overdue) { this.overdue = overdue; return this; }
        /** Only cases whose current deadline falls within the next {@code hours}. */
        public Builder dueWithinHours(int hours) { this.dueWithinHours = hours; return this; }
        /** Cases of the reporter with this phone (needs {@code pii:read}). */
        public Builder reporterPhone(String phone) { this.reporterPhone = phone; return this; }
        /** Page size, 1–500. */
        public Builder limit(int limit) { this.limit = limit; return this; }

        public CaseListParams build() {
            return new CaseListParams(this);
        }
    }
}
