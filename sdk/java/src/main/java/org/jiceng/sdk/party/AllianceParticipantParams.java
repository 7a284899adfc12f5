package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A body joining an alliance: exactly one of the three ids. Build with {@link #builder()}; immutable. */
public final class AllianceParticipantParams {
    @JsonProperty("partyOrganizationId") private final String partyOrganizationId;
    @JsonProperty("bodyId") private final String bodyId;
    @JsonProperty("departmentId") private final String departmentId;
    @JsonProperty("lead") private final Boolean lead;

    private AllianceParticipantParams(Builder b) {
        this.partyOrganizationId = b.partyOrganizationId;
        this.bodyId = b.bodyId;
        this.departmentId = b.departmentId;
        this.lead = b.lead;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().partyOrganizationId(partyOrganizationId).bodyId(bodyId).departmentId(departmentId)
                .lead(lead);
    }

    public String partyOrganizationId() { return partyOrganizationId; }
    public String bodyId() { return bodyId; }
    public String departmentId() { return departmentId; }
    public Boolean lead() { return lead; }

    /** Builder of {@link AllianceParticipantParams}; every field is optional. */
    public static final class Builder {
        private String partyOrganizationId;
        private String bodyId;
        private String departmentId;
        private Boolean lead;

        private Builder() {
        }

        public Builder partyOrganizationId(String partyOrganizationId) {
            this.partyOrganizationId = partyOrganizationId;
            return this;
        }

        public Builder bodyId(String bodyId) {
            this.bodyId = bodyId;
            return this;
        }

        public Builder departmentId(String departmentId) {
            this.departmentId = departmentId;
            return this;
        }

        public Builder lead(Boolean lead) {
            this.lead = lead;
            return this;
        }

        public AllianceParticipantParams build() {
            return new AllianceParticipantParams(this);
        }
    }
}
