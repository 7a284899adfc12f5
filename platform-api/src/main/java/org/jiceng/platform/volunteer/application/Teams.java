package org.jiceng.platform.volunteer.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jiceng.platform.grid.domain.GridRepository;
import org.jiceng.platform.shared.domain.RecordNotFound;
import org.jiceng.platform.shared.domain.StateConflict;
import org.jiceng.platform.shared.events.Outbox;
import org.jiceng.platform.shared.persistence.Ids;
import org.jiceng.platform.shared.security.CallerContext;
import org.jiceng.platform.shared.security.Permission;
import org.jiceng.platform.volunteer.domain.TeamMember;
import org.jiceng.platform.volunteer.domain.VolunteerRepository;
import org.jiceng.platform.volunteer.domain.VolunteerTeam;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jiceng.platform.shared.domain.Slice;
import org.jiceng.platform.volunteer.domain.ServiceArea;
import java.util.Map;

/** Volunteer teams and their members; a team's leader is one of its members. */
@ApplicationScoped
@Transactional
public class Teams {
    @Inject
    VolunteerRepository repo;
    @Inject
    GridRepository grids;
    @Inject
    Volunteers volunteers;
    @Inject
    CallerContext callers;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;

    /** A team and its members' volunteer ids. */
    public record TeamView(VolunteerTeam team, List<String> members) {
    }

    public TeamView create(String name, ServiceArea serviceArea, String gridId, String leaderId) {
        callers.get().require(Permission.VOLUNTEERS_WRITE);
        String grid = grids.find(gridId).orElseThrow(() -> new RecordNotFound("grid", gridId)).id();
        String leader = leaderId == null ? null : volunteers.find(leaderId).id();
        VolunteerTeam t = new VolunteerTeam(Ids.newId(), name, serviceArea, grid, leader, now());
        repo.add(t);
        repo.flush();
        if (leader != null) {
            repo.add(new TeamMember(t.id(), leader, now()));
            repo.flush();
        }
        outbox.record("volunteer-team.created", "volunteer-team", t.id(), Map.of("id", t.id(), "name", t.name()));
        return new TeamView(t, repo.members(t.id()));
    }

    public Slice<TeamView> list(String afterId, int limit) {
        callers.get().require(Permission.VOLUNTEERS_READ);
        return Slice.of(repo.teams(afterId, limit + 1), limit).map(t -> new TeamView(t, repo.members(t.id())));
    }

    public TeamView get(String id) {
        callers.get().require(Permission.VOLUNTEERS_READ);
        VolunteerTeam t = find(id);
        return new TeamView(t, repo.members(t.id()));
    }

    public TeamView addMember(String teamId, long expectedVersion, String volunteerId) {
        callers.get().require(Permission.VOLUNTEERS_WRITE);
        VolunteerTeam t = repo.teamForUpdate(teamId).orElseThrow(() -> new RecordNotFound("volunteer team", teamId));
        t.requireVersion(expectedVersion);
        String v = volunteers.find(volunteerId).id();
        if (repo.isMember(t.id(), v)) {
            throw new StateConflict("the volunteer is in the team already");
        }
        repo.add(new TeamMember(t.id(), v, now()));
        t.admitted();
        repo.flush();
        outbox.record("volunteer-team.joined", "volunteer-team", t.id(), Map.of("teamId", t.id(), "volunteerId", v));
        return new TeamView(t, repo.members(t.id()));
    }

    VolunteerTeam find(String id) {
        return repo.team(id).orElseThrow(() -> new RecordNotFound("volunteer team", id));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
