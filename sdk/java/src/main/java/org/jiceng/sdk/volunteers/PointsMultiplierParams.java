package org.jiceng.sdk.volunteers;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Objects;

/**
 * Parameters of {@link PointsService#createMultiplier} and {@link PointsService#updateMultiplier}.
 * Required: {@code name}, {@code percent}.
 */
public final class PointsMultiplierParams {
    @JsonProperty("name")
    private final String name;
    @JsonProperty("percent")
    private final Integer percent;

    private PointsMultiplierParams(Builder b) {
        this.name = Objects.requireNonNull(b.name, "name is required");
        this.percent = Objects.requireNonNull(b.percent, "percent is required");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** e.g. 节假日 */
    public String name() {
        return name;
    }

    /** 1-1000; 200 doubles the points. */
    public Integer percent() {
        return percent;
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.percent = percent;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PointsMultiplierParams)) {
            return false;
        }
        PointsMultiplierParams other = (PointsMultiplierParams) o;
        return Objects.equals(name, other.name)
                && Objects.equals(percent, other.percent);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, percent);
    }

    /** Builder of {@link PointsMultiplierParams}. */
    public static final class Builder {
        private String name;
        private Integer percent;

        private Builder() {
        }

        /** e.g. 节假日 */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** 1-1000; 200 doubles the points. */
        public Builder percent(Integer percent) {
            this.percent = percent;
            return this;
        }

        public PointsMultiplierParams build() {
            return new PointsMultiplierParams(this);
        }
    }
}
