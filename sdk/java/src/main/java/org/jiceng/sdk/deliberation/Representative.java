package org.jiceng.sdk.deliberation;

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
 * 居民小组代表: a residents' group representative.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class Representative {
    @JsonProperty("id")
    private String id;
    @JsonProperty("gridId")
    private String gridId;
    @JsonProperty("accountSubject")
    private String accountSubject;
    @JsonProperty("householdId")
    private String householdId;
    @JsonProperty("sinceOn")
    private LocalDate sinceOn;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private Representative() {
    }

    public String id() {
        return id;
    }

    /** The residents' group. */
    public String gridId() {
        return gridId;
    }

    public String accountSubject() {
        return accountSubject;
    }

    public Optional<String> householdId() {
        return Optional.ofNullable(householdId);
    }

    public LocalDate sinceOn() {
        return sinceOn;
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
        return new Builder(new Representative());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static Representative copy(Representative from) {
        Representative c = new Representative();
        c.id = from.id;
        c.gridId = from.gridId;
        c.accountSubject = from.accountSubject;
        c.householdId = from.householdId;
        c.sinceOn = from.sinceOn;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Representative)) {
            return false;
        }
        Representative other = (Representative) o;
        return Objects.equals(id, other.id)
                && Objects.equals(gridId, other.gridId)
                && Objects.equals(accountSubject, other.accountSubject)
                && Objects.equals(householdId, other.householdId)
                && Objects.equals(sinceOn, other.sinceOn)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, gridId, accountSubject);
    }

    @Override
    public String toString() {
        return "Representative{" + "id=" + id + ", " + "gridId=" + gridId + ", " + "accountSubject=" + accountSubject + "}";
    }

    /** Builds a {@link Representative}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final Representative building;

        private Builder(Representative building) {
            this.building = building;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public Builder gridId(String gridId) {
            building.gridId = gridId;
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

        public Builder sinceOn(LocalDate sinceOn) {
            building.sinceOn = sinceOn;
            return this;
        }

        public Representative build() {
            return copy(building);
        }
    }
}
