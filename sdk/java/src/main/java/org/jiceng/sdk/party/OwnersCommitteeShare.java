package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Party members among an owners' committee's seats and candidates; the 30 % target is reported, never enforced.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class OwnersCommitteeShare {
    @JsonProperty("bodyId")
    private String bodyId;
    @JsonProperty("name")
    private String name;
    @JsonProperty("seated")
    private long seated;
    @JsonProperty("seatedPartyMembers")
    private long seatedPartyMembers;
    @JsonProperty("partyShare")
    private Double partyShare;
    @JsonProperty("candidates")
    private long candidates;
    @JsonProperty("candidatePartyMembers")
    private long candidatePartyMembers;
    @JsonProperty("candidatePartyShare")
    private Double candidatePartyShare;
    @JsonProperty("meetsTarget")
    private boolean meetsTarget;
    @JsonProperty("candidatesMeetTarget")
    private boolean candidatesMeetTarget;
    @JsonProperty("chairIsSecretary")
    private boolean chairIsSecretary;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private OwnersCommitteeShare() {
    }

    public String bodyId() {
        return bodyId;
    }

    public String name() {
        return name;
    }

    public long seated() {
        return seated;
    }

    public long seatedPartyMembers() {
        return seatedPartyMembers;
    }

    public Optional<Double> partyShare() {
        return Optional.ofNullable(partyShare);
    }

    public long candidates() {
        return candidates;
    }

    public long candidatePartyMembers() {
        return candidatePartyMembers;
    }

    public Optional<Double> candidatePartyShare() {
        return Optional.ofNullable(candidatePartyShare);
    }

    public boolean meetsTarget() {
        return meetsTarget;
    }

    public boolean candidatesMeetTarget() {
        return candidatesMeetTarget;
    }

    public boolean chairIsSecretary() {
        return chairIsSecretary;
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
        return new Builder(new OwnersCommitteeShare());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static OwnersCommitteeShare copy(OwnersCommitteeShare from) {
        OwnersCommitteeShare c = new OwnersCommitteeShare();
        c.bodyId = from.bodyId;
        c.name = from.name;
        c.seated = from.seated;
        c.seatedPartyMembers = from.seatedPartyMembers;
        c.partyShare = from.partyShare;
        c.candidates = from.candidates;
        c.candidatePartyMembers = from.candidatePartyMembers;
        c.candidatePartyShare = from.candidatePartyShare;
        c.meetsTarget = from.meetsTarget;
        c.candidatesMeetTarget = from.candidatesMeetTarget;
        c.chairIsSecretary = from.chairIsSecretary;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof OwnersCommitteeShare)) {
            return false;
        }
        OwnersCommitteeShare other = (OwnersCommitteeShare) o;
        return Objects.equals(bodyId, other.bodyId)
                && Objects.equals(name, other.name)
                && seated == other.seated
                && seatedPartyMembers == other.seatedPartyMembers
                && Objects.equals(partyShare, other.partyShare)
                && candidates == other.candidates
                && candidatePartyMembers == other.candidatePartyMembers
                && Objects.equals(candidatePartyShare, other.candidatePartyShare)
                && meetsTarget == other.meetsTarget
                && candidatesMeetTarget == other.candidatesMeetTarget
                && chairIsSecretary == other.chairIsSecretary
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(bodyId, name, seated);
    }

    @Override
    public String toString() {
        return "OwnersCommitteeShare{" + "bodyId=" + bodyId + ", " + "name=" + name + ", " + "seated=" + seated + ", " + "seatedPartyMembers=" + seatedPartyMembers + "}";
    }

    /** Builds a {@link OwnersCommitteeShare}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final OwnersCommitteeShare building;

        private Builder(OwnersCommitteeShare building) {
            this.building = building;
        }

        public Builder bodyId(String bodyId) {
            building.bodyId = bodyId;
            return this;
        }

        public Builder name(String name) {
            building.name = name;
            return this;
        }

        public Builder seated(long seated) {
            building.seated = seated;
            return this;
        }

        public Builder seatedPartyMembers(long seatedPartyMembers) {
            building.seatedPartyMembers = seatedPartyMembers;
            return this;
        }

        public Builder partyShare(Double partyShare) {
            building.partyShare = partyShare;
            return this;
        }

        public Builder candidates(long candidates) {
            building.candidates = candidates;
            return this;
        }

        public Builder candidatePartyMembers(long candidatePartyMembers) {
            building.candidatePartyMembers = candidatePartyMembers;
            return this;
        }

        public Builder candidatePartyShare(Double candidatePartyShare) {
            building.candidatePartyShare = candidatePartyShare;
            return this;
        }

        public Builder meetsTarget(boolean meetsTarget) {
            building.meetsTarget = meetsTarget;
            return this;
        }

        public Builder candidatesMeetTarget(boolean candidatesMeetTarget) {
            building.candidatesMeetTarget = candidatesMeetTarget;
            return this;
        }

        public Builder chairIsSecretary(boolean chairIsSecretary) {
            building.chairIsSecretary = chairIsSecretary;
            return this;
        }

        public OwnersCommitteeShare build() {
            return copy(building);
        }
    }
}
