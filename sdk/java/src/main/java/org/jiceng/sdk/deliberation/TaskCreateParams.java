package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A task for {@link TopicService#addTask}.
 * Required: {@code title}, {@code ownerKind}, {@code ownerId}, {@code dueOn}.
 */
public final class TaskCreateParams {
    @JsonProperty("title")
    private final String title;
    @JsonProperty("ownerKind")
    private final UnitKind ownerKind;
    @JsonProperty("ownerId")
    private final String ownerId;
    @JsonProperty("dueOn")
    private final LocalDate dueOn;
    @JsonProperty("links")
    private final List<TaskLink> links;

    private TaskCreateParams(Builder b) {
        this.title = Objects.requireNonNull(b.title, "title is required");
        this.ownerKind = Objects.requireNonNull(b.ownerKind, "ownerKind is required");
        this.ownerId = Objects.requireNonNull(b.ownerId, "ownerId is required");
        this.dueOn = Objects.requireNonNull(b.dueOn, "dueOn is required");
        this.links = b.links == null ? null : List.copyOf(b.links);
    }

    public static Builder builder() {
        return new Builder();
    }

    public String title() {
        return title;
    }

    public UnitKind ownerKind() {
        return ownerKind;
    }

    public String ownerId() {
        return ownerId;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Optional<List<TaskLink>> links() {
        return Optional.ofNullable(links);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.title = title;
        b.ownerKind = ownerKind;
        b.ownerId = ownerId;
        b.dueOn = dueOn;
        b.links = links;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof TaskCreateParams)) {
            return false;
        }
        TaskCreateParams other = (TaskCreateParams) o;
        return Objects.equals(title, other.title)
                && Objects.equals(ownerKind, other.ownerKind)
                && Objects.equals(ownerId, other.ownerId)
                && Objects.equals(dueOn, other.dueOn)
                && Objects.equals(links, other.links);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, ownerKind, ownerId, dueOn, links);
    }

    /** Builder of {@link TaskCreateParams}. */
    public static final class Builder {
        private String title;
        private UnitKind ownerKind;
        private String ownerId;
        private LocalDate dueOn;
        private List<TaskLink> links;

        private Builder() {
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder ownerKind(UnitKind ownerKind) {
            this.ownerKind = ownerKind;
            return this;
        }

        public Builder ownerId(String ownerId) {
            this.ownerId = ownerId;
            return this;
        }

        public Builder dueOn(LocalDate dueOn) {
            this.dueOn = dueOn;
            return this;
        }

        public Builder links(List<TaskLink> links) {
            this.links = links;
            return this;
        }

        public TaskCreateParams build() {
            return new TaskCreateParams(this);
        }
    }
}
