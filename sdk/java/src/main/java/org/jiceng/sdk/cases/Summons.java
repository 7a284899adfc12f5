package org.jiceng.sdk.cases;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.OffsetDateTime;
import java.util.Optional;

/** A department summoned by a whistle on a case, with its own deadline and acknowledgement. Immutable. */
public final class Summons {
    @JsonProperty("id") private String id;
    @JsonProperty("caseId") private String caseId;
    @JsonProperty("departmentId") private String departmentId;
    @JsonProperty("summonedAt") private OffsetDateTime summonedAt;
    @JsonProperty("dueAt") private OffsetDateTime dueAt;
    @JsonProperty("acknowledgedAt") private OffsetDateTime acknowledgedAt;
    @JsonProperty("acknowledgedBy") private String acknowledgedBy;
    @JsonProperty("note") private String note;
    @JsonProperty("onTime") private boolean onTime;

    private Summons() {
    }

    public String id() { return id; }
    public String caseId() { return caseId; }
    public String departmentId() { return departmentId; }
    public OffsetDateTime summonedAt() { return summonedAt; }
    public OffsetDateTime dueAt() { return dueAt; }
    public Optional<OffsetDateTime> acknowledgedAt() { return Optional.ofNullable(acknowledgedAt); }
    public Optional<String> acknowledgedBy() { return Optional.ofNullable(acknowledgedBy); }
    public Optional<String> note() { return Optional.ofNullable(note); }
    /** Acknowledged by its deadline, or not yet due. */
    public boolean onTime() { return onTime; }
}
