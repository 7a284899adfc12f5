package org.jiceng.platform.deliberation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.transaction.Transactional;
import org.jiceng.platform.casework.application.CaseService;
import org.jiceng.platform.casework.application.CaseView;
import org.jiceng.platform.casework.application.NewCase;
import org.jiceng.platform.deliberation.domain.DeliberationRepository;
import org.jiceng.platform.deliberation.domain.Evaluations;
import org.jiceng.platform.deliberation.domain.ResidentBinding;
import org.jiceng.platform.deliberation.domain.TaskMilestone;
import org.jiceng.platform.deliberation.domain.TaskOwnerKind;
import org.jiceng.platform.deliberation.domain.Topic;
import org.jiceng.platform.deliberation.domain.TopicTask;
import org.jiceng.platform.grid.domain.GridNode;
import org.jiceng.platform.grid.domain.HouseholdRepository;
import org.jiceng.platform.shared.domain.RecordNotFound;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.domain.StateConflict;
import org.jiceng.platform.shared.events.Outbox;
import org.jiceng.platform.shared.persistence.Ids;
import org.jiceng.platform.shared.security.AccessDenied;
import org.jiceng.platform.shared.security.Caller;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * 办 and 评: the tasks a decision creates, their milestones and the cases they open; then the residents' evaluation
 * of the result, by those bound to a household (or owner) within the topic's venue.
 */
@ApplicationScoped
@Transactional
public class Implementation {
    @Inject
    Venues venues;
    @Inject
    DeliberationRepository repo;
    @Inject
    MeetingUnits units;
    @Inject
    CaseService cases;
    @Inject
    HouseholdRepository households;
    @Inject
    Outbox outbox;

    /** References to projects of the three lists and lines of fund ledgers: {@code kind} and {@code id}. */
    public record Link(String kind, String id) {
    }

    public record NewTask(String title, TaskOwnerKind ownerKind, String ownerId, LocalDate dueOn, List<Link> links) {
    }

    public TopicTask addTask(String topicId, NewTask n) {
        venues.staff();
        if (n.ownerKind() == null) {
            throw new RuleViolation("ownerKind", "DEPARTMENT, COMMUNITY_BODY, PARTY_ORGANIZATION or VOLUNTEER_TEAM");
        }
        units.requireExists("ownerId", n.ownerKind(), n.ownerId());
        Topic t = venues.topicForUpdate(topicId);
        t.taskAdded();
        TopicTask task = new TopicTask(Ids.newId(), t.id(), n.title(), n.ownerKind(), n.ownerId().toLowerCase(
                java.util.Locale.ROOT), n.dueOn(), links(n.links()), venues.now());
        repo.add(task);
        repo.flush();
        outbox.record("task.created", "task", task.id(), Map.of("id", task.id(), "topicId", t.id(),
                "ownerKind", task.ownerKind().name(), "ownerId", task.ownerId(), "dueOn", task.dueOn().toString()));
        return task;
    }

    private static String links(List<Link> links) {
        List<Link> given = links == null ? List.of() : links;
        if (given.size() > 50) {
            throw new RuleViolation("links", "at most 50");
        }
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (Link l : given) {
            if (l == null || l.kind() == null || !List.of("PROJECT", "FUND_LINE").contains(l.kind())
                    || !Ids.isWellFormed(l.id())) {
                throw new RuleViolation("links", "each a kind (PROJECT or FUND_LINE) and an id");
            }
            out.add(Json.createObjectBuilder().add("kind", l.kind()).add("id", l.id()));
        }
        return out.build().toString();
    }

    public List<TopicTask> tasks(String topicId) {
        venues.reader();
        return repo.tasks(venues.topic(topicId).id());
    }

    public TopicTask task(String id) {
        venues.reader();
        return repo.task(id).orElseThrow(() -> new RecordNotFound("task", id));
    }

    public List<TaskMilestone> milestones(String taskId) {
        return repo.milestones(task(taskId).id());
    }

    /** A milestone; when the last task of the topic reaches 100, the evaluation window opens. */
    public TopicTask reach(String taskId, long expectedVersion, LocalDate on, Integer progress, String note) {
        venues.staff();
        if (progress == null) {
            throw new RuleViolation("progress", "0 to 100");
        }
        TopicTask task = venues.taskForUpdate(taskId);
        task.requireVersion(expectedVersion);
        Topic t = venues.topicForUpdate(task.topicId());
        TaskMilestone m = task.reach(Ids.newId(), on, progress, note, venues.now());
        repo.add(m);
        repo.flush();
        outbox.record("task.progressed", "task", task.id(), Map.of("id", task.id(), "progress", task.progress()));
        if (task.doneOn().isPresent() && repo.tasks(t.id()).stream().allMatch(x -> x.doneOn().isPresent())) {
            t.tasksDone(venues.council(t.councilId()).evaluationWindowDays(), venues.now());
            repo.flush();
            outbox.record("topic.evaluating", "topic", t.id(), Map.of("id", t.id(), "stage", t.stage().name()));
        }
        return task;
    }

    /** The task opens a case in the topic's venue, which the street handles like any other (whistle included). */
    public TopicTask openCase(String taskId, long expectedVersion, String categoryCode, String description) {
        venues.staff();
        TopicTask task = venues.taskForUpdate(taskId);
        task.requireVersion(expectedVersion);
        Topic t = venues.topic(task.topicId());
        CaseView view = cases.report(new NewCase(task.title(), description == null ? task.title() : description,
                categoryCode, null, null, null, null, null, false, null, null, null, null, t.gridId(), null, null));
        task.openedCase(view.record().id());
        repo.flush();
        outbox.record("task.case_opened", "task", task.id(), Map.of("id", task.id(), "caseId", view.record().id()));
        return task;
    }

    /**
     * 评: a resident of the venue, bound to a household or owner there, evaluates once, 1–5. Staff may instead enter
     * a household's paper evaluation (collected door to door), once per household, and are recorded beside it.
     */
    public Evaluations evaluate(String topicId, Integer score, String comment, String paperHouseholdId) {
        Caller caller = venues.participant();
        if (score == null || score < 1 || score > 5) {
            throw new RuleViolation("score", "1 to 5");
        }
        if (comment != null && comment.length() > 1000) {
            throw new RuleViolation("comment", "at most 1000 characters");
        }
        Topic t = venues.topic(topicId);
        t.requireEvaluationOpen(venues.now());
        GridNode venue = venues.node("gridId", t.gridId());
        String actor;
        String recordedBy = null;
        if (paperHouseholdId != null) {
            if (!caller.can(org.jiceng.platform.shared.security.Permission.DELIBERATION_WRITE)) {
                throw new AccessDenied("Only staff enter a paper evaluation");
            }
            var household = households.find(paperHouseholdId).orElseThrow(() -> new RecordNotFound("household",
                    paperHouseholdId));
            if (!venues.node("householdId", household.gridId()).path().startsWith(venue.path())) {
                throw new RuleViolation("householdId", "a household of the topic's venue");
            }
            actor = "household:" + household.id();
            recordedBy = caller.subject();
        } else {
            actor = venues.actorKey();
            boolean resident = repo.verifiedBindings(actor).stream()
                    .filter(b -> b.clientId().isEmpty() || !caller.serviceAccount()
                            || b.clientId().get().equals(caller.clientId()))
                    .anyMatch(b -> livesIn(b, venue));
            if (!resident) {
                throw new AccessDenied("Residents of the topic's venue evaluate it: bind your household there first");
            }
        }
        if (!repo.addEvaluation(t.id(), actor, score, comment == null ? null : comment.strip(), recordedBy,
                venues.now())) {
            throw new StateConflict(paperHouseholdId != null ? "This household's evaluation is in already"
                    : "You have evaluated this topic already");
        }
        outbox.recordAnonymous("topic.evaluated", "topic", t.id(), Map.of("id", t.id()));
        return repo.evaluations(t.id());
    }

    private boolean livesIn(ResidentBinding b, GridNode venue) {
        if (b.householdId().isPresent()) {
            return households.find(b.householdId().get()).flatMap(h -> venues.grids().find(h.gridId()))
                    .map(n -> n.path().startsWith(venue.path())).orElse(false);
        }
        return b.ownerId().map(owner -> repo.units(venues.subtreeIds(venue), null, 10000).stream().anyMatch(u -> u.ownerId().equals(owner))).orElse(false);
    }

    public Evaluations evaluations(String topicId) {
        venues.reader();
        return repo.evaluations(venues.topic(topicId).id());
    }
}
