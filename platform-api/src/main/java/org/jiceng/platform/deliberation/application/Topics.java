package org.jiceng.platform.deliberation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jiceng.platform.casework.domain.CaseRepository;
import org.jiceng.platform.deliberation.domain.Council;
import org.jiceng.platform.deliberation.domain.DecisionKind;
import org.jiceng.platform.deliberation.domain.DeliberationRepository;
import org.jiceng.platform.deliberation.domain.MeetingKind;
import org.jiceng.platform.deliberation.domain.ReviewVerdict;
import org.jiceng.platform.deliberation.domain.Topic;
import org.jiceng.platform.deliberation.domain.TopicComment;
import org.jiceng.platform.deliberation.domain.TopicMeeting;
import org.jiceng.platform.deliberation.domain.TopicOrigin;
import org.jiceng.platform.deliberation.domain.TopicStage;
import org.jiceng.platform.grid.domain.GridNode;
import org.jiceng.platform.party.domain.PartyRepository;
import org.jiceng.platform.shared.domain.RecordNotFound;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.domain.Slice;
import org.jiceng.platform.shared.domain.StateConflict;
import org.jiceng.platform.shared.events.Outbox;
import org.jiceng.platform.shared.persistence.Ids;
import org.jiceng.platform.shared.security.AccessDenied;
import org.jiceng.platform.shared.security.Caller;
import org.jiceng.platform.shared.security.Permission;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Topics from proposal to decision: proposing, seconding, the agenda, the Party organisation's review, meetings, the
 * online consultation, deciding by consultation, and closing. Votes are {@link Votes}; carrying out and evaluating,
 * {@link Implementation}.
 */
@ApplicationScoped
@Transactional
public class Topics {
    /** Origins a resident may claim; staff name any. */
    private static final EnumSet<TopicOrigin> RESIDENTS_ORIGINS = EnumSet.of(TopicOrigin.RESIDENT,
            TopicOrigin.PARTY_MEMBER);

    @Inject
    Venues venues;
    @Inject
    DeliberationRepository repo;
    @Inject
    CaseRepository cases;
    @Inject
    PartyRepository party;
    @Inject
    MeetingUnits units;
    @Inject
    Outbox outbox;

    public record NewTopic(String councilId, String gridId, String title, String description, TopicOrigin origin,
                           String originRef, boolean major, String partyOrganizationId, String amendsTopicId) {
    }

    public Topic propose(NewTopic n) {
        Caller caller = venues.participant();
        Council council = venues.council(n.councilId());
        GridNode councilNode = venues.node("councilId", council.gridId());
        GridNode venue = n.gridId() == null ? councilNode : venues.node("gridId", n.gridId());
        venues.requireWithin("gridId", venue, councilNode);
        TopicOrigin origin = n.origin() == null ? TopicOrigin.RESIDENT : n.origin();
        if (!caller.can(Permission.DELIBERATION_WRITE) && !RESIDENTS_ORIGINS.contains(origin)) {
            throw new RuleViolation("origin", "RESIDENT or PARTY_MEMBER for a resident's proposal");
        }
        if (origin == TopicOrigin.CASE) {
            if (n.originRef() == null) {
                throw new RuleViolation("originRef", "the case's id");
            }
            cases.find(n.originRef()).orElseThrow(() -> new RecordNotFound("case", n.originRef()));
        }
        if (origin == TopicOrigin.PARTY_ORGANIZATION && n.originRef() != null) {
            party.organization(n.originRef()).orElseThrow(() -> new RecordNotFound("Party organisation",
                    n.originRef()));
        }
        if (n.partyOrganizationId() != null) {
            party.organization(n.partyOrganizationId()).orElseThrow(() -> new RecordNotFound("Party organisation",
                    n.partyOrganizationId()));
        }
        String originRef = n.originRef() == null ? null : n.originRef().strip().toLowerCase(java.util.Locale.ROOT);
        Topic t = new Topic(Ids.newId(), council.id(), venue.id(), n.title(), n.description(), origin,
                originRef, venues.actorKey(), n.major(), n.partyOrganizationId(), venues.now());
        if (n.amendsTopicId() != null) {
            t.amends(venues.topic(n.amendsTopicId()));
        }
        repo.add(t);
        repo.flush();
        outbox.record("topic.proposed", "topic", t.id(), Map.of("id", t.id(), "councilId", council.id(),
                "origin", origin.name(), "caseId", origin == TopicOrigin.CASE ? n.originRef() : ""));
        return t;
    }

    public Topic get(String id) {
        venues.reader();
        return venues.topic(id);
    }

    /** Topics; {@code caseId} finds those raised from a case (the case's link to its topics). */
    public Slice<Topic> list(Optional<String> councilId, Optional<TopicStage> stage, Optional<String> caseId,
                             String afterId, int limit) {
        venues.reader();
        return Slice.of(repo.topics(councilId, stage, caseId.map(id -> id.toLowerCase(java.util.Locale.ROOT)),
                afterId, limit), limit);
    }

    /** 附议: a resident supports the proposal, once. */
    public Topic second(String id) {
        venues.participant();
        Topic t = venues.topicForUpdate(id);
        if (t.proposerKey().equals(venues.actorKey())) {
            throw new StateConflict("The proposer does not second their own proposal");
        }
        if (t.stage() != TopicStage.PROPOSED) {
            t.second(); // refused with the stage's allowed steps
        }
        if (!repo.addSecond(t.id(), venues.actorKey())) {
            throw new StateConflict("You have seconded this proposal already");
        }
        t.second();
        repo.flush();
        outbox.record("topic.seconded", "topic", t.id(), Map.of("id", t.id(), "seconds", t.seconds()));
        return t;
    }

    public Topic accept(String id, long expectedVersion) {
        return step(id, expectedVersion, t -> t.accept(venues.council(t.councilId()).secondsToAgenda(),
                venues.now()), "topic.accepted");
    }

    public Topic decline(String id, long expectedVersion, String reason) {
        return step(id, expectedVersion, t -> t.decline(reason), "topic.declined");
    }

    /** The proposer or staff withdraw it before a vote. */
    public Topic withdraw(String id, long expectedVersion) {
        Caller caller = venues.participant();
        Topic t = venues.topicForUpdate(id);
        if (!caller.can(Permission.DELIBERATION_WRITE) && !t.proposerKey().equals(venues.actorKey())) {
            throw new AccessDenied("Only the proposer or the council's staff withdraw a topic");
        }
        t.requireVersion(expectedVersion);
        t.withdraw();
        return done(t, "topic.withdrawn");
    }

    /** 审查把关: the responsible Party organisation records its review (a Party secretary or a tenant admin). */
    public Topic review(String id, long expectedVersion, ReviewVerdict verdict, String opinion, String reviewer,
                        LocalDate on) {
        Caller caller = venues.staff();
        caller.require(Permission.PARTY_WRITE);
        if (verdict == null) {
            throw new RuleViolation("verdict", "APPROVED or RETURNED");
        }
        if (on == null || on.isAfter(venues.now().toLocalDate())) {
            throw new RuleViolation("reviewedOn", "a date not in the future");
        }
        Topic t = venues.topicForUpdate(id);
        t.requireVersion(expectedVersion);
        t.recordReview(verdict, opinion, reviewer, on);
        return done(t, "topic.reviewed");
    }

    public record NewMeeting(MeetingKind kind, OffsetDateTime heldAt, String gridId, List<MeetingUnits.Unit> units,
                             Integer attendance, String minutes, List<String> options) {
    }

    public TopicMeeting recordMeeting(String topicId, NewMeeting n) {
        venues.staff();
        if (n.kind() == null) {
            throw new RuleViolation("kind", "required");
        }
        Topic t = venues.topicForUpdate(topicId);
        GridNode venueOfTopic = venues.node("gridId", t.gridId());
        GridNode where = n.gridId() == null ? venueOfTopic : venues.node("gridId", n.gridId());
        venues.requireWithin("gridId", where, venues.node("gridId", venues.council(t.councilId()).gridId()));
        t.meetingHeld();
        TopicMeeting m = new TopicMeeting(Ids.newId(), t.id(), n.kind(), n.heldAt(), where.id(),
                units.checkedJson(n.units()), n.attendance() == null ? 0 : n.attendance(), n.minutes(),
                MeetingUnits.options(n.options()), venues.now());
        repo.add(m);
        repo.flush();
        outbox.record("topic.meeting_held", "topic", t.id(), Map.of("id", t.id(), "meetingId", m.id(),
                "kind", m.kind().name()));
        return m;
    }

    public List<TopicMeeting> meetings(String topicId) {
        venues.reader();
        return repo.meetings(venues.topic(topicId).id());
    }

    /** The council records the consultation's outcome as its decision. */
    public Topic decide(String id, long expectedVersion, DecisionKind kind, String text, String fundedBy) {
        return step(id, expectedVersion, t -> {
            t.decideByConsultation(kind == null ? DecisionKind.RESOLUTION : kind, text, venues.now());
            reviseIfAmending(t);
            if (fundedBy != null) {
                t.fundedBy(fundedBy);
            }
        }, "decision.made");
    }

    /** A passed convention that amends an earlier one supersedes it. */
    void reviseIfAmending(Topic t) {
        if (t.passed() && t.amendsTopicId().isPresent() && t.decisionKind().orElseThrow() == DecisionKind.CONVENTION) {
            Topic earlier = venues.topicForUpdate(t.amendsTopicId().get());
            t.revise(earlier);
        }
    }

    public Topic fund(String id, long expectedVersion, String fundedBy) {
        return step(id, expectedVersion, t -> t.fundedBy(fundedBy), "decision.funded");
    }

    public Topic deliberateAgain(String id, long expectedVersion) {
        return step(id, expectedVersion, Topic::deliberateAgain, "topic.deliberating");
    }

    public Topic close(String id, long expectedVersion, String result) {
        return step(id, expectedVersion, t -> t.close(result, venues.now()), "topic.closed");
    }

    public TopicComment comment(String topicId, String body) {
        venues.participant();
        Topic t = venues.topic(topicId);
        if (!EnumSet.of(TopicStage.PROPOSED, TopicStage.ACCEPTED, TopicStage.DELIBERATING).contains(t.stage())) {
            throw new StateConflict("The consultation is open until the topic goes to a decision; it is "
                    + t.stage());
        }
        TopicComment c = new TopicComment(Ids.newId(), t.id(), venues.actorKey(), body, venues.now());
        repo.add(c);
        repo.flush();
        outbox.recordAnonymous("topic.commented", "topic", t.id(), Map.of("id", t.id(), "commentId", c.id()));
        return c;
    }

    /** Staff see every comment; residents the published ones and their own. */
    public Slice<TopicComment> comments(String topicId, String afterId, int limit) {
        Caller caller = venues.reader();
        Topic t = venues.topic(topicId);
        boolean staff = caller.can(Permission.DELIBERATION_READ);
        List<TopicComment> found = repo.comments(t.id(), false, afterId, limit);
        String me = venues.actorKey();
        return Slice.of(staff ? found : found.stream().filter(c -> c.state() == TopicComment.State.PUBLISHED
                || c.actorKey().equals(me)).toList(), limit);
    }

    public TopicComment moderate(String topicId, String commentId, long expectedVersion, boolean publish) {
        Caller caller = venues.staff();
        Topic t = venues.topic(topicId);
        TopicComment c = repo.comment(commentId).filter(x -> x.topicId().equals(t.id()))
                .orElseThrow(() -> new RecordNotFound("comment", commentId));
        c.requireVersion(expectedVersion);
        c.moderate(publish, caller.subject());
        repo.flush();
        outbox.record("topic.comment_moderated", "topic", t.id(), Map.of("id", t.id(), "commentId", c.id(),
                "state", c.state().name()));
        return c;
    }

    private interface Step {
        void take(Topic t);
    }

    private Topic step(String id, long expectedVersion, Step step, String event) {
        venues.staff();
        Topic t = venues.topicForUpdate(id);
        t.requireVersion(expectedVersion);
        step.take(t);
        return done(t, event);
    }

    private Topic done(Topic t, String event) {
        repo.flush();
        outbox.record(event, "topic", t.id(), Map.of("id", t.id(), "stage", t.stage().name()));
        return t;
    }
}
