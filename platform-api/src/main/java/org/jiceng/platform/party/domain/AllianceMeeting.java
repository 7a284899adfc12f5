package org.jiceng.platform.party.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiceng.platform.shared.domain.RuleViolation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/** A joint meeting (联席会议) of an alliance; its decisions are {@link AllianceDecision}s. */
@Entity
@Table(name = "alliance_meeting")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class AllianceMeeting {
    @Id
    private String id;
    @Column(name = "alliance_id", nullable = false)
    private String allianceId;
    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;
    @Column(nullable = false)
    private String topic;
    private String summary;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected AllianceMeeting() {
    }

    public AllianceMeeting(String id, Alliance alliance, LocalDate heldOn, String topic, String summary,
                           OffsetDateTime now) {
        if (heldOn == null || heldOn.isAfter(now.toLocalDate().plusDays(1)) || heldOn.isBefore(
                alliance.establishedOn())) {
            throw new RuleViolation("heldOn", "a past date since the alliance was established");
        }
        if (topic == null || topic.isBlank() || topic.length() > 200) {
            throw new RuleViolation("topic", "1-200 characters");
        }
        this.id = id;
        this.allianceId = alliance.id();
        this.heldOn = heldOn;
        this.topic = topic.strip();
        this.summary = summary;
        this.createdAt = now;
    }

    public String id() { return id; }
    public String allianceId() { return allianceId; }
    public LocalDate heldOn() { return heldOn; }
    public String topic() { return topic; }
    public Optional<String> summary() { return Optional.ofNullable(summary); }
}
