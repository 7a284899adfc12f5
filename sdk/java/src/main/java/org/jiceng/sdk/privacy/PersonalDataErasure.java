package org.jiceng.sdk.privacy;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an erasure anonymised: per record family, how many records.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class PersonalDataErasure {
    @JsonProperty("erased")
    private Map<String,Integer> erased;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private PersonalDataErasure() {
    }

    /** Records anonymised per family ({@code cases}, {@code volunteers}, {@code partyMembers} …). */
    public Map<String,Integer> erased() {
        return erased;
    }

    /** Records anonymised in every family together. */
    public int total() {
        return erased == null ? 0 : erased.values().stream().mapToInt(Integer::intValue).sum();
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
        return new Builder(new PersonalDataErasure());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static PersonalDataErasure copy(PersonalDataErasure from) {
        PersonalDataErasure c = new PersonalDataErasure();
        c.erased = from.erased;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PersonalDataErasure)) {
            return false;
        }
        PersonalDataErasure other = (PersonalDataErasure) o;
        return Objects.equals(erased, other.erased)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(erased);
    }

    @Override
    public String toString() {
        return "PersonalDataErasure{" + "erased=" + erased + "}";
    }

    /** Builds a {@link PersonalDataErasure}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final PersonalDataErasure building;

        private Builder(PersonalDataErasure building) {
            this.building = building;
        }

        public Builder erased(Map<String,Integer> erased) {
            building.erased = erased;
            return this;
        }

        public PersonalDataErasure build() {
            return copy(building);
        }
    }


}
