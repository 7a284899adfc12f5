package org.jiceng.platform.party.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.domain.StateConflict;

import java.time.LocalDate;
import java.util.Optional;

/** A decision of an alliance meeting, owned by one participant, due by a date, done once. */
@Entity
@Table(name = "alliance_decision")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class AllianceDecision {
    @Id
    private String id;
    @Column(name = "meeting_id", nullable = false)
    private String meetingId;
    @Column(nullable = false)
    private String text;
    @Column(name = "owner_participant_id")
    private String ownerParticipantId;
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(nullable = false)
    private long version;

    protected AllianceDecision() {
    }

    public AllianceDecision(String id, AllianceMeeting meeting, String text, String ownerParticipantId,
                            LocalDate dueOn) {
        if (text == null || text.isBlank() || text.length() > 1000) {
            throw new RuleViolation("decisions.text", "1-1000 characters");
        }
        if (dueOn != null && dueOn.isBefore(meeting.heldOn())) {
            throw new RuleViolation("decisions.dueOn", "on or after the meeting");
        }
        this.id = id;
        this.meetingId = meeting.id();
        this.text = text.strip();
        this.ownerParticipantId = ownerParticipantId;
        this.dueOn = dueOn;
        this.version = 1;
    }

    public void done(LocalDate on, LocalDate heldOn) {
        if (doneOn != null) {
            throw new StateConflict("done on " + doneOn + " already");
        }
        if (on == null || on.isBefore(heldOn)) {
            throw new RuleViolation("doneOn", "on or after the meeting (" + heldOn + ")");
        }
        doneOn = on;
        version++;
    }

    public String id() { return id; }
    public String meetingId() { return meetingId; }
    public String text() { return text; }
    public Optional<String> ownerParticipantId() { return Optional.ofNullable(ownerParticipantId); }
    public Optional<LocalDate> dueOn() { return Optional.ofNullable(dueOn); }
    public Optional<LocalDate> doneOn() { return Optional.ofNullable(doneOn); }
    public long version() { return version; }

    public void requireVersion(long expected) {
        org.jiceng.platform.shared.domain.VersionMismatch.check(expected, version);
    }
}
