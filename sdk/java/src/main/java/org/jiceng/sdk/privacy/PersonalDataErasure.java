package org.jiceng.sdk.privacy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Map;

/** How many records of each family an erasure anonymised. Immutable. */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class PersonalDataErasure {
    @JsonProperty("erased")
    private Map<String, Integer> erased = Map.of();

    private PersonalDataErasure() {
    }

    public Map<String, Integer> erased() {
        return erased == null ? Map.of() : Map.copyOf(erased);
    }

    /** Records anonymised in every family together. */
    public int total() {
        return erased().values().stream().mapToInt(Integer::intValue).sum();
    }
}
