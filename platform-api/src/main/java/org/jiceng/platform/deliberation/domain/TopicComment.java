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
 * A resident's comment in a topic's online consultation. It is public only once staff publish it; the public view
 * never names its author.
 */
@Entity
@Table(name = "topic_comment")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class TopicComment {
    public enum State { PENDING, PUBLISHED, REJECTED }

    @Id
    private String id;
    @Column(name = "topic_id", nullable = false)
    private String topicId;
    @Column(name = "actor_key", nullable = false)
    private String actorKey;
    @Column(nullable = false)
    private String body;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;
    @Column(name = "moderated_by")
    private String moderatedBy;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;
    @Column(nullable = false)
    private long version;

    protected TopicComment() {
    }

    public TopicComment(String id, String topicId, String actorKey, String body, OffsetDateTime now) {
        this.id = id;
        this.topicId = topicId;
        this.actorKey = actorKey;
        this.body = Texts.required("body", body, 2000);
        this.state = State.PENDING;
        this.createdAt = now;
        this.version = 1;
    }

    public void moderate(boolean publish, String moderator) {
        if (state != State.PENDING) {
            throw new StateConflict("The comment was moderated already: " + state);
        }
        state = publish ? State.PUBLISHED : State.REJECTED;
        moderatedBy = moderator;
        version++;
    }

    public void requireVersion(long expected) {
        VersionMismatch.check(expected, version);
    }

    public String id() { return id; }
    public String topicId() { return topicId; }
    public String actorKey() { return actorKey; }
    public String body() { return body; }
    public State state() { return state; }
    public Optional<String> moderatedBy() { return Optional.ofNullable(moderatedBy); }
    public OffsetDateTime createdAt() { return createdAt; }
    public long version() { return version; }
}
