package org.jiceng.platform.casework.api;

import jakarta.json.JsonArray;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

/** A case as the API shows it. */
@Schema(name = "Case")
public record CaseDto(
        String id,
        @Schema(example = "SIP-2026-000123") String number,
        String title,
        String description,
        String categoryCode,
        String priority,
        String source,
        @Schema(enumeration = {"REPORTED", "ACCEPTED", "REJECTED", "DISPATCHED", "IN_PROGRESS", "RESOLVED", "CLOSED",
                "REOPENED", "DUPLICATE"}) String status,
        boolean anonymous,
        @Schema(description = "The resident's subject or external id; absent when anonymous") String reporterSubject,
        @Schema(description = "The application that filed the case") String reporterClient,
        @Schema(description = "Masked (张*明) unless the caller has pii:read") String reporterName,
        @Schema(description = "Masked (138****1111) unless the caller has pii:read") String reporterPhone,
        @Schema(description = "Whether name and phone are masked") boolean contactMasked,
        Double lon,
        Double lat,
        String address,
        String gridId,
        JsonArray attachments,
        @Schema(enumeration = {"GRID", "DEPARTMENT"}) String handlerKind,
        String handlerId,
        String masterCaseId,
        String rejectReason,
        String resolutionNote,
        int reworkCount,
        Integer evaluationScore,
        String evaluationComment,
        OffsetDateTime evaluatedAt,
        OffsetDateTime reportedAt,
        OffsetDateTime acceptedAt,
        OffsetDateTime dispatchedAt,
        OffsetDateTime acknowledgedAt,
        OffsetDateTime resolvedAt,
        OffsetDateTime closedAt,
        OffsetDateTime acceptDueAt,
        OffsetDateTime acknowledgeDueAt,
        OffsetDateTime resolveDueAt,
        @Schema(description = "Past the deadline of the step the case is in") boolean overdue,
        @Schema(description = "The steps the case can take now, e.g. accept, reject") List<String> nextActions,
        long version,
        OffsetDateTime updatedAt,
        @Schema(description = "Answers to the category's attributes, by attribute code, when it was filed with some")
        java.util.Map<String, List<String>> attributes) {
}
