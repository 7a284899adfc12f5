package org.jiceng.platform.commons.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.transaction.Transactional;
import org.jiceng.platform.casework.application.CaseService;
import org.jiceng.platform.casework.application.CaseView;
import org.jiceng.platform.casework.application.NewCase;
import org.jiceng.platform.casework.domain.CaseRepository;
import org.jiceng.platform.commons.domain.CommunityResource;
import org.jiceng.platform.commons.domain.ListsRepository;
import org.jiceng.platform.commons.domain.Need;
import org.jiceng.platform.commons.domain.Project;
import org.jiceng.platform.grid.domain.GridNode;
import org.jiceng.platform.shared.domain.RecordNotFound;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.domain.Slice;
import org.jiceng.platform.shared.events.Outbox;
import org.jiceng.platform.shared.persistence.Ids;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 需求清单: needs gathered from every channel, merged when they repeat, and triaged: solved by the community with its
 * resources, escalated to the street through the case loop (the triaging officer files the case, accepts it,
 * dispatches it to the community and blows the whistle to the street and the departments named — each step theirs,
 * through the case's own state machine), or declined with a reason.
 */
@ApplicationScoped
@Transactional
public class NeedList {
    @Inject
    ListScope scope;
    @Inject
    ListsRepository repo;
    @Inject
    CaseService cases;
    @Inject
    CaseRepository caseRecords;
    @Inject
    Outbox outbox;

    public Need gather(String gridId, String title, String description, String category, Need.Source source,
                       Integer households) {
        scope.keeper();
        GridNode node = scope.place(gridId);
        Need n = new Need(Ids.newId(), node.id(), title, description, category, source, households, scope.now());
        repo.add(n);
        repo.flush();
        outbox.record("need.gathered", "need", n.id(), Map.of("id", n.id(), "source", n.source().name()));
        return n;
    }

    public Need get(String id) {
        scope.reader();
        return repo.need(id).orElseThrow(() -> new RecordNotFound("need", id));
    }

    public Slice<Need> list(String gridId, Optional<Need.Status> status, String afterId, int limit) {
        scope.reader();
        return Slice.of(repo.needs(scope.subtree(gridId), status, afterId, limit), limit);
    }

    /** Where the need stands now: what it became decides (a case closed, a project done, a project under way). */
    public String progress(Need n) {
        if (n.caseId().isPresent()) {
            return caseRecords.find(n.caseId().get()).map(c -> "CASE_" + c.status().name()).orElse("ESCALATED");
        }
        List<Project> projects = repo.projectsOfNeed(n.id());
        if (projects.isEmpty()) {
            return n.status().name();
        }
        if (projects.stream().allMatch(p -> p.state() == Project.State.DONE)) {
            return "PROJECT_DONE";
        }
        return projects.stream().anyMatch(p -> p.state() == Project.State.IN_PROGRESS) ? "PROJECT_IN_PROGRESS"
                : "PROJECT_PLANNED";
    }

    /** The resources triage matched to a need. */
    static List<String> ids(Need n) {
        try (jakarta.json.JsonReader r = Json.createReader(new java.io.StringReader(n.resourcesJson()))) {
            return r.readArray().getValuesAs(jakarta.json.JsonString.class).stream()
                    .map(jakarta.json.JsonString::getString).toList();
        }
    }

    /** The projects that take the need up. */
    public List<String> projectsOf(Need n) {
        return repo.projectsOfNeed(n.id()).stream().map(Project::id).toList();
    }

    public Need merge(String id, long expectedVersion, String intoId) {
        scope.keeper();
        if (intoId == null) {
            throw new RuleViolation("intoId", "the need this one repeats");
        }
        Need n = repo.needForUpdate(id).orElseThrow(() -> new RecordNotFound("need", id));
        n.requireVersion(expectedVersion);
        Need into = repo.needForUpdate(intoId).orElseThrow(() -> new RecordNotFound("need", intoId));
        n.mergeInto(into);
        repo.flush();
        outbox.record("need.merged", "need", n.id(), Map.of("id", n.id(), "intoId", into.id(),
                "households", into.households()));
        return n;
    }

    /** The escalation's case: its category, and the departments the whistle summons. */
    public record Escalation(String categoryCode, List<String> departmentIds, Integer hours) {
    }

    public Need triage(String id, long expectedVersion, Need.Route route, List<String> resourceIds, String reason,
                       Escalation escalation) {
        scope.keeper();
        if (route == null) {
            throw new RuleViolation("route", "COMMUNITY, ESCALATE or DECLINED");
        }
        Need n = repo.needForUpdate(id).orElseThrow(() -> new RecordNotFound("need", id));
        n.requireVersion(expectedVersion);
        switch (route) {
            case COMMUNITY -> n.matched(resources(n, resourceIds));
            case DECLINED -> n.decline(reason);
            case ESCALATE -> n.escalated(escalate(n, escalation));
        }
        repo.flush();
        outbox.record("need.triaged", "need", n.id(), Map.of("id", n.id(), "route", route.name()));
        return n;
    }

    private String resources(Need n, List<String> ids) {
        if (ids == null || ids.isEmpty() || ids.size() > 50) {
            throw new RuleViolation("resourceIds", "1 to 50 resources of the community that meet the need");
        }
        List<CommunityResource> found = repo.resourcesByIds(ids);
        if (found.size() != ids.stream().distinct().count()) {
            throw new RecordNotFound("resource", ids.stream().filter(i -> found.stream().noneMatch(r -> r.id()
                    .equalsIgnoreCase(i))).findFirst().orElse("?"));
        }
        JsonArrayBuilder out = Json.createArrayBuilder();
        found.forEach(r -> out.add(r.id()));
        return out.build().toString();
    }

    /** Files, accepts, dispatches and whistles the case, as the triaging officer, step by step. */
    private String escalate(Need n, Escalation e) {
        if (e == null || e.categoryCode() == null) {
            throw new RuleViolation("escalation", "the case's categoryCode and the departments to summon");
        }
        GridNode community = scope.communityOf(scope.place(n.gridId()));
        CaseView filed = cases.report(new NewCase(n.title(), n.description() + "（需求清单上报，" + n.households()
                + " 户提出）", e.categoryCode(), null, null, null, null, null, false, null, null, null, null, n.gridId(),
                null, null));
        String caseId = filed.record().id();
        CaseView accepted = cases.accept(caseId, filed.record().version(), "需求清单：社区层面处理不了，上报街道");
        CaseView dispatched = cases.dispatch(caseId, accepted.record().version(), "GRID", community.id(),
                "先由社区处置");
        List<CaseService.SummonsOrder> orders = (e.departmentIds() == null ? List.<String>of() : e.departmentIds())
                .stream().map(d -> new CaseService.SummonsOrder(d, e.hours())).toList();
        cases.whistle(caseId, dispatched.record().version(), true, orders, "街乡吹哨、部门报到");
        return caseId;
    }

    /** Needs a project takes up: matched ones only. */
    void join(Project p, List<String> needIds) {
        for (String id : needIds.stream().distinct().toList()) {
            Need n = repo.needForUpdate(id).orElseThrow(() -> new RecordNotFound("need", id));
            n.requireMatched();
            repo.linkNeed(p.id(), n.id());
        }
    }
}
