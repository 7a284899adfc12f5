package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * 专有部分: a unit with its exclusive floor area and owner.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class PropertyUnit {
    @JsonProperty("id")
    private String id;
    @JsonProperty("gridId")
    private String gridId;
    @JsonProperty("unitNo")
    private String unitNo;
    @JsonProperty("area")
    private BigDecimal area;
    @JsonProperty("ownerId")
    private String ownerId;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private PropertyUnit() {
    }

    public String id() {
        return id;
    }

    public String gridId() {
        return gridId;
    }

    public String unitNo() {
        return unitNo;
    }

    /** m², as registered. */
    public BigDecimal area() {
        return area;
    }

    public String ownerId() {
        return ownerId;
    }

    /** JSON fields this SDK version does not model. */
    @JsonAnyGetter
    public Map<String, Object> additionalProperties() {
        return Collections.unmodifiableMap(additionalProperties);
    }

    @JsonAnySetter
    private void putAdditionalProperty(String key, Object value) {
        additionalProperties.put(key, value);
    }

    public static Builder builder() {
        return new Builder(new PropertyUnit());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static PropertyUnit copy(PropertyUnit from) {
        PropertyUnit c = new PropertyUnit();
        c.id = from.id;
        c.gridId = from.gridId;
        c.unitNo = from.unitNo;
        c.area = from.area;
        c.ownerId = from.ownerId;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PropertyUnit)) {
            return false;
        }
        PropertyUnit other = (PropertyUnit) o;
        return Objects.equals(id, other.id)
                && Objects.equals(gridId, other.gridId)
                && Objects.equals(unitNo, other.unitNo)
                && Objects.equals(area, other.area)
                && Objects.equals(ownerId, other.ownerId)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, gridId, unitNo);
    }

    @Override
    public String toString() {
        return "PropertyUnit{" + "id=" + id + ", " + "gridId=" + gridId + ", " + "unitNo=" + unitNo + "}";
    }

    /** Builds a {@link PropertyUnit}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final PropertyUnit building;

        private Builder(PropertyUnit building) {
            this.building = building;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public Builder gridId(String gridId) {
            building.gridId = gridId;
            return this;
        }

        public Builder unitNo(String unitNo) {
            building.unitNo = unitNo;
            return this;
        }

        public Builder area(BigDecimal area) {
            building.area = area;
            return this;
        }

        public Builder ownerId(String ownerId) {
            building.ownerId = ownerId;
            return this;
        }

        public PropertyUnit build() {
            return copy(building);
        }
    }
}
