package org.jiceng.platform.party.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jiceng.platform.party.domain.OrganizationType;
import org.jiceng.platform.party.domain.PartyMember;
import org.jiceng.platform.party.domain.PartyOrganization;
import org.jiceng.platform.party.domain.PartyPost;
import org.jiceng.platform.party.domain.PartyRepository;
import org.jiceng.platform.party.domain.PartyStatistics;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.domain.StateConflict;
import org.jiceng.platform.shared.events.Outbox;
import org.jiceng.platform.shared.persistence.Ids;
import org.jiceng.platform.shared.security.CallerContext;
import org.jiceng.platform.shared.security.Permission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The Party organisation tree: establishing, moving and dissolving organisations, their posts and coverage. */
@ApplicationScoped
@Transactional
public class PartyOrganizations {
    @Inject
    PartyRepository repo;
    @Inject
    PartyStatistics statistics;
    @Inject
    PartyRecords records;
    @Inject
    CallerContext callers;
    @Inject
    Outbox outbox;

    public PartyOrganization establish(String parentId, String type, String name, String hostKind,
                                       LocalDate establishedOn, String purpose, LocalDate endsOn) {
        callers.get().require(Permission.PARTY_WRITE);
        OrganizationType t = type(type);
        Optional<PartyOrganization> parent = parentId == null ? Optional.empty()
                : Optional.of(records.organization(parentId));
        PartyOrganization o = PartyOrganization.establish(Ids.newId(), parent, t, name, hostKind, establishedOn,
                purpose, endsOn, records.now());
        repo.add(o);
        repo.flush();
        outbox.record("party-organization.established", "party-organization", o.id(), Map.of("id", o.id(),
                "type", o.type().name(), "name", o.name()));
        return o;
    }

    /** Moves an organisation, with everything below it, under another (null: to the top). */
    public PartyOrganization move(String id, long expectedVersion, String parentId) {
        callers.get().require(Permission.PARTY_WRITE);
        PartyOrganization o = records.locked(PartyOrganization.class, "Party organisation", id);
        o.requireVersion(expectedVersion);
        Optional<PartyOrganization> parent = parentId == null ? Optional.empty()
                : Optional.of(records.organization(parentId));
        String oldPath = o.path();
        o.moveUnder(parent);
        repo.flush();
        repo.rewritePaths(oldPath, o.path());
        outbox.record("party-organization.moved", "party-organization", o.id(), Map.of("id", o.id(),
                "parentId", parent.map(PartyOrganization::id).orElse("")));
        return o;
    }

    /** Dissolves an organisation once nothing below it stands; its serving posts end the same day. */
    public PartyOrganization dissolve(String id, long expectedVersion, LocalDate on) {
        callers.get().require(Permission.PARTY_WRITE);
        PartyOrganization o = records.locked(PartyOrganization.class, "Party organisation", id);
        o.requireVersion(expectedVersion);
        if (repo.hasStandingChildren(o.id())) {
            throw new StateConflict("organisations below it still stand: dissolve or move them first");
        }
        LocalDate date = on == null ? records.today() : on;
        o.dissolve(date);
        for (PartyPost p : repo.postsOfOrganization(o.id())) {
            if (p.endedOn().isEmpty()) {
                p.end(date.isBefore(p.startedOn()) ? p.startedOn() : date);
            }
        }
        outbox.record("party-organization.dissolved", "party-organization", o.id(), Map.of("id", o.id(),
                "dissolvedOn", date.toString()));
        return o;
    }

    public PartyOrganization get(String id) {
        callers.get().require(Permission.PARTY_READ);
        return records.organization(id);
    }

    public List<PartyOrganization> subtree(String id) {
        callers.get().require(Permission.PARTY_READ);
        return repo.subtree(records.organization(id));
    }

    public List<PartyOrganization> ancestors(String id) {
        callers.get().require(Permission.PARTY_READ);
        PartyOrganization o = records.organization(id);
        return repo.byIds(Arrays.stream(o.path().split("/")).filter(s -> !s.isEmpty() && !s.equals(o.id()))
                .toList());
    }

    public List<PartyOrganization> tops() {
        callers.get().require(Permission.PARTY_READ);
        return repo.tops();
    }

    /** Appoints a member on the roster of the organisation (or of one below it) to a post in it. */
    public PartyPost appoint(String organizationId, String memberId, String title, LocalDate startedOn) {
        callers.get().require(Permission.PARTY_WRITE);
        PartyOrganization o = records.organization(organizationId);
        PartyMember m = records.member(memberId);
        if (!repo.onRosterWithin(o, m.id())) {
            throw new RuleViolation("memberId", "the member is on the roster of neither this organisation nor one "
                    + "below it");
        }
        for (PartyPost p : repo.postsOfOrganization(o.id())) {
            if (p.endedOn().isEmpty() && p.title().equals(title) && (title.equals("SECRETARY")
                    || p.memberId().equals(m.id()))) {
                throw new StateConflict(title.equals("SECRETARY") ? "the organisation has a serving secretary: "
                        + "end that post first" : "the member holds this post already");
            }
        }
        PartyPost post = new PartyPost(Ids.newId(), o, m, title, startedOn, records.now());
        repo.add(post);
        repo.flush();
        outbox.record("party-post.appointed", "party-organization", o.id(), Map.of("postId", post.id(),
                "memberId", m.id(), "title", title));
        return post;
    }

    public PartyPost endPost(String postId, long expectedVersion, LocalDate on) {
        callers.get().require(Permission.PARTY_WRITE);
        PartyPost p = records.locked(PartyPost.class, "post", postId);
        p.requireVersion(expectedVersion);
        p.end(on == null ? records.today() : on);
        outbox.record("party-post.ended", "party-organization", p.organizationId(), Map.of("postId", p.id()));
        return p;
    }

    public PartyPost post(String postId) {
        callers.get().require(Permission.PARTY_READ);
        return records.found(PartyPost.class, "post", postId);
    }

    public List<PartyPost> posts(String organizationId) {
        callers.get().require(Permission.PARTY_READ);
        return repo.postsOfOrganization(records.organization(organizationId).id());
    }

    /** The grid nodes an organisation covers, with the organisation whose version guards them. */
    public record Coverage(PartyOrganization organization, List<String> gridIds) {
    }

    /** Sets the grid nodes the organisation covers (replacing the earlier set). */
    public Coverage cover(String organizationId, long expectedVersion, List<String> gridIds) {
        callers.get().require(Permission.PARTY_WRITE);
        PartyOrganization o = records.locked(PartyOrganization.class, "Party organisation", organizationId);
        o.requireVersion(expectedVersion);
        if (gridIds == null || gridIds.size() > 500) {
            throw new RuleViolation("gridIds", "a list of at most 500 grid nodes");
        }
        List<String> ids = new ArrayList<>();
        for (String g : gridIds) {
            ids.add(records.grid(g).id());
        }
        repo.cover(o.id(), ids.stream().distinct().toList());
        o.coverageChanged();
        repo.flush();
        outbox.record("party-organization.coverage-set", "party-organization", o.id(), Map.of("id", o.id(),
                "grids", ids.size()));
        return new Coverage(o, repo.coveredGrids(o.id()));
    }

    public Coverage coverage(String organizationId) {
        callers.get().require(Permission.PARTY_READ);
        PartyOrganization o = records.organization(organizationId);
        return new Coverage(o, repo.coveredGrids(o.id()));
    }

    /** Party statistics of the grid subtree of {@code gridId}. */
    public PartyStatistics.PartyStats stats(String gridId) {
        callers.get().require(Permission.PARTY_READ);
        return statistics.stats(records.grid(gridId).path());
    }

    private static OrganizationType type(String type) {
        try {
            return OrganizationType.valueOf(type);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RuleViolation("type", "one of " + List.of(OrganizationType.values()));
        }
    }
}
