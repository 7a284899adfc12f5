package org.jiceng.platform.deliberation.domain;

import org.jiceng.platform.shared.domain.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.domain.StateConflict;
import org.jiceng.platform.shared.domain.VersionMismatch;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A meeting held on a topic: its kind, time and venue node, the units attending (departments, community bodies,
 * Party organisations; as JSON, checked by the application), how many attended, the minutes and the options
 * discussed.
 */
@Entity
@Table(name = "topic_meeting")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class TopicMeeting {
    @Id
    private String id;
    @Column(name = "topic_id", nullable = false)
    private String topicId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingKind kind;
    @Column(name = "held_at", nullable = false)
    private OffsetDateTime heldAt;
    @Column(name = "grid_id", nullable = false)
    private String gridId;
    @Column(name = "units_json", nullable = false)
    private String unitsJson;
    @Column(nullable = false)
    private int attendance;
    @Column
    private String minutes;
    @Column(name = "options_json", nullable = false)
    private String optionsJson;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected TopicMeeting() {
    }

    public TopicMeeting(String id, String topicId, MeetingKind kind, OffsetDateTime heldAt, String gridId,
                        String unitsJson, int attendance, String minutes, String optionsJson, OffsetDateTime now) {
        if (heldAt == null || heldAt.isAfter(now.plusMinutes(5))) {
            throw new RuleViolation("heldAt", "a time not in the future");
        }
        if (attendance < 0 || attendance > 100000) {
            throw new RuleViolation("attendance", "0 to 100000");
        }
        this.id = id;
        this.topicId = topicId;
        this.kind = kind;
        this.heldAt = heldAt;
        this.gridId = gridId;
        this.unitsJson = unitsJson;
        this.attendance = attendance;
        this.minutes = Texts.optional("minutes", minutes, 20000);
        this.optionsJson = optionsJson;
        this.createdAt = now;
    }

    public String id() { return id; }
    public String topicId() { return topicId; }
    public MeetingKind kind() { return kind; }
    public OffsetDateTime heldAt() { return heldAt; }
    public String gridId() { return gridId; }
    public String unitsJson() { return unitsJson; }
    public int attendance() { return attendance; }
    public Optional<String> minutes() { return Optional.ofNullable(minutes); }
    public String optionsJson() { return optionsJson; }
    public OffsetDateTime createdAt() { return createdAt; }
}
