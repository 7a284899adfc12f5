package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@link TopicService#propose}.
 * Required: {@code councilId}, {@code title}, {@code description}.
 */
public final class TopicProposeParams {
    @JsonProperty("councilId")
    private final String councilId;
    @JsonProperty("gridId")
    private final String gridId;
    @JsonProperty("title")
    private final String title;
    @JsonProperty("description")
    private final String description;
    @JsonProperty("origin")
    private final TopicOrigin origin;
    @JsonProperty("originRef")
    private final String originRef;
    @JsonProperty("major")
    private final Boolean major;
    @JsonProperty("partyOrganizationId")
    private final String partyOrganizationId;
    @JsonProperty("amendsTopicId")
    private final String amendsTopicId;

    private TopicProposeParams(Builder b) {
        this.councilId = Objects.requireNonNull(b.councilId, "councilId is required");
        this.gridId = b.gridId;
        this.title = Objects.requireNonNull(b.title, "title is required");
        this.description = Objects.requireNonNull(b.description, "description is required");
        this.origin = b.origin;
        this.originRef = b.originRef;
        this.major = b.major;
        this.partyOrganizationId = b.partyOrganizationId;
        this.amendsTopicId = b.amendsTopicId;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String councilId() {
        return councilId;
    }

    /** The venue, within the council's node (default: the council's). */
    public Optional<String> gridId() {
        return Optional.ofNullable(gridId);
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /** Default RESIDENT; staff name any. */
    public Optional<TopicOrigin> origin() {
        return Optional.ofNullable(origin);
    }

    /** The case's id for CASE. */
    public Optional<String> originRef() {
        return Optional.ofNullable(originRef);
    }

    public Optional<Boolean> major() {
        return Optional.ofNullable(major);
    }

    /** Required for a major matter. */
    public Optional<String> partyOrganizationId() {
        return Optional.ofNullable(partyOrganizationId);
    }

    /** A convention in force this topic revises. */
    public Optional<String> amendsTopicId() {
        return Optional.ofNullable(amendsTopicId);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.councilId = councilId;
        b.gridId = gridId;
        b.title = title;
        b.description = description;
        b.origin = origin;
        b.originRef = originRef;
        b.major = major;
        b.partyOrganizationId = partyOrganizationId;
        b.amendsTopicId = amendsTopicId;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof TopicProposeParams)) {
            return false;
        }
        TopicProposeParams other = (TopicProposeParams) o;
        return Objects.equals(councilId, other.councilId)
                && Objects.equals(gridId, other.gridId)
                && Objects.equals(title, other.title)
                && Objects.equals(description, other.description)
                && Objects.equals(origin, other.origin)
                && Objects.equals(originRef, other.originRef)
                && Objects.equals(major, other.major)
                && Objects.equals(partyOrganizationId, other.partyOrganizationId)
                && Objects.equals(amendsTopicId, other.amendsTopicId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(councilId, gridId, title, description, origin, originRef, major, partyOrganizationId, amendsTopicId);
    }

    /** Builder of {@link TopicProposeParams}. */
    public static final class Builder {
        private String councilId;
        private String gridId;
        private String title;
        private String description;
        private TopicOrigin origin;
        private String originRef;
        private Boolean major;
        private String partyOrganizationId;
        private String amendsTopicId;

        private Builder() {
        }

        public Builder councilId(String councilId) {
            this.councilId = councilId;
            return this;
        }

        /** The venue, within the council's node (default: the council's). */
        public Builder gridId(String gridId) {
            this.gridId = gridId;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** Default RESIDENT; staff name any. */
        public Builder origin(TopicOrigin origin) {
            this.origin = origin;
            return this;
        }

        /** The case's id for CASE. */
        public Builder originRef(String originRef) {
            this.originRef = originRef;
            return this;
        }

        public Builder major(Boolean major) {
            this.major = major;
            return this;
        }

        /** Required for a major matter. */
        public Builder partyOrganizationId(String partyOrganizationId) {
            this.partyOrganizationId = partyOrganizationId;
            return this;
        }

        /** A convention in force this topic revises. */
        public Builder amendsTopicId(String amendsTopicId) {
            this.amendsTopicId = amendsTopicId;
            return this;
        }

        public TopicProposeParams build() {
            return new TopicProposeParams(this);
        }
    }
}
