package org.jiceng.sdk.volunteers;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * 微心愿: a resident's small wish, claimed and fulfilled by a volunteer; the volunteer's points come when the resident confirms.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class Wish {
    @JsonProperty("id")
    private String id;
    @JsonProperty("title")
    private String title;
    @JsonProperty("description")
    private String description;
    @JsonProperty("gridId")
    private String gridId;
    @JsonProperty("residentSubject")
    private String residentSubject;
    @JsonProperty("points")
    private int points;
    @JsonProperty("status")
    private WishStatus status;
    @JsonProperty("volunteerId")
    private String volunteerId;
    @JsonProperty("claimedAt")
    private OffsetDateTime claimedAt;
    @JsonProperty("fulfilledAt")
    private OffsetDateTime fulfilledAt;
    @JsonProperty("confirmedAt")
    private OffsetDateTime confirmedAt;
    @JsonProperty("version")
    private long version;
    @JsonProperty("createdAt")
    private OffsetDateTime createdAt;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private Wish() {
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String gridId() {
        return gridId;
    }

    public String residentSubject() {
        return residentSubject;
    }

    /** Points the volunteer earns when the resident confirms. */
    public int points() {
        return points;
    }

    public WishStatus status() {
        return status;
    }

    /** The volunteer who claimed it. */
    public Optional<String> volunteerId() {
        return Optional.ofNullable(volunteerId);
    }

    public Optional<OffsetDateTime> claimedAt() {
        return Optional.ofNullable(claimedAt);
    }

    public Optional<OffsetDateTime> fulfilledAt() {
        return Optional.ofNullable(fulfilledAt);
    }

    public Optional<OffsetDateTime> confirmedAt() {
        return Optional.ofNullable(confirmedAt);
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
        return new Builder(new Wish());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static Wish copy(Wish from) {
        Wish c = new Wish();
        c.id = from.id;
        c.title = from.title;
        c.description = from.description;
        c.gridId = from.gridId;
        c.residentSubject = from.residentSubject;
        c.points = from.points;
        c.status = from.status;
        c.volunteerId = from.volunteerId;
        c.claimedAt = from.claimedAt;
        c.fulfilledAt = from.fulfilledAt;
        c.confirmedAt = from.confirmedAt;
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
        if (!(o instanceof Wish)) {
            return false;
        }
        Wish other = (Wish) o;
        return Objects.equals(id, other.id)
                && Objects.equals(title, other.title)
                && Objects.equals(description, other.description)
                && Objects.equals(gridId, other.gridId)
                && Objects.equals(residentSubject, other.residentSubject)
                && points == other.points
                && Objects.equals(status, other.status)
                && Objects.equals(volunteerId, other.volunteerId)
                && Objects.equals(claimedAt, other.claimedAt)
                && Objects.equals(fulfilledAt, other.fulfilledAt)
                && Objects.equals(confirmedAt, other.confirmedAt)
                && version == other.version
                && Objects.equals(createdAt, other.createdAt)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, title, description);
    }

    @Override
    public String toString() {
        return "Wish{" + "id=" + id + ", " + "title=" + title + ", " + "description=" + description + ", " + "gridId=" + gridId + "}";
    }

    /** Builds a {@link Wish}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final Wish building;

        private Builder(Wish building) {
            this.building = building;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public Builder title(String title) {
            building.title = title;
            return this;
        }

        public Builder description(String description) {
            building.description = description;
            return this;
        }

        public Builder gridId(String gridId) {
            building.gridId = gridId;
            return this;
        }

        public Builder residentSubject(String residentSubject) {
            building.residentSubject = residentSubject;
            return this;
        }

        public Builder points(int points) {
            building.points = points;
            return this;
        }

        public Builder status(WishStatus status) {
            building.status = status;
            return this;
        }

        public Builder volunteerId(String volunteerId) {
            building.volunteerId = volunteerId;
            return this;
        }

        public Builder claimedAt(OffsetDateTime claimedAt) {
            building.claimedAt = claimedAt;
            return this;
        }

        public Builder fulfilledAt(OffsetDateTime fulfilledAt) {
            building.fulfilledAt = fulfilledAt;
            return this;
        }

        public Builder confirmedAt(OffsetDateTime confirmedAt) {
            building.confirmedAt = confirmedAt;
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

        public Wish build() {
            return copy(building);
        }
    }
}
