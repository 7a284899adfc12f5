package org.jiceng.platform.deliberation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.transaction.Transactional;
import org.jiceng.platform.deliberation.domain.Ballot;
import org.jiceng.platform.deliberation.domain.Choice;
import org.jiceng.platform.deliberation.domain.Council;
import org.jiceng.platform.deliberation.domain.DeliberationRepository;
import org.jiceng.platform.deliberation.domain.Elector;
import org.jiceng.platform.deliberation.domain.Electorate;
import org.jiceng.platform.deliberation.domain.PropertyUnit;
import org.jiceng.platform.deliberation.domain.ResidentBinding;
import org.jiceng.platform.deliberation.domain.Tally;
import org.jiceng.platform.deliberation.domain.Topic;
import org.jiceng.platform.deliberation.domain.Vote;
import org.jiceng.platform.deliberation.domain.VoteResult;
import org.jiceng.platform.deliberation.domain.VoteTerms;
import org.jiceng.platform.grid.domain.GridNode;
import org.jiceng.platform.grid.domain.GridRepository;
import org.jiceng.platform.grid.domain.Household;
import org.jiceng.platform.grid.domain.HouseholdReach;
import org.jiceng.platform.grid.domain.HouseholdRepository;
import org.jiceng.platform.shared.domain.RecordNotFound;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.domain.Slice;
import org.jiceng.platform.shared.domain.StateConflict;
import org.jiceng.platform.shared.events.Outbox;
import org.jiceng.platform.shared.persistence.Ids;
import org.jiceng.platform.shared.security.AccessDenied;
import org.jiceng.platform.shared.security.Caller;
import org.jiceng.platform.shared.security.Permission;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Votes: drafted on a topic, opened (the roll is taken and the rule fixed), cast once per elector, closed (tallied
 * and decided under the rule). A secret vote stores nothing that links a ballot to its voter: the roll records who
 * voted and nothing else; until the close, the ballots exist only as sorted weights in the vote's box (no order, no
 * time, no voter); at the close they are written out with random ids in random order, in the closing transaction,
 * and the box is emptied. Nothing on the ballot routes logs the voter.
 */
@ApplicationScoped
@Transactional
public class Votes {
    private static final BigDecimal ONE = new BigDecimal("1.00");

    @Inject
    Venues venues;
    @Inject
    DeliberationRepository repo;
    @Inject
    GridRepository grids;
    @Inject
    HouseholdRepository households;
    @Inject
    Topics topics;
    @Inject
    Outbox outbox;

    /** The draft's terms as sent; {@code gridIds} are the electorate's nodes. */
    public record Terms(String motion, org.jiceng.platform.deliberation.domain.DecisionKind decisionKind,
                        org.jiceng.platform.deliberation.domain.VoteRule rule,
                        org.jiceng.platform.deliberation.domain.MeetingForm meetingForm, Integer quorumPercent,
                        Electorate electorate, List<String> gridIds, Boolean secret) {
    }

    public Vote draft(String topicId, Terms terms) {
        venues.staff();
        Topic t = venues.topicForUpdate(topicId);
        if (!java.util.EnumSet.of(org.jiceng.platform.deliberation.domain.TopicStage.ACCEPTED,
                org.jiceng.platform.deliberation.domain.TopicStage.DELIBERATING).contains(t.stage())) {
            throw new StateConflict("A vote is drafted on a topic on the agenda or under deliberation; it is "
                    + t.stage());
        }
        Vote v = new Vote(Ids.newId(), t.id(), checked(t, terms), venues.now());
        repo.add(v);
        repo.flush();
        outbox.record("vote.drafted", "vote", v.id(), Map.of("id", v.id(), "topicId", t.id()));
        return v;
    }

    /** Changes a draft; once the vote is open, any change is refused. */
    public Vote revise(String id, long expectedVersion, Terms terms) {
        venues.staff();
        Vote v = venues.voteForUpdate(id);
        v.requireVersion(expectedVersion);
        if (v.state() != Vote.State.DRAFT) {
            v.revise(null); // refused: the terms are fixed
        }
        v.revise(checked(venues.topic(v.topicId()), merged(v, terms)));
        repo.flush();
        outbox.record("vote.revised", "vote", v.id(), Map.of("id", v.id()));
        return v;
    }

    private static Terms merged(Vote v, Terms t) {
        return new Terms(t.motion() != null ? t.motion() : v.motion(),
                t.decisionKind() != null ? t.decisionKind() : v.decisionKind(),
                t.rule() != null ? t.rule() : v.rule(), t.meetingForm() != null ? t.meetingForm()
                : (t.rule() != null ? null : v.meetingForm().orElse(null)),
                t.quorumPercent() != null ? t.quorumPercent() : (t.rule() != null ? null
                        : v.quorumPercent().orElse(null)),
                t.electorate() != null ? t.electorate() : v.electorate(),
                t.gridIds() != null ? t.gridIds() : org.jiceng.platform.deliberation.application.MeetingUnits
                        .strings(v.gridIdsJson()), t.secret() != null ? t.secret() : v.secret());
    }

    private VoteTerms checked(Topic topic, Terms t) {
        if (t.rule() == null) {
            throw new RuleViolation("rule", "required");
        }
        Electorate electorate = t.electorate() != null ? t.electorate()
                : t.meetingForm() != null ? t.meetingForm().electorate() : null;
        if (electorate == null) {
            throw new RuleViolation("electorate", "required");
        }
        List<String> nodes = t.gridIds() == null ? List.of() : t.gridIds();
        if (electorate.needsNodes() && nodes.isEmpty()) {
            throw new RuleViolation("gridIds", "the nodes whose " + electorate.name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', ' ') + " vote");
        }
        if (!electorate.needsNodes() && !nodes.isEmpty()) {
            throw new RuleViolation("gridIds", "not with COUNCIL_MEMBERS");
        }
        if (nodes.size() > 100) {
            throw new RuleViolation("gridIds", "at most 100 nodes");
        }
        GridNode councilNode = venues.node("gridIds", venues.council(topic.councilId()).gridId());
        JsonArrayBuilder ids = Json.createArrayBuilder();
        for (String id : nodes) {
            GridNode n = venues.node("gridIds", id);
            venues.requireWithin("gridIds", n, councilNode);
            ids.add(n.id());
        }
        return new VoteTerms(t.motion(), t.decisionKind() == null
                ? org.jiceng.platform.deliberation.domain.DecisionKind.RESOLUTION : t.decisionKind(), t.rule(),
                t.meetingForm(), t.quorumPercent(), electorate, ids.build().toString(),
                Boolean.TRUE.equals(t.secret()));
    }

    /** Opens the vote: the topic must allow it (a major matter needs its review), and the roll is taken now. */
    public Vote open(String id, long expectedVersion) {
        venues.staff();
        Vote v = venues.voteForUpdate(id);
        v.requireVersion(expectedVersion);
        Topic t = venues.topicForUpdate(v.topicId());
        t.voteOpened(v.id());
        List<Elector> roll = roll(v, t);
        if (v.meetingForm().filter(f -> f == org.jiceng.platform.deliberation.domain.MeetingForm.GROUP_REPRESENTATIVES)
                .isPresent()) {
            requireTwoOrThreePerGroup(MeetingUnits.strings(v.gridIdsJson()));
        }
        BigDecimal area = roll.stream().map(Elector::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        v.open(roll.size(), v.rule().countsArea() ? area : BigDecimal.ZERO, venues.now());
        repo.flush();
        repo.addElectors(v.id(), roll);
        outbox.record("vote.opened", "vote", v.id(), Map.of("id", v.id(), "topicId", t.id(), "rule",
                v.rule().name(), "entitled", roll.size()));
        return v;
    }

    /** The electorate as it stands now. */
    private List<Elector> roll(Vote v, Topic t) {
        List<Elector> roll = new ArrayList<>();
        List<String> nodes = MeetingUnits.strings(v.gridIdsJson());
        switch (v.electorate()) {
            case COUNCIL_MEMBERS -> {
                Council c = venues.council(t.councilId());
                repo.members(c.id(), c.termNo()).forEach(m -> roll.add(elector("COUNCIL_MEMBER", m.id(), ONE)));
            }
            case HOUSEHOLDS -> householdsOf(nodes).forEach(h -> roll.add(elector("HOUSEHOLD", h, ONE)));
            case RESIDENTS -> repo.verifiedBindingsOfHouseholds(householdsOf(nodes))
                    .forEach(b -> roll.add(elector("RESIDENT", b.id(), ONE)));
            case REPRESENTATIVES -> repo.representatives(subtreeIds(nodes))
                    .forEach(r -> roll.add(elector("REPRESENTATIVE", r.id(), ONE)));
            case OWNERS -> {
                Map<String, BigDecimal> byOwner = new LinkedHashMap<>();
                List<String> ids = subtreeIds(nodes);
                String after = null;
                while (true) {
                    List<PropertyUnit> page = repo.units(ids, after, 1000);
                    page.stream().limit(1000).forEach(u -> byOwner.merge(u.ownerId(), u.area(), BigDecimal::add));
                    if (page.size() <= 1000) {
                        break;
                    }
                    after = page.get(999).id();
                }
                byOwner.forEach((owner, area) -> roll.add(elector("OWNER", owner, area)));
            }
        }
        return roll;
    }

    /** 2018 text art. 9 para. 2: each residents' group elects two or three representatives to the meeting. */
    private void requireTwoOrThreePerGroup(List<String> nodes) {
        Map<String, Long> perGroup = new java.util.TreeMap<>();
        repo.representatives(subtreeIds(nodes)).forEach(r -> perGroup.merge(r.gridId(), 1L, Long::sum));
        perGroup.forEach((group, count) -> {
            if (count < 2 || count > 3) {
                String name = grids.find(group).map(GridNode::name).orElse(group);
                throw new StateConflict("Each residents' group sends two or three representatives; " + name
                        + " has " + count);
            }
        });
    }

    private Elector elector(String kind, String refId, BigDecimal weight) {
        return new Elector(UUID.randomUUID().toString(), kind, refId, weight, false, null, null);
    }

    private List<String> subtreeIds(List<String> nodes) {
        List<String> ids = new ArrayList<>();
        for (String n : nodes) {
            GridNode node = grids.find(n).orElseThrow(() -> new RecordNotFound("grid", n));
            ids.add(node.id());
            grids.wholeSubtree(node).forEach(x -> ids.add(x.id()));
        }
        return ids.stream().distinct().toList();
    }

    private List<String> householdsOf(List<String> nodes) {
        List<String> ids = new ArrayList<>();
        for (String n : nodes) {
            GridNode node = grids.find(n).orElseThrow(() -> new RecordNotFound("grid", n));
            String after = null;
            while (true) {
                List<Household> page = households.within(node.path(), HouseholdReach.everything(), after, 1000);
                page.stream().limit(1000).forEach(h -> ids.add(h.id()));
                if (page.size() <= 1000) {
                    break;
                }
                after = page.get(999).id();
            }
        }
        return ids.stream().distinct().toList();
    }

    /** What the voter learns back: that the ballot counted, and for an open vote what it was. */
    public record Receipt(String voteId, String electorId, boolean secret, Optional<Ballot> ballot) {
    }

    /**
     * Casts a ballot. In person: the caller is found on the roll through their seat, their verified binding (through
     * the app it was made through) or their representative's account. On paper: staff name the elector and are
     * recorded as having entered the ballot.
     */
    public Receipt cast(String voteId, Choice choice, String paperElectorId) {
        Caller caller = venues.participant();
        if (choice == null) {
            throw new RuleViolation("choice", "YES, NO or ABSTAIN");
        }
        Vote v = repo.vote(voteId).orElseThrow(() -> new RecordNotFound("vote", voteId));
        v.requireOpen();
        Elector e;
        String recordedBy = null;
        if (paperElectorId != null) {
            if (!caller.can(Permission.DELIBERATION_WRITE)) {
                throw new AccessDenied("Only staff record a paper ballot");
            }
            e = repo.electorById(v.id(), paperElectorId).orElseThrow(() -> new RuleViolation("electorId",
                    "an elector on this vote's roll"));
            recordedBy = caller.subject();
        } else {
            e = electorOf(v, caller).orElseThrow(() -> new AccessDenied("You are not on this vote's roll: the "
                    + "electorate was fixed when the vote opened"));
        }
        boolean secret = v.secret();
        java.time.OffsetDateTime at = secret ? null : venues.now();
        if (!repo.markVoted(v.id(), e.id(), recordedBy, at)) {
            throw new StateConflict("This elector has voted already; a ballot is never changed");
        }
        if (secret) {
            repo.dropInBox(v.id(), choice, e.weight());
            return new Receipt(v.id(), e.id(), true, Optional.empty());
        }
        Ballot b = new Ballot(Ids.newId(), choice, e.weight(), e.id(), at);
        repo.addBallot(v.id(), b);
        outbox.record("vote.ballot_cast", "vote", v.id(), Map.of("id", v.id(), "electorId", e.id(),
                "choice", choice.name()));
        return new Receipt(v.id(), e.id(), false, Optional.of(b));
    }

    private Optional<Elector> electorOf(Vote v, Caller caller) {
        String actor = venues.actorKey();
        return switch (v.electorate()) {
            case COUNCIL_MEMBERS -> caller.serviceAccount() ? Optional.empty() : repo.elector(v.id(), "COUNCIL_MEMBER",
                    membersOf(v, caller.subject()));
            case REPRESENTATIVES -> caller.serviceAccount() ? Optional.empty()
                    : repo.elector(v.id(), "REPRESENTATIVE", representativesOf(v, caller.subject()));
            case HOUSEHOLDS -> repo.elector(v.id(), "HOUSEHOLD", bound(actor, caller).stream()
                    .map(b -> b.householdId().orElse(null)).filter(java.util.Objects::nonNull).toList());
            case RESIDENTS -> repo.elector(v.id(), "RESIDENT", bound(actor, caller).stream()
                    .map(ResidentBinding::id).toList());
            case OWNERS -> repo.elector(v.id(), "OWNER", bound(actor, caller).stream()
                    .map(b -> b.ownerId().orElse(null)).filter(java.util.Objects::nonNull).toList());
        };
    }

    /** Verified bindings usable by this caller: one made through an app is used through that app only. */
    private List<ResidentBinding> bound(String actor, Caller caller) {
        return repo.verifiedBindings(actor).stream().filter(b -> b.clientId().isEmpty() || !caller.serviceAccount()
                || b.clientId().get().equals(caller.clientId())).toList();
    }

    private List<String> membersOf(Vote v, String subject) {
        Council c = venues.council(venues.topic(v.topicId()).councilId());
        return repo.members(c.id(), c.termNo()).stream().filter(m -> m.accountSubject().filter(subject::equals)
                .isPresent()).map(org.jiceng.platform.deliberation.domain.CouncilMember::id).toList();
    }

    private List<String> representativesOf(Vote v, String subject) {
        return repo.representatives(subtreeIds(MeetingUnits.strings(v.gridIdsJson()))).stream()
                .filter(r -> r.accountSubject().equals(subject)).map(r -> r.id()).toList();
    }

    /** Closes the vote, tallies the ballots, decides under the rule, and decides the topic. */
    public Vote close(String id, long expectedVersion) {
        venues.staff();
        Vote v = venues.voteForUpdate(id);
        v.requireVersion(expectedVersion);
        v.requireOpen();
        Topic t = venues.topicForUpdate(v.topicId());
        if (v.secret()) {
            writeOutBox(v);
        }
        Tally tally = tally(v);
        VoteResult r = v.close(tally, venues.now());
        t.voteClosed(r.passed(), v.decisionKind(), v.motion(), venues.now());
        topics.reviseIfAmending(t);
        repo.flush();
        outbox.record("vote.closed", "vote", v.id(), Map.of("id", v.id(), "quorate", r.quorate(), "passed",
                r.passed(), "yes", tally.yes(), "no", tally.no(), "abstain", tally.abstain()));
        outbox.record("decision.made", "topic", t.id(), Map.of("id", t.id(), "outcome", t.outcome().orElse("")));
        return v;
    }

    /** The secret box becomes ballots: random ids, shuffled, no voter, no time; then the box is emptied. */
    private void writeOutBox(Vote v) {
        List<Ballot> ballots = new ArrayList<>();
        repo.box(v.id()).forEach((choice, weights) -> weights.forEach(w -> ballots.add(new Ballot(
                UUID.randomUUID().toString(), choice, w, null, null))));
        Collections.shuffle(ballots, new java.security.SecureRandom());
        ballots.forEach(b -> repo.addBallot(v.id(), b));
        repo.emptyBox(v.id());
    }

    private Tally tally(Vote v) {
        int[] counts = new int[3];
        BigDecimal[] areas = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        String after = null;
        while (true) {
            List<Ballot> page = repo.ballots(v.id(), after, 1000);
            for (Ballot b : page.stream().limit(1000).toList()) {
                counts[b.choice().ordinal()]++;
                areas[b.choice().ordinal()] = areas[b.choice().ordinal()].add(b.weight());
            }
            if (page.size() <= 1000) {
                break;
            }
            after = page.get(999).id();
        }
        boolean area = v.rule().countsArea();
        return new Tally(v.entitled().orElse(0), v.entitledArea().orElse(BigDecimal.ZERO), counts[0], counts[1],
                counts[2], area ? areas[0] : BigDecimal.ZERO, area ? areas[1] : BigDecimal.ZERO,
                area ? areas[2] : BigDecimal.ZERO);
    }

    public Vote get(String id) {
        venues.reader();
        return venues.vote(id);
    }

    public List<Vote> ofTopic(String topicId) {
        venues.reader();
        return repo.votes(venues.topic(topicId).id());
    }

    /** The roll: staff see it whole; it says who voted, never how. */
    public Slice<Elector> electors(String voteId, String afterId, int limit) {
        venues.caller().require(Permission.DELIBERATION_READ);
        Vote v = venues.vote(voteId);
        return Slice.of(repo.electors(v.id(), afterId, limit), limit);
    }

    /** Turnout so far: how many on the roll have voted. */
    public long turnout(Vote v) {
        long voted = 0;
        String after = null;
        while (true) {
            List<Elector> page = repo.electors(v.id(), after, 1000);
            voted += page.stream().limit(1000).filter(Elector::voted).count();
            if (page.size() <= 1000) {
                return voted;
            }
            after = page.get(999).id();
        }
    }

    /** Ballots: an open vote's as cast; a secret vote's only once closed, and then without voters. */
    public Slice<Ballot> ballots(String voteId, String afterId, int limit) {
        venues.reader();
        Vote v = venues.vote(voteId);
        if (v.state() != Vote.State.CLOSED && v.secret()) {
            throw new StateConflict("A secret vote's ballots are counted when it closes");
        }
        return Slice.of(repo.ballots(v.id(), afterId, limit), limit);
    }
}
