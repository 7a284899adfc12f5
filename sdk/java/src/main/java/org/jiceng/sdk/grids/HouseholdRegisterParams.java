package org.jiceng.sdk.grids;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@link HouseholdService#register}: a household at an address of a building, compound or grid; the head's name and phone are encrypted.
 * Required: {@code gridId}, {@code address}.
 */
public final class HouseholdRegisterParams {
    @JsonProperty("gridId")
    private final String gridId;
    @JsonProperty("address")
    private final String address;
    @JsonProperty("headName")
    private final String headName;
    @JsonProperty("headPhone")
    private final String headPhone;

    private HouseholdRegisterParams(Builder b) {
        this.gridId = Objects.requireNonNull(b.gridId, "gridId is required");
        this.address = Objects.requireNonNull(b.address, "address is required");
        this.headName = b.headName;
        this.headPhone = b.headPhone;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String gridId() {
        return gridId;
    }

    public String address() {
        return address;
    }

    public Optional<String> headName() {
        return Optional.ofNullable(headName);
    }

    public Optional<String> headPhone() {
        return Optional.ofNullable(headPhone);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.gridId = gridId;
        b.address = address;
        b.headName = headName;
        b.headPhone = headPhone;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof HouseholdRegisterParams)) {
            return false;
        }
        HouseholdRegisterParams other = (HouseholdRegisterParams) o;
        return Objects.equals(gridId, other.gridId)
                && Objects.equals(address, other.address)
                && Objects.equals(headName, other.headName)
                && Objects.equals(headPhone, other.headPhone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(gridId, address, headName, headPhone);
    }

    /** Builder of {@link HouseholdRegisterParams}. */
    public static final class Builder {
        private String gridId;
        private String address;
        private String headName;
        private String headPhone;

        private Builder() {
        }

        public Builder gridId(String gridId) {
            this.gridId = gridId;
            return this;
        }

        public Builder address(String address) {
            this.address = address;
            return this;
        }

        public Builder headName(String headName) {
            this.headName = headName;
            return this;
        }

        public Builder headPhone(String headPhone) {
            this.headPhone = headPhone;
            return this;
        }

        public HouseholdRegisterParams build() {
            return new HouseholdRegisterParams(this);
        }
    }
}
