package org.jiceng.sdk.cases;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A case of the closed loop — a resident's appeal or a grid worker's finding — as the platform returns it. Immutable; {@link #version()} is what the next step sends as {@code If-Match}, and {@link #nextActions()} the steps it can take now ({@code accept}, {@code dispatch} …).
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class CaseRecord {
    @JsonProperty("id")
    private String id;
    @JsonProperty("number")
    private String number;
    @JsonProperty("title")
    private String title;
    @JsonProperty("description")
    private String description;
    @JsonProperty("categoryCode")
    private String categoryCode;
    @JsonProperty("priority")
    private CasePriority priority;
    @JsonProperty("source")
    private CaseSource source;
    @JsonProperty("status")
    private CaseStatus status;
    @JsonProperty("anonymous")
    private boolean anonymous;
    @JsonProperty("reporterSubject")
    private String reporterSubject;
    @JsonProperty("reporterClient")
    private String reporterClient;
    @JsonProperty("reporterName")
    private String reporterName;
    @JsonProperty("reporterPhone")
    private String reporterPhone;
    @JsonProperty("contactMasked")
    private boolean contactMasked;
    @JsonProperty("lon")
    private Double lon;
    @JsonProperty("lat")
    private Double lat;
    @JsonProperty("address")
    private String address;
    @JsonProperty("gridId")
    private String gridId;
    @JsonProperty("attachments")
    private JsonNode attachments;
    @JsonProperty("handlerKind")
    private HandlerKind handlerKind;
    @JsonProperty("handlerId")
    private String handlerId;
    @JsonProperty("masterCaseId")
    private String masterCaseId;
    @JsonProperty("rejectReason")
    private String rejectReason;
    @JsonProperty("resolutionNote")
    private String resolutionNote;
    @JsonProperty("reworkCount")
    private int reworkCount;
    @JsonProperty("evaluationScore")
    private Integer evaluationScore;
    @JsonProperty("evaluationComment")
    private String evaluationComment;
    @JsonProperty("reportedAt")
    private OffsetDateTime reportedAt;
    @JsonProperty("acceptedAt")
    private OffsetDateTime acceptedAt;
    @JsonProperty("dispatchedAt")
    private OffsetDateTime dispatchedAt;
    @JsonProperty("acknowledgedAt")
    private OffsetDateTime acknowledgedAt;
    @JsonProperty("resolvedAt")
    private OffsetDateTime resolvedAt;
    @JsonProperty("closedAt")
    private OffsetDateTime closedAt;
    @JsonProperty("acceptDueAt")
    private OffsetDateTime acceptDueAt;
    @JsonProperty("acknowledgeDueAt")
    private OffsetDateTime acknowledgeDueAt;
    @JsonProperty("resolveDueAt")
    private OffsetDateTime resolveDueAt;
    @JsonProperty("overdue")
    private boolean overdue;
    @JsonProperty("nextActions")
    private List<String> nextActions;
    @JsonProperty("version")
    private long version;
    @JsonProperty("updatedAt")
    private OffsetDateTime updatedAt;
    @JsonProperty("attributes")
    private Map<String, List<String>> attributes;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private CaseRecord() {
    }

    public String id() {
        return id;
    }

    public String number() {
        return number;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String categoryCode() {
        return categoryCode;
    }

    public CasePriority priority() {
        return priority;
    }

    public CaseSource source() {
        return source;
    }

    public CaseStatus status() {
        return status;
    }

    public boolean anonymous() {
        return anonymous;
    }

    public Optional<String> reporterSubject() {
        return Optional.ofNullable(reporterSubject);
    }

    public Optional<String> reporterClient() {
        return Optional.ofNullable(reporterClient);
    }

    public Optional<String> reporterName() {
        return Optional.ofNullable(reporterName);
    }

    public Optional<String> reporterPhone() {
        return Optional.ofNullable(reporterPhone);
    }

    public boolean contactMasked() {
        return contactMasked;
    }

    public Optional<Double> lon() {
        return Optional.ofNullable(lon);
    }

    public Optional<Double> lat() {
        return Optional.ofNullable(lat);
    }

    public Optional<String> address() {
        return Optional.ofNullable(address);
    }

    public String gridId() {
        return gridId;
    }

    public Optional<JsonNode> attachments() {
        return Optional.ofNullable(attachments);
    }

    public Optional<HandlerKind> handlerKind() {
        return Optional.ofNullable(handlerKind);
    }

    public Optional<String> handlerId() {
        return Optional.ofNullable(handlerId);
    }

    public Optional<String> masterCaseId() {
        return Optional.ofNullable(masterCaseId);
    }

    public Optional<String> rejectReason() {
        return Optional.ofNullable(rejectReason);
    }

    public Optional<String> resolutionNote() {
        return Optional.ofNullable(resolutionNote);
    }

    public int reworkCount() {
        return reworkCount;
    }

    public Optional<Integer> evaluationScore() {
        return Optional.ofNullable(evaluationScore);
    }

    public Optional<String> evaluationComment() {
        return Optional.ofNullable(evaluationComment);
    }

    public OffsetDateTime reportedAt() {
        return reportedAt;
    }

    public Optional<OffsetDateTime> acceptedAt() {
        return Optional.ofNullable(acceptedAt);
    }

    public Optional<OffsetDateTime> dispatchedAt() {
        return Optional.ofNullable(dispatchedAt);
    }

    public Optional<OffsetDateTime> acknowledgedAt() {
        return Optional.ofNullable(acknowledgedAt);
    }

    public Optional<OffsetDateTime> resolvedAt() {
        return Optional.ofNullable(resolvedAt);
    }

    public Optional<OffsetDateTime> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    public OffsetDateTime acceptDueAt() {
        return acceptDueAt;
    }

    public Optional<OffsetDateTime> acknowledgeDueAt() {
        return Optional.ofNullable(acknowledgeDueAt);
    }

    public Optional<OffsetDateTime> resolveDueAt() {
        return Optional.ofNullable(resolveDueAt);
    }

    public boolean overdue() {
        return overdue;
    }

    public List<String> nextActions() {
        return nextActions;
    }

    public long version() {
        return version;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    /** Answers to the category's attributes it was filed with, by attribute code. */
    public Map<String, List<String>> attributes() {
        return attributes == null ? Map.of() : attributes;
    }

    /** JSON fields this SDK version does not model. */
    @JsonAnyGetter
    public Map<String, Object> additionalProperties() {
        return Collections.unmodifiableMap(additionalProperties);
    }

    @JsonAnySetter
    private void putAdditionalProperty(String key, Object value) {
        additionalProperties.put(key, value);
    }

    public static Builder builder() {
        return new Builder(new CaseRecord());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static CaseRecord copy(CaseRecord from) {
        CaseRecord c = new CaseRecord();
        c.id = from.id;
        c.number = from.number;
        c.title = from.title;
        c.description = from.description;
        c.categoryCode = from.categoryCode;
        c.priority = from.priority;
        c.source = from.source;
        c.status = from.status;
        c.anonymous = from.anonymous;
        c.reporterSubject = from.reporterSubject;
        c.reporterClient = from.reporterClient;
        c.reporterName = from.reporterName;
        c.reporterPhone = from.reporterPhone;
        c.contactMasked = from.contactMasked;
        c.lon = from.lon;
        c.lat = from.lat;
        c.address = from.address;
        c.gridId = from.gridId;
        c.attachments = from.attachments;
        c.handlerKind = from.handlerKind;
        c.handlerId = from.handlerId;
        c.masterCaseId = from.masterCaseId;
        c.rejectReason = from.rejectReason;
        c.resolutionNote = from.resolutionNote;
        c.reworkCount = from.reworkCount;
        c.evaluationScore = from.evaluationScore;
        c.evaluationComment = from.evaluationComment;
        c.reportedAt = from.reportedAt;
        c.acceptedAt = from.acceptedAt;
        c.dispatchedAt = from.dispatchedAt;
        c.acknowledgedAt = from.acknowledgedAt;
        c.resolvedAt = from.resolvedAt;
        c.closedAt = from.closedAt;
        c.acceptDueAt = from.acceptDueAt;
        c.acknowledgeDueAt = from.acknowledgeDueAt;
        c.resolveDueAt = from.resolveDueAt;
        c.overdue = from.overdue;
        c.nextActions = from.nextActions;
        c.version = from.version;
        c.updatedAt = from.updatedAt;
        c.attributes = from.attributes;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CaseRecord)) {
            return false;
        }
        CaseRecord other = (CaseRecord) o;
        return Objects.equals(id, other.id)
                && Objects.equals(number, other.number)
                && Objects.equals(title, other.title)
                && Objects.equals(description, other.description)
                && Objects.equals(categoryCode, other.categoryCode)
                && Objects.equals(priority, other.priority)
                && Objects.equals(source, other.source)
                && Objects.equals(status, other.status)
                && anonymous == other.anonymous
                && Objects.equals(reporterSubject, other.reporterSubject)
                && Objects.equals(reporterClient, other.reporterClient)
                && Objects.equals(reporterName, other.reporterName)
                && Objects.equals(reporterPhone, other.reporterPhone)
                && contactMasked == other.contactMasked
                && Objects.equals(lon, other.lon)
                && Objects.equals(lat, other.lat)
                && Objects.equals(address, other.address)
                && Objects.equals(gridId, other.gridId)
                && Objects.equals(attachments, other.attachments)
                && Objects.equals(handlerKind, other.handlerKind)
                && Objects.equals(handlerId, other.handlerId)
                && Objects.equals(masterCaseId, other.masterCaseId)
                && Objects.equals(rejectReason, other.rejectReason)
                && Objects.equals(resolutionNote, other.resolutionNote)
                && reworkCount == other.reworkCount
                && Objects.equals(evaluationScore, other.evaluationScore)
                && Objects.equals(evaluationComment, other.evaluationComment)
                && Objects.equals(reportedAt, other.reportedAt)
                && Objects.equals(acceptedAt, other.acceptedAt)
                && Objects.equals(dispatchedAt, other.dispatchedAt)
                && Objects.equals(acknowledgedAt, other.acknowledgedAt)
                && Objects.equals(resolvedAt, other.resolvedAt)
                && Objects.equals(closedAt, other.closedAt)
                && Objects.equals(acceptDueAt, other.acceptDueAt)
                && Objects.equals(acknowledgeDueAt, other.acknowledgeDueAt)
                && Objects.equals(resolveDueAt, other.resolveDueAt)
                && overdue == other.overdue
                && Objects.equals(nextActions, other.nextActions)
                && version == other.version
                && Objects.equals(updatedAt, other.updatedAt)
                && Objects.equals(attributes, other.attributes)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, number, title);
    }

    @Override
    public String toString() {
        return "CaseRecord{" + "id=" + id + ", " + "number=" + number + ", " + "title=" + title + ", " + "description=" + description + "}";
    }

    /** Builds a {@link CaseRecord}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final CaseRecord building;

        private Builder(CaseRecord building) {
            this.building = building;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public Builder number(String number) {
            building.number = number;
            return this;
        }

        public Builder title(String title) {
            building.title = title;
            return this;
        }

        public Builder description(String description) {
            building.description = description;
            return this;
        }

        public Builder categoryCode(String categoryCode) {
            building.categoryCode = categoryCode;
            return this;
        }

        public Builder priority(CasePriority priority) {
            building.priority = priority;
            return this;
        }

        public Builder source(CaseSource source) {
            building.source = source;
            return this;
        }

        public Builder status(CaseStatus status) {
            building.status = status;
            return this;
        }

        public Builder anonymous(boolean anonymous) {
            building.anonymous = anonymous;
            return this;
        }

        public Builder reporterSubject(String reporterSubject) {
            building.reporterSubject = reporterSubject;
            return this;
        }

        public Builder reporterClient(String reporterClient) {
            building.reporterClient = reporterClient;
            return this;
        }

        public Builder reporterName(String reporterName) {
            building.reporterName = reporterName;
            return this;
        }

        public Builder reporterPhone(String reporterPhone) {
            building.reporterPhone = reporterPhone;
            return this;
        }

        public Builder contactMasked(boolean contactMasked) {
            building.contactMasked = contactMasked;
            return this;
        }

        public Builder lon(Double lon) {
            building.lon = lon;
            return this;
        }

        public Builder lat(Double lat) {
            building.lat = lat;
            return this;
        }

        public Builder address(String address) {
            building.address = address;
            return this;
        }

        public Builder gridId(String gridId) {
            building.gridId = gridId;
            return this;
        }

        public Builder attachments(JsonNode attachments) {
            building.attachments = attachments;
            return this;
        }

        public Builder handlerKind(HandlerKind handlerKind) {
            building.handlerKind = handlerKind;
            return this;
        }

        public Builder handlerId(String handlerId) {
            building.handlerId = handlerId;
            return this;
        }

        public Builder masterCaseId(String masterCaseId) {
            building.masterCaseId = masterCaseId;
            return this;
        }

        public Builder rejectReason(String rejectReason) {
            building.rejectReason = rejectReason;
            return this;
        }

        public Builder resolutionNote(String resolutionNote) {
            building.resolutionNote = resolutionNote;
            return this;
        }

        public Builder reworkCount(int reworkCount) {
            building.reworkCount = reworkCount;
            return this;
        }

        public Builder evaluationScore(Integer evaluationScore) {
            building.evaluationScore = evaluationScore;
            return this;
        }

        public Builder evaluationComment(String evaluationComment) {
            building.evaluationComment = evaluationComment;
            return this;
        }

        public Builder reportedAt(OffsetDateTime reportedAt) {
            building.reportedAt = reportedAt;
            return this;
        }

        public Builder acceptedAt(OffsetDateTime acceptedAt) {
            building.acceptedAt = acceptedAt;
            return this;
        }

        public Builder dispatchedAt(OffsetDateTime dispatchedAt) {
            building.dispatchedAt = dispatchedAt;
            return this;
        }

        public Builder acknowledgedAt(OffsetDateTime acknowledgedAt) {
            building.acknowledgedAt = acknowledgedAt;
            return this;
        }

        public Builder resolvedAt(OffsetDateTime resolvedAt) {
            building.resolvedAt = resolvedAt;
            return this;
        }

        public Builder closedAt(OffsetDateTime closedAt) {
            building.closedAt = closedAt;
            return this;
        }

        public Builder acceptDueAt(OffsetDateTime acceptDueAt) {
            building.acceptDueAt = acceptDueAt;
            return this;
        }

        public Builder acknowledgeDueAt(OffsetDateTime acknowledgeDueAt) {
            building.acknowledgeDueAt = acknowledgeDueAt;
            return this;
        }

        public Builder resolveDueAt(OffsetDateTime resolveDueAt) {
            building.resolveDueAt = resolveDueAt;
            return this;
        }

        public Builder overdue(boolean overdue) {
            building.overdue = overdue;
            return this;
        }

        public Builder nextActions(List<String> nextActions) {
            building.nextActions = nextActions == null ? null : List.copyOf(nextActions);
            return this;
        }

        public Builder version(long version) {
            building.version = version;
            return this;
        }

        public Builder updatedAt(OffsetDateTime updatedAt) {
            building.updatedAt = updatedAt;
            return this;
        }

        public Builder attributes(Map<String, List<String>> attributes) {
            building.attributes = attributes == null ? null : Map.copyOf(attributes);
            return this;
        }

        public CaseRecord build() {
            return copy(building);
        }
    }
}
