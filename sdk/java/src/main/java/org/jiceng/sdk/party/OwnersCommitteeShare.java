package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/**
 * Party members among an owners' committee's seats and candidates; the 30 % target is reported, never enforced.
 * Immutable.
 */
public final class OwnersCommitteeShare {
    @JsonProperty("bodyId") private String bodyId;
    @JsonProperty("name") private String name;
    @JsonProperty("seated") private long seated;
    @JsonProperty("seatedPartyMembers") private long seatedPartyMembers;
    @JsonProperty("partyShare") private Double partyShare;
    @JsonProperty("candidates") private long candidates;
    @JsonProperty("candidatePartyMembers") private long candidatePartyMembers;
    @JsonProperty("candidatePartyShare") private Double candidatePartyShare;
    @JsonProperty("meetsTarget") private boolean meetsTarget;
    @JsonProperty("candidatesMeetTarget") private boolean candidatesMeetTarget;
    @JsonProperty("chairIsSecretary") private boolean chairIsSecretary;

    private OwnersCommitteeShare() {
    }

    public String bodyId() { return bodyId; }
    public String name() { return name; }
    public long seated() { return seated; }
    public long seatedPartyMembers() { return seatedPartyMembers; }
    public Optional<Double> partyShare() { return Optional.ofNullable(partyShare); }
    public long candidates() { return candidates; }
    public long candidatePartyMembers() { return candidatePartyMembers; }
    public Optional<Double> candidatePartyShare() { return Optional.ofNullable(candidatePartyShare); }
    /** Party share of the seats ≥ 30 %. */
    public boolean meetsTarget() { return meetsTarget; }
    /** Party share of the candidates ≥ 30 %. */
    public boolean candidatesMeetTarget() { return candidatesMeetTarget; }
    /** The chair is a serving Party secretary (一肩挑). */
    public boolean chairIsSecretary() { return chairIsSecretary; }
}
