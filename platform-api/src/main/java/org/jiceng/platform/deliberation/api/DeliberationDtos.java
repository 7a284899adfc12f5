package org.jiceng.platform.deliberation.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** The JSON shapes of deliberation. */
public final class DeliberationDtos {
    private DeliberationDtos() {
    }

    public record CouncilRequest(String gridId, String name, String mandateScope, String mandateTopicId,
                                 Integer secondsToAgenda, Integer evaluationWindowDays, LocalDate termStartsOn,
                                 LocalDate termEndsOn) {
    }

    public record CouncilPatch(Integer secondsToAgenda, Integer evaluationWindowDays, String mandateScope) {
    }

    public record TermRequest(LocalDate termStartsOn, LocalDate termEndsOn) {
    }

    public record CouncilDto(String id, String gridId, String name, String mandateScope, String mandateTopicId,
                             int secondsToAgenda, int evaluationWindowDays, int termNo, LocalDate termStartsOn,
                             LocalDate termEndsOn, long version, OffsetDateTime createdAt) {
    }

    public record MemberRequest(String role, String seat, String accountSubject, String householdId) {
    }

    public record MemberDto(String id, String councilId, int termNo, String role, String seat, String accountSubject,
                            String householdId, OffsetDateTime createdAt) {
    }

    public record TopicRequest(String councilId, String gridId, String title, String description, String origin,
                               String originRef, Boolean major, String partyOrganizationId, String amendsTopicId) {
    }

    public record ReviewDto(String verdict, String opinion, String reviewer, LocalDate reviewedOn) {
    }

    public record DecisionDto(String outcome, String basis, String kind, String text, Integer revision,
                              String supersededBy, String fundedBy, OffsetDateTime decidedAt) {
    }

    public record TopicDto(String id, String councilId, String gridId, String title, String description,
                           String origin, String originRef, String proposerKey, boolean major,
                           String partyOrganizationId, String stage, int seconds, String declineReason,
                           ReviewDto review, DecisionDto decision, String amendsTopicId, String voteId,
                           OffsetDateTime evaluationClosesAt, String publishedResult, OffsetDateTime proposedAt,
                           OffsetDateTime acceptedAt, OffsetDateTime closedAt, long version) {
    }

    public record ReasonRequest(String reason) {
    }

    public record ReviewRequest(String verdict, String opinion, String reviewer, LocalDate reviewedOn) {
    }

    public record DecideRequest(String kind, String text, String fundedBy) {
    }

    public record FundRequest(String fundedBy) {
    }

    public record CloseRequest(String result) {
    }

    public record UnitRef(String kind, String id) {
    }

    public record MeetingRequest(String kind, OffsetDateTime heldAt, String gridId, List<UnitRef> units,
                                 Integer attendance, String minutes, List<String> options) {
    }

    public record MeetingDto(String id, String topicId, String kind, OffsetDateTime heldAt, String gridId,
                             List<UnitRef> units, int attendance, String minutes, List<String> options) {
    }

    public record CommentRequest(String body) {
    }

    public record ModerateRequest(Boolean publish) {
    }

    public record CommentDto(String id, String topicId, String body, String state, boolean mine,
                             OffsetDateTime createdAt, long version) {
    }

    public record VoteRequest(String motion, String decisionKind, String rule, String meetingForm,
                              Integer quorumPercent, String electorate, List<String> gridIds, Boolean secret) {
    }

    /** The numbers behind a closed vote's outcome. */
    public record TallyDto(int entitled, BigDecimal entitledArea, int yes, int no, int abstain, int cast,
                           BigDecimal yesArea, BigDecimal noArea, BigDecimal abstainArea, BigDecimal castArea,
                           boolean quorate, boolean passed, String figures) {
    }

    public record VoteDto(String id, String topicId, String motion, String decisionKind, String rule,
                          String meetingForm, Integer quorumPercent, String electorate, List<String> gridIds,
                          boolean secret, String state, Integer entitled, BigDecimal entitledArea, Long turnout,
                          TallyDto tally, OffsetDateTime openedAt, OffsetDateTime closedAt, long version) {
    }

    public record BallotRequest(String choice, String electorId) {
    }

    public record BallotDto(String id, String choice, BigDecimal weight, String electorId, OffsetDateTime castAt) {
    }

    public record ReceiptDto(String voteId, String electorId, boolean secret, BallotDto ballot) {
    }

    public record ElectorDto(String id, String refKind, String refId, BigDecimal weight, boolean voted,
                             String paperRecordedBy, OffsetDateTime castAt) {
    }

    public record LinkDto(String kind, String id) {
    }

    public record TaskRequest(String title, String ownerKind, String ownerId, LocalDate dueOn, List<LinkDto> links) {
    }

    public record TaskDto(String id, String topicId, String title, String ownerKind, String ownerId, LocalDate dueOn,
                          int progress, LocalDate doneOn, boolean overdue, String caseId, List<LinkDto> links,
                          long version) {
    }

    public record MilestoneRequest(LocalDate reachedOn, Integer progress, String note) {
    }

    public record MilestoneDto(String id, String taskId, LocalDate reachedOn, int progress, String note) {
    }

    public record OpenCaseRequest(String categoryCode, String description) {
    }

    public record EvaluationRequest(Integer score, String comment, String householdId) {
    }

    public record EvaluationsDto(String topicId, long count, long satisfied, double satisfactionRate,
                                 double meanScore) {
    }

    /** What anyone in the tenant may read of a topic: no personal data, no proposer, no reviewer's name. */
    public record PublicTopicDto(String id, String title, String description, String gridId, String stage,
                                 boolean major, String reviewVerdict, LocalDate reviewedOn,
                                 @Schema(additionalProperties = Long.class) Map<String, Long> meetingsByKind,
                                 int meetingsHeld, List<String> publishedComments,
                                 TallyDto vote, String voteRule, DecisionDto decision, int tasks, int tasksDone,
                                 int progress, EvaluationsDto evaluation, String publishedResult) {
    }

    public record StatsDto(String gridId, LocalDate from, LocalDate to,
                           @Schema(additionalProperties = Long.class) Map<String, Long> topicsByStage,
                           Double medianDaysToDecision, long tasksDue, long tasksDoneOnTime, long tasksOverdue,
                           long ballotsCast, long electorsEntitled, Double participationRate,
                           @Schema(additionalProperties = Long.class) Map<String, Long> meetingsByKind,
                           long evaluations, long satisfied,
                           Double satisfactionRate) {
    }

    public record UnitRequest(String gridId, String unitNo, BigDecimal area, String ownerRef) {
    }

    public record UnitDto(String id, String gridId, String unitNo, BigDecimal area, String ownerId) {
    }

    public record BindingRequest(String householdId, String ownerId) {
    }

    public record BindingDto(String id, String householdId, String ownerId, String clientId, String state,
                             OffsetDateTime requestedAt, OffsetDateTime verifiedAt, long version) {
    }

    public record RepresentativeRequest(String gridId, String accountSubject, String householdId, LocalDate sinceOn) {
    }

    public record RepresentativeDto(String id, String gridId, String accountSubject, String householdId,
                                    LocalDate sinceOn) {
    }
}
