package org.jiceng.sdk.deliberation;

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
 * A seat on a council for one term, described by role and place, never by a person's name.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class CouncilMember {
    @JsonProperty("id")
    private String id;
    @JsonProperty("councilId")
    private String councilId;
    @JsonProperty("termNo")
    private int termNo;
    @JsonProperty("role")
    private CouncilRole role;
    @JsonProperty("seat")
    private String seat;
    @JsonProperty("accountSubject")
    private String accountSubject;
    @JsonProperty("householdId")
    private String householdId;
    @JsonProperty("createdAt")
    private OffsetDateTime createdAt;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private CouncilMember() {
    }

    public String id() {
        return id;
    }

    public String councilId() {
        return councilId;
    }

    public int termNo() {
        return termNo;
    }

    public CouncilRole role() {
        return role;
    }

    public String seat() {
        return seat;
    }

    /** The account the member votes through. */
    public Optional<String> accountSubject() {
        return Optional.ofNullable(accountSubject);
    }

    public Optional<String> householdId() {
        return Optional.ofNullable(householdId);
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
        return new Builder(new CouncilMember());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static CouncilMember copy(CouncilMember from) {
        CouncilMember c = new CouncilMember();
        c.id = from.id;
        c.councilId = from.councilId;
        c.termNo = from.termNo;
        c.role = from.role;
        c.seat = from.seat;
        c.accountSubject = from.accountSubject;
        c.householdId = from.householdId;
        c.createdAt = from.createdAt;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CouncilMember)) {
            return false;
        }
        CouncilMember other = (CouncilMember) o;
        return Objects.equals(id, other.id)
                && Objects.equals(councilId, other.councilId)
                && termNo == other.termNo
                && Objects.equals(role, other.role)
                && Objects.equals(seat, other.seat)
                && Objects.equals(accountSubject, other.accountSubject)
                && Objects.equals(householdId, other.householdId)
                && Objects.equals(createdAt, other.createdAt)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, councilId, termNo);
    }

    @Override
    public String toString() {
        return "CouncilMember{" + "id=" + id + ", " + "councilId=" + councilId + ", " + "termNo=" + termNo + "}";
    }

    /** Builds a {@link CouncilMember}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final CouncilMember building;

        private Builder(CouncilMember building) {
            this.building = building;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public Builder councilId(String councilId) {
            building.councilId = councilId;
            return this;
        }

        public Builder termNo(int termNo) {
            building.termNo = termNo;
            return this;
        }

        public Builder role(CouncilRole role) {
            building.role = role;
            return this;
        }

        public Builder seat(String seat) {
            building.seat = seat;
            return this;
        }

        public Builder accountSubject(String accountSubject) {
            building.accountSubject = accountSubject;
            return this;
        }

        public Builder householdId(String householdId) {
            building.householdId = householdId;
            return this;
        }

        public Builder createdAt(OffsetDateTime createdAt) {
            building.createdAt = createdAt;
            return this;
        }

        public CouncilMember build() {
            return copy(building);
        }
    }
}
