package org.jiceng.platform.party.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the Party context. */
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
                                  String purpose, LocalDate endsOn, LocalDate establishedOn, LocalDate dissolvedOn,
                                  long version) {
    }

    @Schema(name = "PartyOrganizationMove")
    public record MoveRequest(@Schema(description = "The new parent; null moves it to the top") String parentId) {
    }

    @Schema(name = "PartyDissolution")
    public record DissolveRequest(@Schema(description = "Defaults to today") LocalDate dissolvedOn) {
    }

    @Schema(name = "PartyDecision", description = "Accepting or declining a report or a transfer")
    public record DecisionRequest(@Schema(description = "Defaults to today") LocalDate decidedOn,
                                  @Schema(description = "A note on acceptance") String note,
                                  @Schema(description = "Required when declining") String reason) {
    }

    @Schema(name = "PartyMemberAdmit")
    public record MemberRequest(String organizationId, String name, String phone,
                                @Schema(description = "18-character resident ID number") String idNumber,
                                @Schema(enumeration = {"FULL", "PROBATIONARY"}) String status,
                                @Schema(enumeration = {"REGISTERED", "IN_SERVICE_REPORTED", "MOBILE"}) String kind,
                                LocalDate joinedOn) {
    }

    @Schema(name = "PartyMember")
    public record MemberDto(String id, String organizationId,
                            @Schema(description = "Masked unless the caller has pii:read") String name, String phone,
                            String idNumber, boolean masked, String status, String kind, LocalDate joinedOn,
                            String employer, String employerOrganization,
                            @Schema(description = "Set once the member transferred out of the tenant")
                            LocalDate leftOn,
                            @Schema(description = "The account (token subject) the member signs in with")
                            String accountSubject, long version) {
    }

    @Schema(name = "PartyMemberAccount")
    public record AccountRequest(@Schema(description = "Token subject of the member's account; null unlinks")
                                 String subject) {
    }

    @Schema(name = "PartyPostAppoint")
    public record PostRequest(String memberId,
                              @Schema(enumeration = {"SECRETARY", "DEPUTY_SECRETARY", "COMMITTEE_MEMBER",
                                      "ORGANISATION_COMMISSIONER", "PROPAGANDA_COMMISSIONER",
                                      "DISCIPLINE_COMMISSIONER", "GROUP_LEADER"}) String title,
                              LocalDate startedOn) {
    }

    @Schema(name = "PartyPostEnd")
    public record EndRequest(@Schema(description = "Defaults to today") LocalDate endedOn) {
    }

    @Schema(name = "PartyPost")
    public record PostDto(String id, String organizationId, String memberId, String title, LocalDate startedOn,
                          LocalDate endedOn, long version) {
    }

    @Schema(name = "PartyMemberPosts", description = "Posts in Party organisations and seats held concurrently in "
            + "other community bodies")
    public record MemberPostsDto(List<PostDto> partyPosts, List<SeatDto> bodySeats) {
    }

    @Schema(name = "PartyCoverage")
    public record CoverageDto(List<String> gridIds) {
    }

    @Schema(name = "PartyHouseholdCount")
    public record HouseholdCountDto(String memberId, long households) {
    }

    @Schema(name = "PartyMemberLinkCreate", description = "Exactly one of householdId and gridId")
    public record LinkRequest(String householdId,
                              @Schema(description = "A BUILDING, COMPOUND or GRID node: all its households")
                              String gridId,
                              LocalDate linkedOn) {
    }

    @Schema(name = "PartyMemberLink")
    public record LinkDto(String id, String memberId, String householdId, String gridId, LocalDate linkedOn,
                          long version) {
    }

    @Schema(name = "PartyReportCreate", description = "A member of this tenant by memberId, or a reporter from "
            + "outside it by name, phone, ID number, status and join date")
    public record ReportRequest(String organizationId, String memberId, String name, String phone, String idNumber,
                                @Schema(enumeration = {"FULL", "PROBATIONARY"}) String status, LocalDate joinedOn,
                                @Schema(example = "国网北京市电力公司") String employer,
                                @Schema(description = "The Party organisation at the employer")
                                String employerOrganization,
                                LocalDate reportedOn) {
    }

    @Schema(name = "PartyReport")
    public record ReportDto(String id, String organizationId, String memberId,
                            @Schema(description = "Masked unless the caller has pii:read") String name, String phone,
                            String idNumber, boolean masked, String status, LocalDate joinedOn, String employer,
                            String employerOrganization, LocalDate reportedOn,
                            @Schema(enumeration = {"REPORTED", "ACCEPTED", "DECLINED"}) String state,
                            LocalDate decidedOn, String decisionNote, long version) {
    }

    @Schema(name = "PartyTransferIssue", description = "Exactly one of toOrganizationId and destination")
    public record TransferRequest(String memberId, String toOrganizationId,
                                  @Schema(description = "An organisation outside the tenant") String destination,
                                  @Schema(description = "The transfer letter's number") String letterNumber,
                                  String reason, LocalDate issuedOn) {
    }

    @Schema(name = "PartyTransfer")
    public record TransferDto(String id, String memberId, String fromOrganizationId, String toOrganizationId,
                              String destination, String letterNumber, String reason,
                              @Schema(enumeration = {"ISSUED", "ACCEPTED", "DECLINED"}) String state,
                              LocalDate issuedOn, LocalDate decidedOn, String decisionNote, long version) {
    }

    @Schema(name = "PartyMeetingCreate")
    public record MeetingRequest(@Schema(enumeration = {"GROUP_MEETING", "BRANCH_COMMITTEE_MEETING",
            "GENERAL_MEMBERS_MEETING", "PARTY_LECTURE", "THEMED_PARTY_DAY"}) String kind,
                                 String title, LocalDate heldOn, String place, String summary,
                                 @Schema(description = "member id → PRESENT, EXCUSED or ABSENT",
                                         additionalProperties = String.class)
                                 Map<String, String> attendance) {
    }

    @Schema(name = "PartyMeeting")
    public record MeetingDto(String id, String organizationId, String kind, String title, LocalDate heldOn,
                             String place, String summary,
                             @Schema(additionalProperties = String.class) Map<String, String> attendance) {
    }

    @Schema(name = "PartyMeetingCounts")
    public record MeetingCountsDto(String organizationId, LocalDate from, LocalDate to,
                                   @Schema(additionalProperties = Long.class) Map<String, Long> meetingsByKind,
                                   @Schema(additionalProperties = Long.class) Map<String, Long> attendanceByPresence,
                                   @Schema(description = "PRESENT ÷ all attendance records; null without any")
                                   Double attendanceRate) {
    }

    @Schema(name = "CommunityBodyCreate")
    public record BodyRequest(@Schema(enumeration = {"OWNERS_COMMITTEE", "PROPERTY_COMPANY", "SUPERVISORY_COMMITTEE",
            "RESIDENTS_COMMITTEE", "NEW_ECONOMIC_ORGANISATION", "NEW_SOCIAL_ORGANISATION"}) String kind,
                              @Schema(example = "长城水郡业主委员会") String name, String gridId,
                              LocalDate establishedOn) {
    }

    @Schema(name = "CommunityBody")
    public record BodyDto(String id, String kind, String name, String gridId, LocalDate establishedOn,
                          long version) {
    }

    @Schema(name = "BodySeatCreate", description = "A Party member by partyMemberId, anyone else by name")
    public record SeatRequest(String partyMemberId, String name, String phone,
                              @Schema(enumeration = {"CHAIR", "DEPUTY_CHAIR", "MEMBER", "MANAGER", "STAFF"})
                              String role,
                              @Schema(enumeration = {"SEATED", "CANDIDATE"}) String standing,
                              LocalDate startedOn) {
    }

    @Schema(name = "BodySeat")
    public record SeatDto(String id, String bodyId, String partyMemberId,
                          @Schema(description = "Masked unless the caller has pii:read") String name, String phone,
                          boolean masked, String role, String standing, LocalDate startedOn, LocalDate endedOn,
                          long version) {
    }

    @Schema(name = "AllianceParticipantCreate", description = "Exactly one of the three ids")
    public record ParticipantRequest(String partyOrganizationId, String bodyId, String departmentId,
                                     Boolean lead) {
    }

    @Schema(name = "AllianceCreate")
    public record AllianceRequest(@Schema(example = "芙蓉南路“5+”红色联盟") String name, String gridId,
                                  LocalDate establishedOn, List<ParticipantRequest> participants) {
    }

    @Schema(name = "AllianceParticipant")
    public record ParticipantDto(String id, String partyOrganizationId, String bodyId, String departmentId,
                                 boolean lead, LocalDate joinedOn) {
    }

    @Schema(name = "Alliance")
    public record AllianceDto(String id, String name, String gridId, LocalDate establishedOn,
                              List<ParticipantDto> participants, long version) {
    }

    @Schema(name = "AllianceDecisionCreate")
    public record DecisionDraft(String text, String ownerParticipantId, LocalDate dueOn) {
    }

    @Schema(name = "AllianceMeetingCreate")
    public record AllianceMeetingRequest(LocalDate heldOn, String topic, String summary,
                                         List<DecisionDraft> decisions) {
    }

    @Schema(name = "AllianceDecision")
    public record AllianceDecisionDto(String id, String meetingId, String text, String ownerParticipantId,
                                      LocalDate dueOn, LocalDate doneOn, long version) {
    }

    @Schema(name = "AllianceMeeting")
    public record AllianceMeetingDto(String id, String allianceId, LocalDate heldOn, String topic, String summary,
                                     List<AllianceDecisionDto> decisions) {
    }

    @Schema(name = "AllianceDecisionDone")
    public record DoneRequest(@Schema(description = "Defaults to today") LocalDate doneOn) {
    }

    @Schema(name = "OwnersCommitteeShare", description = "Party members among an owners' committee's seats and "
            + "candidates; the 30 % target is reported, never enforced")
    public record OwnersCommitteeDto(String bodyId, String name, long seated, long seatedPartyMembers,
                                     Double partyShare, long candidates, long candidatePartyMembers,
                                     Double candidatePartyShare,
                                     @Schema(description = "partyShare ≥ 0.30") boolean meetsTarget,
                                     @Schema(description = "candidatePartyShare ≥ 0.30")
                                     boolean candidatesMeetTarget,
                                     @Schema(description = "The chair holds a serving Party secretary post (一肩挑)")
                                     boolean chairIsSecretary) {
    }

    @Schema(name = "PartyStats")
    public record StatsDto(@Schema(additionalProperties = Long.class) Map<String, Long> organizationsByType,
                           @Schema(additionalProperties = Long.class) Map<String, Long> membersByKind,
                           long compounds, long compoundsCovered, Double compoundCoverage, long grids,
                           long gridsCovered, Double gridCoverage, List<OwnersCommitteeDto> ownersCommittees,
                           long households, long householdsCovered, Double householdCoverage) {
    }

    /** A household a member covers (党员联户), in the shape of the household register's entries. */
    @Schema(name = "CoveredHousehold")
    public record CoveredHouseholdDto(String id, String gridId, String address,
                                      @Schema(description = "Masked unless the caller has pii:read") String headName,
                                      String headPhone, boolean masked) {
        static CoveredHouseholdDto of(org.jiceng.platform.grid.application.HouseholdView v) {
            return new CoveredHouseholdDto(v.household().id(), v.household().gridId(), v.household().address(),
                    v.headName(), v.headPhone(), v.masked());
        }
    }
}
