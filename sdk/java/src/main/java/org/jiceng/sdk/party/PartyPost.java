package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A post held in a Party organisation (SECRETARY, COMMITTEE_MEMBER, GROUP_LEADER …).
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class PartyPost {
    @JsonProperty("id")
    private String id;
    @JsonProperty("organizationId")
    private String organizationId;
    @JsonProperty("memberId")
    private String memberId;
    @JsonProperty("title")
    private PostTitle title;
    @JsonProperty("startedOn")
    private LocalDate startedOn;
    @JsonProperty("endedOn")
    private LocalDate endedOn;
    @JsonProperty("version")
    private long version;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private PartyPost() {
    }

    public String id() {
        return id;
    }

    public String organizationId() {
        return organizationId;
    }

    public String memberId() {
        return memberId;
    }

    public PostTitle title() {
        return title;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public Optional<LocalDate> endedOn() {
        return Optional.ofNullable(endedOn);
    }

    public long version() {
        return version;
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
        return new Builder(new PartyPost());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static PartyPost copy(PartyPost from) {
        PartyPost c = new PartyPost();
        c.id = from.id;
        c.organizationId = from.organizationId;
        c.memberId = from.memberId;
        c.title = from.title;
        c.startedOn = from.startedOn;
        c.endedOn = from.endedOn;
        c.version = from.version;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PartyPost)) {
            return false;
        }
        PartyPost other = (PartyPost) o;
        return Objects.equals(id, other.id)
                && Objects.equals(organizationId, other.organizationId)
                && Objects.equals(memberId, other.memberId)
                && Objects.equals(title, other.title)
                && Objects.equals(startedOn, other.startedOn)
                && Objects.equals(endedOn, other.endedOn)
                && version == other.version
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, organizationId, memberId);
    }

    @Override
    public String toString() {
        return "PartyPost{" + "id=" + id + ", " + "organizationId=" + organizationId + ", " + "memberId=" + memberId + ", " + "title=" + title + "}";
    }

    /** Builds a {@link PartyPost}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final PartyPost building;

        private Builder(PartyPost building) {
            this.building = building;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public Builder organizationId(String organizationId) {
            building.organizationId = organizationId;
            return this;
        }

        public Builder memberId(String memberId) {
            building.memberId = memberId;
            return this;
        }

        public Builder title(PostTitle title) {
            building.title = title;
            return this;
        }

        public Builder startedOn(LocalDate startedOn) {
            building.startedOn = startedOn;
            return this;
        }

        public Builder endedOn(LocalDate endedOn) {
            building.endedOn = endedOn;
            return this;
        }

        public Builder version(long version) {
            building.version = version;
            return this;
        }

        public PartyPost build() {
            return copy(building);
        }
    }
}
