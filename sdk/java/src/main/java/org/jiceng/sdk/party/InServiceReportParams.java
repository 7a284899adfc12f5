package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An in-service report: a member of this tenant by {@code memberId}, or a reporter from outside it by name, phone, ID
 * number, status and join date. Build with {@link #builder()}; immutable.
 */
public final class InServiceReportParams {
    @JsonProperty("organizationId") private final String organizationId;
    @JsonProperty("memberId") private final String memberId;
    @JsonProperty("name") private final String name;
    @JsonProperty("phone") private final String phone;
    @JsonProperty("idNumber") private final String idNumber;
    @JsonProperty("status") private final MemberStatus status;
    @JsonProperty("joinedOn") private final LocalDate joinedOn;
    @JsonProperty("employer") private final String employer;
    @JsonProperty("employerOrganization") private final String employerOrganization;
    @JsonProperty("reportedOn") private final LocalDate reportedOn;

    private InServiceReportParams(Builder b) {
        this.organizationId = Objects.requireNonNull(b.organizationId, "organizationId");
        this.memberId = b.memberId;
        this.name = b.name;
        this.phone = b.phone;
        this.idNumber = b.idNumber;
        this.status = b.status;
        this.joinedOn = b.joinedOn;
        this.employer = Objects.requireNonNull(b.employer, "employer");
        this.employerOrganization = b.employerOrganization;
        this.reportedOn = Objects.requireNonNull(b.reportedOn, "reportedOn");
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().organizationId(organizationId).memberId(memberId).name(name).phone(phone)
                .idNumber(idNumber).status(status).joinedOn(joinedOn).employer(employer)
                .employerOrganization(employerOrganization).reportedOn(reportedOn);
    }

    public String organizationId() { return organizationId; }
    public String memberId() { return memberId; }
    public String name() { return name; }
    public String phone() { return phone; }
    public String idNumber() { return idNumber; }
    public MemberStatus status() { return status; }
    public LocalDate joinedOn() { return joinedOn; }
    public String employer() { return employer; }
    public String employerOrganization() { return employerOrganization; }
    public LocalDate reportedOn() { return reportedOn; }

    /**
     * Builder of {@link InServiceReportParams}; {@code organizationId}, {@code employer}, {@code reportedOn} are
     * required.
     */
    public static final class Builder {
        private String organizationId;
        private String memberId;
        private String name;
        private String phone;
        private String idNumber;
        private MemberStatus status;
        private LocalDate joinedOn;
        private String employer;
        private String employerOrganization;
        private LocalDate reportedOn;

        private Builder() {
        }

        /** The community organisation reported to. */
        public Builder organizationId(String organizationId) {
            this.organizationId = organizationId;
            return this;
        }

        public Builder memberId(String memberId) {
            this.memberId = memberId;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder phone(String phone) {
            this.phone = phone;
            return this;
        }

        public Builder idNumber(String idNumber) {
            this.idNumber = idNumber;
            return this;
        }

        /** FULL (default) or PROBATIONARY. */
        public Builder status(MemberStatus status) {
            this.status = status;
            return this;
        }

        public Builder joinedOn(LocalDate joinedOn) {
            this.joinedOn = joinedOn;
            return this;
        }

        public Builder employer(String employer) {
            this.employer = employer;
            return this;
        }

        public Builder employerOrganization(String employerOrganization) {
            this.employerOrganization = employerOrganization;
            return this;
        }

        public Builder reportedOn(LocalDate reportedOn) {
            this.reportedOn = reportedOn;
            return this;
        }

        public InServiceReportParams build() {
            return new InServiceReportParams(this);
        }
    }
}
