package org.jiceng.platform.volunteer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** A volunteer's membership of a team. */
@Entity
@Table(name = "volunteer_team_member")
@IdClass(TeamMember.Key.class)
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class TeamMember {
    @Id
    @Column(name = "team_id")
    private String teamId;
    @Id
    @Column(name = "volunteer_id")
    private String volunteerId;
    @Column(name = "joined_at", nullable = false)
    private OffsetDateTime joinedAt;

    protected TeamMember() {
    }

    public TeamMember(String teamId, String volunteerId, OffsetDateTime now) {
        this.teamId = teamId;
        this.volunteerId = volunteerId;
        this.joinedAt = now;
    }

    public String teamId() { return teamId; }
    public String volunteerId() { return volunteerId; }
    public OffsetDateTime joinedAt() { return joinedAt; }

    /** The composite key. */
    public static class Key implements Serializable {
        public String teamId;
        public String volunteerId;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(teamId, k.teamId)
                    && java.util.Objects.equals(volunteerId, k.volunteerId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(teamId, volunteerId);
        }
    }
}
