package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** An alliance to form, of two or more participants. Build with {@link #builder()}; immutable. */
public final class AllianceParams {
    @JsonProperty("name") private final String name;
    @JsonProperty("gridId") private final String gridId;
    @JsonProperty("establishedOn") private final LocalDate establishedOn;
    @JsonProperty("participants") private final List<AllianceParticipantParams> participants;

    private AllianceParams(Builder b) {
        this.name = Objects.requireNonNull(b.name, "name");
        this.gridId = Objects.requireNonNull(b.gridId, "gridId");
        this.establishedOn = Objects.requireNonNull(b.establishedOn, "establishedOn");
        this.participants = Objects.requireNonNull(b.participants, "participants");
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().name(name).gridId(gridId).establishedOn(establishedOn).participants(participants);
    }

    public String name() { return name; }
    public String gridId() { return gridId; }
    public LocalDate establishedOn() { return establishedOn; }
    public List<AllianceParticipantParams> participants() { return participants; }

    /**
     * Builder of {@link AllianceParams}; {@code name}, {@code gridId}, {@code establishedOn}, {@code participants} are
     * required.
     */
    public static final class Builder {
        private String name;
        private String gridId;
        private LocalDate establishedOn;
        private List<AllianceParticipantParams> participants;

        private Builder() {
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder gridId(String gridId) {
            this.gridId = gridId;
            return this;
        }

        public Builder establishedOn(LocalDate establishedOn) {
            this.establishedOn = establishedOn;
            return this;
        }

        public Builder participants(List<AllianceParticipantParams> participants) {
            this.participants = participants;
            return this;
        }

        public AllianceParams build() {
            return new AllianceParams(this);
        }
    }
}
