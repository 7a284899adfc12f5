package org.jiceng.sdk.volunteers;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@link VolunteerTeamService#create}.
 * Required: {@code name}, {@code serviceArea}, {@code gridId}.
 */
public final class VolunteerTeamCreateParams {
    @JsonProperty("name")
    private final String name;
    @JsonProperty("serviceArea")
    private final ServiceArea serviceArea;
    @JsonProperty("gridId")
    private final String gridId;
    @JsonProperty("leaderId")
    private final String leaderId;

    private VolunteerTeamCreateParams(Builder b) {
        this.name = Objects.requireNonNull(b.name, "name is required");
        this.serviceArea = Objects.requireNonNull(b.serviceArea, "serviceArea is required");
        this.gridId = Objects.requireNonNull(b.gridId, "gridId is required");
        this.leaderId = b.leaderId;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String name() {
        return name;
    }

    public ServiceArea serviceArea() {
        return serviceArea;
    }

    public String gridId() {
        return gridId;
    }

    /** A volunteer, who becomes the team's first member. */
    public Optional<String> leaderId() {
        return Optional.ofNullable(leaderId);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.serviceArea = serviceArea;
        b.gridId = gridId;
        b.leaderId = leaderId;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof VolunteerTeamCreateParams)) {
            return false;
        }
        VolunteerTeamCreateParams other = (VolunteerTeamCreateParams) o;
        return Objects.equals(name, other.name)
                && Objects.equals(serviceArea, other.serviceArea)
                && Objects.equals(gridId, other.gridId)
                && Objects.equals(leaderId, other.leaderId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, serviceArea, gridId, leaderId);
    }

    /** Builder of {@link VolunteerTeamCreateParams}. */
    public static final class Builder {
        private String name;
        private ServiceArea serviceArea;
        private String gridId;
        private String leaderId;

        private Builder() {
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder serviceArea(ServiceArea serviceArea) {
            this.serviceArea = serviceArea;
            return this;
        }

        public Builder gridId(String gridId) {
            this.gridId = gridId;
            return this;
        }

        /** A volunteer, who becomes the team's first member. */
        public Builder leaderId(String leaderId) {
            this.leaderId = leaderId;
            return this;
        }

        public VolunteerTeamCreateParams build() {
            return new VolunteerTeamCreateParams(this);
        }
    }
}
