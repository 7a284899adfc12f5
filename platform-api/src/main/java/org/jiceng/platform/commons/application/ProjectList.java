package org.jiceng.platform.commons.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.transaction.Transactional;
import org.jiceng.platform.commons.domain.ListsRepository;
import org.jiceng.platform.commons.domain.Project;
import org.jiceng.platform.commons.domain.ProjectMilestone;
import org.jiceng.platform.deliberation.domain.DeliberationRepository;
import org.jiceng.platform.grid.domain.GridNode;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * 项目清单: projects taken up from needs (collect needs → deliberate → fix the project), with the resources triage
 * matched to those needs (and any named besides), budget and funding sources, an owner unit and milestones;
 * residents evaluate a finished one.
 */
@ApplicationScoped
@Transactional
public class ProjectList {
    private static final Set<String> FUNDING = Set.of("SUPPORT_FUND", "PARTY_SERVICE_FUND", "PROPERTY_RIGHTS_UNIT",
            "PROPERTY_FEE", "MAINTENANCE_FUND", "OTHER");
    private static final Set<String> OWNERS = Set.of("DEPARTMENT", "COMMUNITY_BODY", "PARTY_ORGANIZATION",
            "VOLUNTEER_TEAM", "COMMUNITY");

    @Inject
    ListScope scope;
    @Inject
    ListsRepository repo;
    @Inject
    NeedList needs;
    @Inject
    DeliberationRepository deliberation;
    @Inject
    org.jiceng.platform.deliberation.application.MeetingUnits units;
    @Inject
    org.jiceng.platform.grid.domain.HouseholdRepository households;
    @Inject
    Outbox outbox;

    /** A funding source: its kind, who gives it, and how much, in whole fen. */
    public record Funding(String kind, String name, Long amountFen) {
    }

    public record NewProject(String gridId, String title, String description, List<String> needIds,
                             String decisionTopicId, List<String> resourceIds, Long budgetFen, List<Funding> funding,
                             String ownerKind, String ownerId, boolean longTerm) {
    }

    public Project plan(NewProject n) {
        scope.keeper();
        GridNode node = scope.place(n.gridId());
        if (n.needIds() == null || n.needIds().isEmpty()) {
            throw new RuleViolation("needIds", "the needs the project answers (at least one)");
        }
        if (n.decisionTopicId() != null && deliberation.topic(n.decisionTopicId()).filter(t -> t.passed())
                .isEmpty()) {
            throw new RuleViolation("decisionTopicId", "a passed decision of this tenant");
        }
        if (n.ownerKind() == null || !OWNERS.contains(n.ownerKind()) || !Ids.isWellFormed(n.ownerId())) {
            throw new RuleViolation("ownerKind", "DEPARTMENT, COMMUNITY_BODY, PARTY_ORGANIZATION, VOLUNTEER_TEAM or "
                    + "COMMUNITY, with the owner's id");
        }
        if (n.ownerKind().equals("COMMUNITY")) {
            scope.place(n.ownerId());
        } else {
            units.requireExists("ownerId", org.jiceng.platform.deliberation.domain.TaskOwnerKind.valueOf(n.ownerKind()),
                    n.ownerId());
        }
        Project p = new Project(Ids.newId(), node.id(), n.title(), n.description(), n.decisionTopicId() == null ? null
                : n.decisionTopicId().toLowerCase(java.util.Locale.ROOT), n.budgetFen(), funding(n.funding()),
                n.ownerKind(), n.ownerId().toLowerCase(java.util.Locale.ROOT), n.longTerm(), scope.now());
        repo.add(p);
        repo.flush();
        needs.join(p, n.needIds());
        // the resources triage matched to its needs, and any named besides
        java.util.Set<String> resources = new java.util.LinkedHashSet<>();
        n.needIds().forEach(id -> repo.need(id).ifPresent(need -> resources.addAll(NeedList.ids(need))));
        for (String r : n.resourceIds() == null ? List.<String>of() : n.resourceIds()) {
            resources.add(repo.resource(r).orElseThrow(() -> new RecordNotFound("resource", r)).id());
        }
        resources.forEach(r -> repo.linkResource(p.id(), r));
        repo.flush();
        outbox.record("project.planned", "project", p.id(), Map.of("id", p.id(), "needs", n.needIds().size()));
        return p;
    }

    private static String funding(List<Funding> sources) {
        List<Funding> list = sources == null ? List.of() : sources;
        if (list.size() > 20) {
            throw new RuleViolation("funding", "at most 20 sources");
        }
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (Funding f : list) {
            if (f == null || f.kind() == null || !FUNDING.contains(f.kind()) || f.name() == null || f.name().isBlank()
                    || f.name().length() > 100 || f.amountFen() == null || f.amountFen() < 0) {
                throw new RuleViolation("funding", "each a kind (" + String.join(", ", new java.util.TreeSet<>(FUNDING))
                        + "), a name and an amount in whole fen");
            }
            out.add(Json.createObjectBuilder().add("kind", f.kind()).add("name", f.name().strip())
                    .add("amountFen", f.amountFen()));
        }
        return out.build().toString();
    }

    public Project get(String id) {
        scope.reader();
        return repo.project(id).orElseThrow(() -> new RecordNotFound("project", id));
    }

    public Slice<Project> list(String gridId, Optional<Project.State> state, String afterId, int limit) {
        scope.reader();
        return Slice.of(repo.projects(scope.subtree(gridId), state, afterId, limit), limit);
    }

    public List<String> needsOf(Project p) {
        return repo.needsOfProject(p.id()).stream().map(n -> n.id()).toList();
    }

    public List<String> resourcesOf(Project p) {
        return repo.resourcesOfProject(p.id());
    }

    public Project start(String id, long expectedVersion, LocalDate on) {
        Caller caller = scope.keeper();
        Project p = forUpdate(id, expectedVersion);
        p.start(on == null ? scope.today(caller) : on);
        return done(p, "project.started");
    }

    public Project reach(String id, long expectedVersion, LocalDate on, Integer progress, String note) {
        scope.keeper();
        if (progress == null) {
            throw new RuleViolation("progress", "0 to 100");
        }
        Project p = forUpdate(id, expectedVersion);
        ProjectMilestone m = p.reach(Ids.newId(), on, progress, note, scope.now());
        repo.add(m);
        return done(p, p.state() == Project.State.DONE ? "project.done" : "project.progressed");
    }

    public List<ProjectMilestone> milestones(String id) {
        return repo.milestones(get(id).id());
    }

    public Project cancel(String id, long expectedVersion, String reason) {
        scope.keeper();
        Project p = forUpdate(id, expectedVersion);
        p.cancel(reason);
        return done(p, "project.cancelled");
    }

    /** A resident (once), or staff entering a household's paper evaluation, evaluates a finished project. */
    public double[] evaluate(String id, Integer score, String comment, String householdRef) {
        Caller caller = scope.reader();
        if (!caller.can(Permission.DELIBERATION_TAKE_PART) && !caller.can(Permission.DELIBERATION_WRITE)) {
            throw new AccessDenied(Permission.DELIBERATION_TAKE_PART);
        }
        if (score == null || score < 1 || score > 5) {
            throw new RuleViolation("score", "1 to 5");
        }
        if (comment != null && comment.length() > 1000) {
            throw new RuleViolation("comment", "at most 1000 characters");
        }
        Project p = get(id);
        p.requireDone();
        String actor = scope.actorKey();
        String recordedBy = null;
        if (householdRef != null) {
            if (!caller.can(Permission.DELIBERATION_WRITE)) {
                throw new AccessDenied("Only staff enter a paper evaluation");
            }
            var household = households.find(householdRef).orElseThrow(() -> new RecordNotFound("household",
                    householdRef));
            actor = "household:" + household.id();
            recordedBy = caller.subject();
        } else if (actor.startsWith("client:")) {
            throw new RuleViolation("Jiceng-End-User", "the resident your app acts for");
        }
        if (!repo.addEvaluation(p.id(), actor, score, comment, recordedBy, scope.now())) {
            throw new StateConflict("This project has that resident's evaluation already");
        }
        outbox.recordAnonymous("project.evaluated", "project", p.id(), Map.of("id", p.id()));
        return repo.evaluations(p.id());
    }

    public double[] evaluations(String id) {
        return repo.evaluations(get(id).id());
    }

    private Project forUpdate(String id, long expectedVersion) {
        Project p = repo.projectForUpdate(id).orElseThrow(() -> new RecordNotFound("project", id));
        p.requireVersion(expectedVersion);
        return p;
    }

    private Project done(Project p, String event) {
        repo.flush();
        outbox.record(event, "project", p.id(), Map.of("id", p.id(), "state", p.state().name(),
                "progress", p.progress()));
        return p;
    }

    /** Counts of a subtree: resources by kind and provider, needs by route and status, projects by state. */
    public record Counts(List<Object[]> resources, Map<String, Long> needs, Map<String, Long> projects,
                         Map<String, Long> projectsByMonth) {
    }

    public Counts counts(String gridId) {
        scope.reader();
        List<String> ids = scope.subtree(gridId);
        return new Counts(repo.resourceCounts(ids), repo.needCounts(ids), repo.projectCounts(ids),
                repo.projectsByMonth(ids));
    }
}
