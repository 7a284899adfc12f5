package org.jiceng.sdk.cases;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A case of the closed loop — a resident's appeal or a grid worker's finding — as the platform returns it.
 * Immutable; {@link #version()} is what the next step sends as {@code If-Match}, and {@link #nextActions()} the
 * steps it can take now ({@code accept}, {@code dispatch} …).
 */
public final class CaseRecord {
    @JsonProperty("id") private String id;
    @JsonProperty("number") private String number;
    @JsonProperty("title") private String title;
    @JsonProperty("description") private String description;
    @JsonProperty("categoryCode") private String categoryCode;
    @JsonProperty("priority") private CasePriority priority;
    @JsonProperty("source") private String source;
    @JsonProperty("status") private CaseStatus status;
    @JsonProperty("anonymous") private boolean anonymous;
    @JsonProperty("reporterSubject") private String reporterSubject;
    @JsonProperty("reporterClient") private String reporterClient;
    @JsonProperty("reporterName") private String reporterName;
    @JsonProperty("reporterPhone") private String reporterPhone;
    @JsonProperty("contactMasked") private boolean contactMasked;
    @JsonProperty("lon") private Double lon;
    @JsonProperty("lat") private Double lat;
    @JsonProperty("address") private String address;
    @JsonProperty("gridId") private String gridId;
    @JsonProperty("attachments") private JsonNode attachments;
    @JsonProperty("handlerKind") private String handlerKind;
    @JsonProperty("handlerId") private String handlerId;
    @JsonProperty("masterCaseId") private String masterCaseId;
    @JsonProperty("rejectReason") private String rejectReason;
    @JsonProperty("resolutionNote") private String resolutionNote;
    @JsonProperty("reworkCount") private int reworkCount;
    @JsonProperty("evaluationScore") private Integer evaluationScore;
    @JsonProperty("evaluationComment") private String evaluationComment;
    @JsonProperty("reportedAt") private OffsetDateTime reportedAt;
    @JsonProperty("acceptedAt") private OffsetDateTime acceptedAt;
    @JsonProperty("dispatchedAt") private OffsetDateTime dispatchedAt;
    @JsonProperty("acknowledgedAt") private OffsetDateTime acknowledgedAt;
    @JsonProperty("resolvedAt") private OffsetDateTime resolvedAt;
    @JsonProperty("closedAt") private OffsetDateTime closedAt;
    @JsonProperty("acceptDueAt") private OffsetDateTime acceptDueAt;
    @JsonProperty("acknowledgeDueAt") private OffsetDateTime acknowledgeDueAt;
    @JsonProperty("resolveDueAt") private OffsetDateTime resolveDueAt;
    @JsonProperty("overdue") private boolean overdue;
    @JsonProperty("nextActions") private List<String> nextActions = List.of();
    @JsonProperty("version") private long version;
    @JsonProperty("updatedAt") private OffsetDateTime updatedAt;

    private CaseRecord() {
    }

    public String id() { return id; }
    /** The human number, e.g. {@code SIP-2026-000123}. */
    public String number() { return number; }
    public String title() { return title; }
    public String description() { return description; }
    public String categoryCode() { return categoryCode; }
    public CasePriority priority() { return priority; }
    public String source() { return source; }
    public CaseStatus status() { return status; }
    public boolean anonymous() { return anonymous; }
    /** The resident: their subject, or the external id a vendor's app filed for. */
    public Optional<String> reporterSubject() { return Optional.ofNullable(reporterSubject); }
    /** The application that filed the case. */
    public Optional<String> reporterClient() { return Optional.ofNullable(reporterClient); }
    /** The reporter's name: in clear with {@code pii:read} (and logged), else masked (张*明). */
    public Optional<String> reporterName() { return Optional.ofNullable(reporterName); }
    /** The reporter's phone: in clear with {@code pii:read} (and logged), else masked (138****1111). */
    public Optional<String> reporterPhone() { return Optional.ofNullable(reporterPhone); }
    public boolean contactMasked() { return contactMasked; }
    public Optional<Double> lon() { return Optional.ofNullable(lon); }
    public Optional<Double> lat() { return Optional.ofNullable(lat); }
    public Optional<String> address() { return Optional.ofNullable(address); }
    public String gridId() { return gridId; }
    /** Photo references, each {@code {url, sha256}}. */
    public Optional<JsonNode> attachments() { return Optional.ofNullable(attachments); }
    /** {@code GRID} or {@code DEPARTMENT} once dispatched. */
    public Optional<String> handlerKind() { return Optional.ofNullable(handlerKind); }
    public Optional<String> handlerId() { return Optional.ofNullable(handlerId); }
    public Optional<String> masterCaseId() { return Optional.ofNullable(masterCaseId); }
    public Optional<String> rejectReason() { return Optional.ofNullable(rejectReason); }
    public Optional<String> resolutionNote() { return Optional.ofNullable(resolutionNote); }
    /** Failed verifications and reopenings. */
    public int reworkCount() { return reworkCount; }
    public Optional<Integer> evaluationScore() { return Optional.ofNullable(evaluationScore); }
    public Optional<String> evaluationComment() { return Optional.ofNullable(evaluationComment); }
    public OffsetDateTime reportedAt() { return reportedAt; }
    public Optional<OffsetDateTime> acceptedAt() { return Optional.ofNullable(acceptedAt); }
    public Optional<OffsetDateTime> dispatchedAt() { return Optional.ofNullable(dispatchedAt); }
    public Optional<OffsetDateTime> acknowledgedAt() { return Optional.ofNullable(acknowledgedAt); }
    public Optional<OffsetDateTime> resolvedAt() { return Optional.ofNullable(resolvedAt); }
    public Optional<OffsetDateTime> closedAt() { return Optional.ofNullable(closedAt); }
    public OffsetDateTime acceptDueAt() { return acceptDueAt; }
    public Optional<OffsetDateTime> acknowledgeDueAt() { return Optional.ofNullable(acknowledgeDueAt); }
    public Optional<OffsetDateTime> resolveDueAt() { return Optional.ofNullable(resolveDueAt); }
    /** Past the deadline of the step it is in. */
    public boolean overdue() { return overdue; }
    public List<String> nextActions() { return nextActions; }
    public long version() { return version; }
    public OffsetDateTime updatedAt() { return updatedAt; }

    @Override
    public String toString() {
        return "CaseRecord{" + number + " " + status + " v" + version + " " + title + "}";
    }
}
