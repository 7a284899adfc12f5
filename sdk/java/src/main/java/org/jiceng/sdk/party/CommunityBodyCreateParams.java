package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Parameters of {@link CommunityBodyService#create}.
 * Required: {@code kind}, {@code name}, {@code gridId}, {@code establishedOn}.
 */
public final class CommunityBodyCreateParams {
    @JsonProperty("kind")
    private final BodyKind kind;
    @JsonProperty("name")
    private final String name;
    @JsonProperty("gridId")
    private final String gridId;
    @JsonProperty("establishedOn")
    private final LocalDate establishedOn;

    private CommunityBodyCreateParams(Builder b) {
        this.kind = Objects.requireNonNull(b.kind, "kind is required");
        this.name = Objects.requireNonNull(b.name, "name is required");
        this.gridId = Objects.requireNonNull(b.gridId, "gridId is required");
        this.establishedOn = Objects.requireNonNull(b.establishedOn, "establishedOn is required");
    }

    public static Builder builder() {
        return new Builder();
    }

    public BodyKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    /** The grid node it serves. */
    public String gridId() {
        return gridId;
    }

    public LocalDate establishedOn() {
        return establishedOn;
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.kind = kind;
        b.name = name;
        b.gridId = gridId;
        b.establishedOn = establishedOn;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CommunityBodyCreateParams)) {
            return false;
        }
        CommunityBodyCreateParams other = (CommunityBodyCreateParams) o;
        return Objects.equals(kind, other.kind)
                && Objects.equals(name, other.name)
                && Objects.equals(gridId, other.gridId)
                && Objects.equals(establishedOn, other.establishedOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, name, gridId, establishedOn);
    }

    /** Builder of {@link CommunityBodyCreateParams}. */
    public static final class Builder {
        private BodyKind kind;
        private String name;
        private String gridId;
        private LocalDate establishedOn;

        private Builder() {
        }

        public Builder kind(BodyKind kind) {
            this.kind = kind;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** The grid node it serves. */
        public Builder gridId(String gridId) {
            this.gridId = gridId;
            return this;
        }

        public Builder establishedOn(LocalDate establishedOn) {
            this.establishedOn = establishedOn;
            return this;
        }

        public CommunityBodyCreateParams build() {
            return new CommunityBodyCreateParams(this);
        }
    }
}
