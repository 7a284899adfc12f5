package org.jiceng.sdk.lists;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@link ProjectService#plan}.
 * Required: {@code gridId}, {@code title}, {@code description}, {@code needIds}, {@code budgetFen}, {@code ownerKind}, {@code ownerId}.
 */
public final class ProjectPlanParams {
    @JsonProperty("gridId")
    private final String gridId;
    @JsonProperty("title")
    private final String title;
    @JsonProperty("description")
    private final String description;
    @JsonProperty("needIds")
    private final List<String> needIds;
    @JsonProperty("decisionTopicId")
    private final String decisionTopicId;
    @JsonProperty("resourceIds")
    private final List<String> resourceIds;
    @JsonProperty("budgetFen")
    private final Long budgetFen;
    @JsonProperty("funding")
    private final List<Funding> funding;
    @JsonProperty("ownerKind")
    private final String ownerKind;
    @JsonProperty("ownerId")
    private final String ownerId;
    @JsonProperty("longTerm")
    private final Boolean longTerm;

    private ProjectPlanParams(Builder b) {
        this.gridId = Objects.requireNonNull(b.gridId, "gridId is required");
        this.title = Objects.requireNonNull(b.title, "title is required");
        this.description = Objects.requireNonNull(b.description, "description is required");
        this.needIds = Objects.requireNonNull(b.needIds, "needIds is required");
        this.decisionTopicId = b.decisionTopicId;
        this.resourceIds = b.resourceIds == null ? null : List.copyOf(b.resourceIds);
        this.budgetFen = Objects.requireNonNull(b.budgetFen, "budgetFen is required");
        this.funding = b.funding == null ? null : List.copyOf(b.funding);
        this.ownerKind = Objects.requireNonNull(b.ownerKind, "ownerKind is required");
        this.ownerId = Objects.requireNonNull(b.ownerId, "ownerId is required");
        this.longTerm = b.longTerm;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String gridId() {
        return gridId;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /** Matched needs it answers. */
    public List<String> needIds() {
        return needIds;
    }

    /** A passed deliberation decision. */
    public Optional<String> decisionTopicId() {
        return Optional.ofNullable(decisionTopicId);
    }

    public Optional<List<String>> resourceIds() {
        return Optional.ofNullable(resourceIds);
    }

    public Long budgetFen() {
        return budgetFen;
    }

    public Optional<List<Funding>> funding() {
        return Optional.ofNullable(funding);
    }

    /** DEPARTMENT, COMMUNITY_BODY, PARTY_ORGANIZATION, VOLUNTEER_TEAM or COMMUNITY. */
    public String ownerKind() {
        return ownerKind;
    }

    public String ownerId() {
        return ownerId;
    }

    public Optional<Boolean> longTerm() {
        return Optional.ofNullable(longTerm);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.gridId = gridId;
        b.title = title;
        b.description = description;
        b.needIds = needIds;
        b.decisionTopicId = decisionTopicId;
        b.resourceIds = resourceIds;
        b.budgetFen = budgetFen;
        b.funding = funding;
        b.ownerKind = ownerKind;
        b.ownerId = ownerId;
        b.longTerm = longTerm;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ProjectPlanParams)) {
            return false;
        }
        ProjectPlanParams other = (ProjectPlanParams) o;
        return Objects.equals(gridId, other.gridId)
                && Objects.equals(title, other.title)
                && Objects.equals(description, other.description)
                && Objects.equals(needIds, other.needIds)
                && Objects.equals(decisionTopicId, other.decisionTopicId)
                && Objects.equals(resourceIds, other.resourceIds)
                && Objects.equals(budgetFen, other.budgetFen)
                && Objects.equals(funding, other.funding)
                && Objects.equals(ownerKind, other.ownerKind)
                && Objects.equals(ownerId, other.ownerId)
                && Objects.equals(longTerm, other.longTerm);
    }

    @Override
    public int hashCode() {
        return Objects.hash(gridId, title, description, needIds, decisionTopicId, resourceIds, budgetFen, funding, ownerKind, ownerId, longTerm);
    }

    /** Builder of {@link ProjectPlanParams}. */
    public static final class Builder {
        private String gridId;
        private String title;
        private String description;
        private List<String> needIds;
        private String decisionTopicId;
        private List<String> resourceIds;
        private Long budgetFen;
        private List<Funding> funding;
        private String ownerKind;
        private String ownerId;
        private Boolean longTerm;

        private Builder() {
        }

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

        /** Matched needs it answers. */
        public Builder needIds(List<String> needIds) {
            this.needIds = needIds;
            return this;
        }

        /** A passed deliberation decision. */
        public Builder decisionTopicId(String decisionTopicId) {
            this.decisionTopicId = decisionTopicId;
            return this;
        }

        public Builder resourceIds(List<String> resourceIds) {
            this.resourceIds = resourceIds;
            return this;
        }

        public Builder budgetFen(Long budgetFen) {
            this.budgetFen = budgetFen;
            return this;
        }

        public Builder funding(List<Funding> funding) {
            this.funding = funding;
            return this;
        }

        /** DEPARTMENT, COMMUNITY_BODY, PARTY_ORGANIZATION, VOLUNTEER_TEAM or COMMUNITY. */
        public Builder ownerKind(String ownerKind) {
            this.ownerKind = ownerKind;
            return this;
        }

        public Builder ownerId(String ownerId) {
            this.ownerId = ownerId;
            return this;
        }

        public Builder longTerm(Boolean longTerm) {
            this.longTerm = longTerm;
            return this;
        }

        public ProjectPlanParams build() {
            return new ProjectPlanParams(this);
        }
    }
}
