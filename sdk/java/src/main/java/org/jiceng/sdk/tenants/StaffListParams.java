package org.jiceng.sdk.tenants;

import java.util.Optional;

/** Parameters of {@link TenantStaffService#list}: an optional search over usernames, e-mails and names. */
public final class StaffListParams {
    private final String search;
    private final Integer limit;

    private StaffListParams(Builder b) {
        this.search = b.search;
        this.limit = b.limit;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static StaffListParams none() {
        return builder().build();
    }

    public Optional<String> search() {
        return Optional.ofNullable(search);
    }

    /** Page size, 1–100. */
    public Optional<Integer> limit() {
        return Optional.ofNullable(limit);
    }

    /** Builder of {@link StaffListParams}. */
    public static final class Builder {
        private String search;
        private Integer limit;

        private Builder() {
        }

        public Builder search(String search) {
            this.search = search;
            return this;
        }

        public Builder limit(int limit) {
            this.limit = limit;
            return this;
        }

        public StaffListParams build() {
            return new StaffListParams(this);
        }
    }
}
