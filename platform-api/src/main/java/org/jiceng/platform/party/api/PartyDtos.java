package org.jiceng.platform.party.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** The JSON shapes of Party organisations and members. */
public final class PartyDtos {
    private PartyDtos() {
    }

    @Schema(name = "PartyOrganizationCreate")
    public record OrganizationRequest(String parentId,
                                      @Schema(enumeration = {"COMMITTEE", "WORKING_COMMITTEE", "GENERAL_BRANCH",
                                              "BRANCH", "GROUP", "TEMPORARY_BRANCH"}) String type,
                                      @Schema(example = "芙蓉南路社区党委") String name,
                                      @Schema(enumeration = {"COMMUNITY", "COMPOUND", "GRID", "PROPERTY_COMPANY",
                                              "ENTERPRISE", "SOCIAL_ORGANISATION", "INSTITUTION", "STREET"})
                                      String hostKind,
                                      LocalDate establishedOn,
                                      @Schema(description = "A temporary branch's purpose") String purpose,
                                      @Schema(description = "A temporary branch's end date") LocalDate endsOn) {
    }

    @Schema(name = "PartyOrganization")
    public record OrganizationDto(String id, String parentId, String type, String name, String hostKind,
                                  String purpose, LocalDate endsOn, LocalDate establishedOn, LocalDate dissolvedOn) {
    }

    @Schema(name = "PartyMemberAdmit")
    public record MemberRequest(String organizationId, String name, String phone,
                                @Schema(description = "18-character resident ID number") String idNumber,
                                @Schema(enumeration = {"FULL", "PROBATIONARY"}) String status,
                                @Schema(enumeration = {"REGISTERED", "IN_SERVICE_REPORTED", "MOBILE"}) String kind,
                                LocalDate joinedOn) {
    }

    @Schema(name = "PartyCoverage")
    public record CoverageDto(java.util.List<String> gridIds) {
    }

    @Schema(name = "PartyStats")
    public record StatsDto(java.util.Map<String, Long> organizationsByType, java.util.Map<String, Long> membersByKind,
                           long compounds, long compoundsCovered, Double compoundCoverage, long grids,
                           long gridsCovered, Double gridCoverage) {
    }

    @Schema(name = "PartyMember")
    public record MemberDto(String id, String organizationId,
                            @Schema(description = "Masked unless the caller has pii:read") String name, String phone,
                            String idNumber, boolean masked, String status, String kind, LocalDate joinedOn) {
    }
}
