package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A member's posts in Party organisations and seats held concurrently in other bodies.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class MemberPosts {
    @JsonProperty("partyPosts")
    private List<PartyPost> partyPosts;
    @JsonProperty("bodySeats")
    private List<BodySeat> bodySeats;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private MemberPosts() {
    }

    public List<PartyPost> partyPosts() {
        return partyPosts;
    }

    public List<BodySeat> bodySeats() {
        return bodySeats;
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
        return new Builder(new MemberPosts());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static MemberPosts copy(MemberPosts from) {
        MemberPosts c = new MemberPosts();
        c.partyPosts = from.partyPosts;
        c.bodySeats = from.bodySeats;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof MemberPosts)) {
            return false;
        }
        MemberPosts other = (MemberPosts) o;
        return Objects.equals(partyPosts, other.partyPosts)
                && Objects.equals(bodySeats, other.bodySeats)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(partyPosts, bodySeats);
    }

    @Override
    public String toString() {
        return "MemberPosts{" + "partyPosts=" + partyPosts + ", " + "bodySeats=" + bodySeats + "}";
    }

    /** Builds a {@link MemberPosts}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final MemberPosts building;

        private Builder(MemberPosts building) {
            this.building = building;
        }

        public Builder partyPosts(List<PartyPost> partyPosts) {
            building.partyPosts = partyPosts == null ? null : List.copyOf(partyPosts);
            return this;
        }

        public Builder bodySeats(List<BodySeat> bodySeats) {
            building.bodySeats = bodySeats == null ? null : List.copyOf(bodySeats);
            return this;
        }

        public MemberPosts build() {
            return copy(building);
        }
    }
}
