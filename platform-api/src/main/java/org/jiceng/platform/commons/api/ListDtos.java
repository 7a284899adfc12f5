package org.jiceng.platform.commons.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the three lists. */
public final class ListDtos {
    private ListDtos() {
    }

    public record ResourceRequest(String gridId, String kind, String name, String providerKind, String providerRef,
                                  String providerName, Integer capacity, String availability) {
    }

    public record ResourcePatch(Integer capacity, String availability, Boolean active) {
    }

    public record ResourceDto(String id, String gridId, String kind, String name, String providerKind,
                              String providerRef, String providerName, boolean inside, Integer capacity,
                              String availability, boolean active, long version, OffsetDateTime createdAt) {
    }

    public record BookingRequest(OffsetDateTime startsAt, OffsetDateTime endsAt, String purpose) {
    }

    public record BookingDto(String id, String resourceId, OffsetDateTime startsAt, OffsetDateTime endsAt,
                             String purpose, boolean mine, String state, long version) {
    }

    public record NeedRequest(String gridId, String title, String description, String category, String source,
                              Integer households) {
    }

    public record MergeRequest(String intoId) {
    }

    public record EscalationDto(String categoryCode, List<String> departmentIds, Integer hours) {
    }

    public record TriageRequest(String route, List<String> resourceIds, String reason, EscalationDto escalation) {
    }

    public record NeedDto(String id, String gridId, String title, String description, String category, String source,
                          int households, String route, String status, String progress, String declineReason,
                          List<String> resourceIds, String caseId, List<String> projectIds, String mergedInto,
                          long version, OffsetDateTime createdAt) {
    }

    public record FundingDto(String kind, String name, Long amountFen) {
    }

    public record ProjectRequest(String gridId, String title, String description, List<String> needIds,
                                 String decisionTopicId, List<String> resourceIds, Long budgetFen,
                                 List<FundingDto> funding, String ownerKind, String ownerId, Boolean longTerm) {
    }

    public record ProjectDto(String id, String gridId, String title, String description, List<String> needIds,
                             String decisionTopicId, List<String> resourceIds, long budgetFen, List<FundingDto> funding,
                             String ownerKind, String ownerId, boolean longTerm, String state, int progress,
                             LocalDate startedOn, LocalDate doneOn, String cancelReason, long version,
                             OffsetDateTime createdAt) {
    }

    public record StartRequest(LocalDate startedOn) {
    }

    public record MilestoneRequest(LocalDate reachedOn, Integer progress, String note) {
    }

    public record MilestoneDto(String id, String projectId, LocalDate reachedOn, int progress, String note) {
    }

    public record CancelRequest(String reason) {
    }

    public record EvaluationRequest(Integer score, String comment, String householdId) {
    }

    public record EvaluationsDto(String projectId, long count, long satisfied, double satisfactionRate,
                                 double meanScore) {
    }

    public record ResourceCount(String kind, String providerKind, boolean inside, long count) {
    }

    public record CountsDto(String gridId, List<ResourceCount> resources,
                            @Schema(additionalProperties = Long.class) Map<String, Long> resourcesByKind,
                            long resourcesInside, long resourcesOutside,
                            @Schema(additionalProperties = Long.class) Map<String, Long> needsByRouteAndStatus,
                            @Schema(additionalProperties = Long.class) Map<String, Long> projectsByState,
                            @Schema(additionalProperties = Long.class) Map<String, Long> projectsByMonth) {
    }
}
