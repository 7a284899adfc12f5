package org.jiceng.sdk.funds;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A public-fund account of a community or compound.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class FundAccount {
    @JsonProperty("id")
    private String id;
    @JsonProperty("gridId")
    private String gridId;
    @JsonProperty("kind")
    private FundAccountKind kind;
    @JsonProperty("name")
    private String name;
    @JsonProperty("periodKind")
    private PeriodKind periodKind;
    @JsonProperty("secondApprovalFen")
    private long secondApprovalFen;
    @JsonProperty("version")
    private long version;
    @JsonProperty("createdAt")
    private OffsetDateTime createdAt;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private FundAccount() {
    }

    public String id() {
        return id;
    }

    public String gridId() {
        return gridId;
    }

    public FundAccountKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public PeriodKind periodKind() {
        return periodKind;
    }

    /** Expenses above this amount need a second approver. */
    public long secondApprovalFen() {
        return secondApprovalFen;
    }

    public long version() {
        return version;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
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
        return new Builder(new FundAccount());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static FundAccount copy(FundAccount from) {
        FundAccount c = new FundAccount();
        c.id = from.id;
        c.gridId = from.gridId;
        c.kind = from.kind;
        c.name = from.name;
        c.periodKind = from.periodKind;
        c.secondApprovalFen = from.secondApprovalFen;
        c.version = from.version;
        c.createdAt = from.createdAt;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof FundAccount)) {
            return false;
        }
        FundAccount other = (FundAccount) o;
        return Objects.equals(id, other.id)
                && Objects.equals(gridId, other.gridId)
                && Objects.equals(kind, other.kind)
                && Objects.equals(name, other.name)
                && Objects.equals(periodKind, other.periodKind)
                && secondApprovalFen == other.secondApprovalFen
                && version == other.version
                && Objects.equals(createdAt, other.createdAt)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, gridId, kind);
    }

    @Override
    public String toString() {
        return "FundAccount{" + "id=" + id + ", " + "gridId=" + gridId + ", " + "kind=" + kind + "}";
    }

    /** Builds a {@link FundAccount}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final FundAccount building;

        private Builder(FundAccount building) {
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

        public Builder kind(FundAccountKind kind) {
            building.kind = kind;
            return this;
        }

        public Builder name(String name) {
            building.name = name;
            return this;
        }

        public Builder periodKind(PeriodKind periodKind) {
            building.periodKind = periodKind;
            return this;
        }

        public Builder secondApprovalFen(long secondApprovalFen) {
            building.secondApprovalFen = secondApprovalFen;
            return this;
        }

        public Builder version(long version) {
            building.version = version;
            return this;
        }

        public Builder createdAt(OffsetDateTime createdAt) {
            building.createdAt = createdAt;
            return this;
        }

        public FundAccount build() {
            return copy(building);
        }
    }
}
