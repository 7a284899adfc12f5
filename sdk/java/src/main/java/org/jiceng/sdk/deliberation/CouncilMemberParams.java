package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Objects;
import java.util.Optional;

/**
 * A seat for {@link CouncilService#addMember}.
 * Required: {@code role}, {@code seat}.
 */
public final class CouncilMemberParams {
    @JsonProperty("role")
    private final CouncilRole role;
    @JsonProperty("seat")
    private final String seat;
    @JsonProperty("accountSubject")
    private final String accountSubject;
    @JsonProperty("householdId")
    private final String householdId;

    private CouncilMemberParams(Builder b) {
        this.role = Objects.requireNonNull(b.role, "role is required");
        this.seat = Objects.requireNonNull(b.seat, "seat is required");
        this.accountSubject = b.accountSubject;
        this.householdId = b.householdId;
    }

    public static Builder builder() {
        return new Builder();
    }

    public CouncilRole role() {
        return role;
    }

    /** Role and place, e.g. 3号楼居民代表; never a name. */
    public String seat() {
        return seat;
    }

    public Optional<String> accountSubject() {
        return Optional.ofNullable(accountSubject);
    }

    public Optional<String> householdId() {
        return Optional.ofNullable(householdId);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.role = role;
        b.seat = seat;
        b.accountSubject = accountSubject;
        b.householdId = householdId;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CouncilMemberParams)) {
            return false;
        }
        CouncilMemberParams other = (CouncilMemberParams) o;
        return Objects.equals(role, other.role)
                && Objects.equals(seat, other.seat)
                && Objects.equals(accountSubject, other.accountSubject)
                && Objects.equals(householdId, other.householdId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(role, seat, accountSubject, householdId);
    }

    /** Builder of {@link CouncilMemberParams}. */
    public static final class Builder {
        private CouncilRole role;
        private String seat;
        private String accountSubject;
        private String householdId;

        private Builder() {
        }

        public Builder role(CouncilRole role) {
            this.role = role;
            return this;
        }

        /** Role and place, e.g. 3号楼居民代表; never a name. */
        public Builder seat(String seat) {
            this.seat = seat;
            return this;
        }

        public Builder accountSubject(String accountSubject) {
            this.accountSubject = accountSubject;
            return this;
        }

        public Builder householdId(String householdId) {
            this.householdId = householdId;
            return this;
        }

        public CouncilMemberParams build() {
            return new CouncilMemberParams(this);
        }
    }
}
