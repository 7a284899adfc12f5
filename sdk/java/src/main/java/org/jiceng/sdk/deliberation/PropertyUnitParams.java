package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A unit for {@link PropertyUnitService#register}.
 * Required: {@code gridId}, {@code unitNo}, {@code area}, {@code ownerRef}.
 */
public final class PropertyUnitParams {
    @JsonProperty("gridId")
    private final String gridId;
    @JsonProperty("unitNo")
    private final String unitNo;
    @JsonProperty("area")
    private final BigDecimal area;
    @JsonProperty("ownerRef")
    private final String ownerRef;

    private PropertyUnitParams(Builder b) {
        this.gridId = Objects.requireNonNull(b.gridId, "gridId is required");
        this.unitNo = Objects.requireNonNull(b.unitNo, "unitNo is required");
        this.area = Objects.requireNonNull(b.area, "area is required");
        this.ownerRef = Objects.requireNonNull(b.ownerRef, "ownerRef is required");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A building or compound. */
    public String gridId() {
        return gridId;
    }

    public String unitNo() {
        return unitNo;
    }

    /** m², at most two decimals. */
    public BigDecimal area() {
        return area;
    }

    /** The owner's reference in the property register. */
    public String ownerRef() {
        return ownerRef;
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.gridId = gridId;
        b.unitNo = unitNo;
        b.area = area;
        b.ownerRef = ownerRef;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PropertyUnitParams)) {
            return false;
        }
        PropertyUnitParams other = (PropertyUnitParams) o;
        return Objects.equals(gridId, other.gridId)
                && Objects.equals(unitNo, other.unitNo)
                && Objects.equals(area, other.area)
                && Objects.equals(ownerRef, other.ownerRef);
    }

    @Override
    public int hashCode() {
        return Objects.hash(gridId, unitNo, area, ownerRef);
    }

    /** Builder of {@link PropertyUnitParams}. */
    public static final class Builder {
        private String gridId;
        private String unitNo;
        private BigDecimal area;
        private String ownerRef;

        private Builder() {
        }

        /** A building or compound. */
        public Builder gridId(String gridId) {
            this.gridId = gridId;
            return this;
        }

        public Builder unitNo(String unitNo) {
            this.unitNo = unitNo;
            return this;
        }

        /** m², at most two decimals. */
        public Builder area(BigDecimal area) {
            this.area = area;
            return this;
        }

        /** The owner's reference in the property register. */
        public Builder ownerRef(String ownerRef) {
            this.ownerRef = ownerRef;
            return this;
        }

        public PropertyUnitParams build() {
            return new PropertyUnitParams(this);
        }
    }
}
