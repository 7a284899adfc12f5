package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The numbers behind a closed vote's outcome; areas (m²) only under the owners' rules.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class Tally {
    @JsonProperty("entitled")
    private int entitled;
    @JsonProperty("entitledArea")
    private BigDecimal entitledArea;
    @JsonProperty("yes")
    private int yes;
    @JsonProperty("no")
    private int no;
    @JsonProperty("abstain")
    private int abstain;
    @JsonProperty("cast")
    private int cast;
    @JsonProperty("yesArea")
    private BigDecimal yesArea;
    @JsonProperty("noArea")
    private BigDecimal noArea;
    @JsonProperty("abstainArea")
    private BigDecimal abstainArea;
    @JsonProperty("castArea")
    private BigDecimal castArea;
    @JsonProperty("quorate")
    private boolean quorate;
    @JsonProperty("passed")
    private boolean passed;
    @JsonProperty("figures")
    private String figures;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private Tally() {
    }

    public int entitled() {
        return entitled;
    }

    public Optional<BigDecimal> entitledArea() {
        return Optional.ofNullable(entitledArea);
    }

    public int yes() {
        return yes;
    }

    public int no() {
        return no;
    }

    public int abstain() {
        return abstain;
    }

    public int cast() {
        return cast;
    }

    public Optional<BigDecimal> yesArea() {
        return Optional.ofNullable(yesArea);
    }

    public Optional<BigDecimal> noArea() {
        return Optional.ofNullable(noArea);
    }

    public Optional<BigDecimal> abstainArea() {
        return Optional.ofNullable(abstainArea);
    }

    public Optional<BigDecimal> castArea() {
        return Optional.ofNullable(castArea);
    }

    public boolean quorate() {
        return quorate;
    }

    public boolean passed() {
        return passed;
    }

    /** The figures in words. */
    public String figures() {
        return figures;
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
        return new Builder(new Tally());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static Tally copy(Tally from) {
        Tally c = new Tally();
        c.entitled = from.entitled;
        c.entitledArea = from.entitledArea;
        c.yes = from.yes;
        c.no = from.no;
        c.abstain = from.abstain;
        c.cast = from.cast;
        c.yesArea = from.yesArea;
        c.noArea = from.noArea;
        c.abstainArea = from.abstainArea;
        c.castArea = from.castArea;
        c.quorate = from.quorate;
        c.passed = from.passed;
        c.figures = from.figures;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Tally)) {
            return false;
        }
        Tally other = (Tally) o;
        return entitled == other.entitled
                && Objects.equals(entitledArea, other.entitledArea)
                && yes == other.yes
                && no == other.no
                && abstain == other.abstain
                && cast == other.cast
                && Objects.equals(yesArea, other.yesArea)
                && Objects.equals(noArea, other.noArea)
                && Objects.equals(abstainArea, other.abstainArea)
                && Objects.equals(castArea, other.castArea)
                && quorate == other.quorate
                && passed == other.passed
                && Objects.equals(figures, other.figures)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entitled, entitledArea, yes);
    }

    @Override
    public String toString() {
        return "Tally{" + "entitled=" + entitled + ", " + "entitledArea=" + entitledArea + ", " + "yes=" + yes + "}";
    }

    /** Builds a {@link Tally}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final Tally building;

        private Builder(Tally building) {
            this.building = building;
        }

        public Builder entitled(int entitled) {
            building.entitled = entitled;
            return this;
        }

        public Builder entitledArea(BigDecimal entitledArea) {
            building.entitledArea = entitledArea;
            return this;
        }

        public Builder yes(int yes) {
            building.yes = yes;
            return this;
        }

        public Builder no(int no) {
            building.no = no;
            return this;
        }

        public Builder abstain(int abstain) {
            building.abstain = abstain;
            return this;
        }

        public Builder cast(int cast) {
            building.cast = cast;
            return this;
        }

        public Builder yesArea(BigDecimal yesArea) {
            building.yesArea = yesArea;
            return this;
        }

        public Builder noArea(BigDecimal noArea) {
            building.noArea = noArea;
            return this;
        }

        public Builder abstainArea(BigDecimal abstainArea) {
            building.abstainArea = abstainArea;
            return this;
        }

        public Builder castArea(BigDecimal castArea) {
            building.castArea = castArea;
            return this;
        }

        public Builder quorate(boolean quorate) {
            building.quorate = quorate;
            return this;
        }

        public Builder passed(boolean passed) {
            building.passed = passed;
            return this;
        }

        public Builder figures(String figures) {
            building.figures = figures;
            return this;
        }

        public Tally build() {
            return copy(building);
        }
    }
}
