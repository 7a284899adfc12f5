package org.jiceng.platform.deliberation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jiceng.platform.deliberation.domain.Council;
import org.jiceng.platform.deliberation.domain.CouncilMember;
import org.jiceng.platform.deliberation.domain.CouncilRole;
import org.jiceng.platform.deliberation.domain.DeliberationRepository;
import org.jiceng.platform.grid.domain.GridLevel;
import org.jiceng.platform.grid.domain.GridNode;
import org.jiceng.platform.grid.domain.HouseholdRepository;
import org.jiceng.platform.shared.domain.RecordNotFound;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.domain.Slice;
import org.jiceng.platform.shared.events.Outbox;
import org.jiceng.platform.shared.persistence.Ids;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/** Councils, their mandate and settings, their terms and members. Staff run them; anyone taking part reads them. */
@ApplicationScoped
@Transactional
public class Councils {
    private static final EnumSet<GridLevel> VENUES = EnumSet.of(GridLevel.STREET, GridLevel.COMMUNITY,
            GridLevel.COMPOUND, GridLevel.GRID, GridLevel.BUILDING);

    @Inject
    Venues venues;
    @Inject
    DeliberationRepository repo;
    @Inject
    HouseholdRepository households;
    @Inject
    Outbox outbox;

    public record NewCouncil(String gridId, String name, String mandateScope, String mandateTopicId,
                             Integer secondsToAgenda, Integer evaluationWindowDays, LocalDate termStartsOn,
                             LocalDate termEndsOn) {
    }

    public Council create(NewCouncil n) {
        venues.staff();
        GridNode node = venues.node("gridId", n.gridId());
        if (!VENUES.contains(node.level())) {
            throw new RuleViolation("gridId", "a street, community, compound, grid or building");
        }
        Council c = new Council(Ids.newId(), node.id(), n.name(), n.mandateScope(),
                n.secondsToAgenda() == null ? 10 : n.secondsToAgenda(),
                n.evaluationWindowDays() == null ? 30 : n.evaluationWindowDays(), n.termStartsOn(), n.termEndsOn(),
                venues.now());
        if (n.mandateTopicId() != null) {
            c.mandatedBy(venues.topic(n.mandateTopicId()));
        }
        repo.add(c);
        repo.flush();
        outbox.record("council.created", "council", c.id(), Map.of("id", c.id(), "gridId", c.gridId()));
        return c;
    }

    public Council get(String id) {
        venues.reader();
        return venues.council(id);
    }

    public Slice<Council> list(String afterId, int limit) {
        venues.reader();
        return Slice.of(repo.councils(afterId, limit), limit);
    }

    public Council change(String id, long expectedVersion, Integer secondsToAgenda, Integer evaluationWindowDays,
                          String mandateScope) {
        venues.staff();
        Council c = repo.councilForUpdate(id).orElseThrow(() -> new RecordNotFound("council", id));
        c.requireVersion(expectedVersion);
        c.change(secondsToAgenda, evaluationWindowDays, mandateScope);
        repo.flush();
        outbox.record("council.changed", "council", c.id(), Map.of("id", c.id()));
        return c;
    }

    public Council renewTerm(String id, long expectedVersion, LocalDate startsOn, LocalDate endsOn) {
        venues.staff();
        Council c = repo.councilForUpdate(id).orElseThrow(() -> new RecordNotFound("council", id));
        c.requireVersion(expectedVersion);
        c.renewTerm(startsOn, endsOn);
        repo.flush();
        outbox.record("council.term_renewed", "council", c.id(), Map.of("id", c.id(), "termNo", c.termNo()));
        return c;
    }

    public record NewMember(CouncilRole role, String seat, String accountSubject, String householdId) {
    }

    public CouncilMember addMember(String councilId, NewMember n) {
        venues.staff();
        Council c = repo.councilForUpdate(councilId).orElseThrow(() -> new RecordNotFound("council", councilId));
        if (n.householdId() != null) {
            households.find(n.householdId()).orElseThrow(() -> new RecordNotFound("household", n.householdId()));
        }
        if (n.accountSubject() != null && repo.members(c.id(), c.termNo()).stream()
                .anyMatch(m -> m.accountSubject().filter(n.accountSubject()::equals).isPresent())) {
            throw new org.jiceng.platform.shared.domain.StateConflict("That account holds a seat on this council's "
                    + "current term already");
        }
        CouncilMember m = new CouncilMember(Ids.newId(), c, n.role(), n.seat(), n.accountSubject(),
                n.householdId(), venues.now());
        repo.add(m);
        repo.flush();
        outbox.record("council.member_added", "council", c.id(), Map.of("id", c.id(), "memberId", m.id(),
                "role", m.role().name()));
        return m;
    }

    /** The current term's members. */
    public List<CouncilMember> members(String councilId) {
        venues.reader();
        Council c = venues.council(councilId);
        return repo.members(c.id(), c.termNo());
    }

    public void removeMember(String councilId, String memberId) {
        venues.staff();
        Council c = venues.council(councilId);
        CouncilMember m = repo.member(memberId).filter(x -> x.councilId().equals(c.id()))
                .orElseThrow(() -> new RecordNotFound("council member", memberId));
        repo.removeMember(m);
        repo.flush();
        outbox.record("council.member_removed", "council", c.id(), Map.of("id", c.id(), "memberId", m.id()));
    }
}
