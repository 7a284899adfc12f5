package org.jiceng.platform.casework.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jiceng.platform.casework.domain.Actor;
import org.jiceng.platform.casework.domain.CaseAction;
import org.jiceng.platform.casework.domain.CaseCategory;
import org.jiceng.platform.casework.domain.Deadlines;
import org.jiceng.platform.casework.domain.CaseEvent;
import org.jiceng.platform.casework.domain.CaseFilter;
import org.jiceng.platform.casework.domain.CasePriority;
import org.jiceng.platform.casework.domain.CaseRecord;
import org.jiceng.platform.casework.domain.CaseStatus;
import org.jiceng.platform.casework.domain.CaseRepository;
import org.jiceng.platform.casework.domain.CaseSource;
import org.jiceng.platform.casework.domain.HandlerKind;
import org.jiceng.platform.casework.domain.NewCaseFacts;
import org.jiceng.platform.casework.domain.Transition;
import org.jiceng.platform.grid.application.GridService;
import org.jiceng.platform.grid.domain.GridNode;
import org.jiceng.platform.grid.domain.GridRepository;
import org.jiceng.platform.shared.domain.RecordNotFound;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.domain.Slice;
import org.jiceng.platform.shared.domain.StateConflict;
import org.jiceng.platform.shared.events.EventScope;
import org.jiceng.platform.shared.events.Outbox;
import org.jiceng.platform.shared.observability.PlatformMetrics;
import org.jiceng.platform.shared.persistence.Ids;
import org.jiceng.platform.shared.security.AccessDenied;
import org.jiceng.platform.shared.security.Caller;
import org.jiceng.platform.shared.security.CallerContext;
import org.jiceng.platform.shared.security.Permission;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Use cases of the closed loop. Each public method is one transaction: it checks the caller's permission, locks
 * the case, checks the version the caller saw ({@code If-Match}), takes the step on the aggregate, appends the
 * timeline entry and records the event in the outbox. Residents and vendors' apps see only the cases they filed.
 */
@ApplicationScoped
@Transactional
public class CaseService {
    private static final String KIND = "case";

    @Inject
    CaseRepository cases;
    @Inject
    CaseCatalog catalog;
    @Inject
    GridRepository grids;
    @Inject
    GridService gridService;
    @Inject
    CallerContext callers;
    @Inject
    Outbox outbox;
    @Inject
    PlatformMetrics metrics;
    @Inject
    Clock clock;
    @Inject
    CaseScopes scopes;
    @Inject
    ReporterContacts contacts;

    public CaseView report(NewCase n) {
        Caller caller = callers.get();
        caller.require(Permission.CASES_REPORT);
        CasePriority priority = parse(CasePriority.class, "priority", n.priority() == null ? "NORMAL" : n.priority());
        CaseSource source = parse(CaseSource.class, "source", n.source() == null ? defaultSource(caller) : n.source());
        CaseCategory category = catalog.category(n.categoryCode());
        String answers = n.attributes() == null ? null
                : ServiceDefinitions.answersJson(ServiceDefinitions.of(category).answers(n.attributes()));
        String gridId = placeInGrid(n);
        scopes.requireGridInReach(caller, grids.find(gridId).orElseThrow());
        String reporter = reporterOf(caller, n);
        OffsetDateTime now = now();
        int year = now.atZoneSameInstant(ZoneId.of(caller.tenant().settings().timeZone())).getYear();
        String number = String.format(Locale.ROOT, "%s-%d-%06d", caller.tenant().settings().caseNumberPrefix(), year,
                cases.nextNumber(year));
        CaseRecord c = CaseRecord.report(Ids.newId(), number, new NewCaseFacts(n.title(), n.description(), priority,
                source, reporter, caller.clientId(), n.anonymous(), n.lon(), n.lat(), n.address(),
                n.attachmentsJson(), contacts.seal(caller, n.reporterName(), n.reporterPhone())),
                category, gridId, now);
        c.answered(answers);
        cases.add(c);
        cases.flush(); // the case row first: its timeline refers to it, and JPA knows of no relation between them
        Transition reported = c.reported();
        if (n.anonymous()) {
            // anonymous to everyone but the reporter: neither the timeline nor the event names who filed it
            cases.add(new CaseEvent(Ids.newId(), c.id(), reported.seq(), "report", reported.from(), reported.to(),
                    CaseEvent.ANONYMOUS, null, reported.note(), now));
            cases.flush();
            outbox.recordAnonymous("case.reported", KIND, c.id(), event(c), newCaseScope(c));
        } else {
            append(c, reported, caller, now);
            cases.flush();
            outbox.record("case.reported", KIND, c.id(), event(c), newCaseScope(c));
        }
        metrics.caseCreated(caller.tenantId());
        return view(c);
    }

    public CaseView get(String id) {
        return view(readable(id));
    }

    public List<CaseEvent> timeline(String id) {
        return cases.timeline(readable(id).id());
    }

    public Slice<CaseView> list(CaseFilter filter, String afterId, int limit) {
        Caller caller = callers.get();
        if (!caller.can(Permission.CASES_READ) && !caller.can(Permission.CASES_READ_OWN)) {
            throw new AccessDenied(Permission.CASES_READ);
        }
        OffsetDateTime now = now();
        if (filter.departmentId().isPresent() && cases.department(filter.departmentId().get()).isEmpty()) {
            throw new RecordNotFound("department", filter.departmentId().get());
        }
        Optional<String> path = Optional.empty();
        if (filter.gridId().isPresent()) {
            path = Optional.of(grids.find(filter.gridId().get())
                    .orElseThrow(() -> new RecordNotFound("grid", filter.gridId().get())).path());
        }
        CaseFilter scoped = filter.resolved(path, filter.reporterPhone().map(phone -> contacts.phoneLookup(caller,
                phone)));
        return views(Slice.of(cases.list(scoped, scopes.of(caller), now, afterId, limit + 1), limit), now);
    }

    public CaseView accept(String id, long version, String note) {
        return step(id, version, Permission.CASES_HANDLE, (c, now) -> c.accept(
                catalog.category(c.categoryCode()).deadlines(c.priority()), note, now));
    }

    public CaseView reject(String id, long version, String reason) {
        return step(id, version, Permission.CASES_HANDLE, (c, now) -> c.reject(reason, now));
    }

    public CaseView markDuplicate(String id, long version, String masterId) {
        return step(id, version, Permission.CASES_HANDLE, (c, now) -> {
            CaseRecord master = cases.find(masterId).orElseThrow(() -> new RecordNotFound("master case", masterId));
            try {
                scopes.requireReach(callers.get(), master);
            } catch (RecordNotFound outOfReach) {
                throw new RecordNotFound("master case", masterId); // out of reach is the same as not there
            }
            return c.markDuplicate(master, now);
        });
    }

    public CaseView dispatch(String id, long version, String handlerKind, String handlerId, String note) {
        HandlerKind kind = parse(HandlerKind.class, "handlerKind", handlerKind);
        return step(id, version, Permission.CASES_HANDLE, (c, now) -> {
            if (kind == HandlerKind.GRID) {
                scopes.requireGridInReach(callers.get(),
                        grids.find(handlerId).orElseThrow(() -> new RecordNotFound("grid", handlerId)));
            } else if (!catalog.find(handlerId).active()) {
                throw new StateConflict("department " + handlerId + " is inactive");
            }
            return c.dispatch(kind, handlerId.toLowerCase(Locale.ROOT),
                    catalog.category(c.categoryCode()).deadlines(c.priority()), note, now);
        });
    }

    public CaseView acknowledge(String id, long version, String note) {
        return step(id, version, Permission.CASES_HANDLE, (c, now) -> c.acknowledge(note, now));
    }

    public CaseView defer(String id, long version, OffsetDateTime until, String reason) {
        return step(id, version, Permission.CASES_HANDLE, (c, now) -> c.defer(until, reason, now));
    }

    /** One unit a whistle summons, with the hours it has to report in (the category's acknowledgement time if null). */
    public record SummonsOrder(String departmentId, Integer hours) {
    }

    /**
     * 吹哨: escalates the case to the street above its handling grid and/or summons departments, each with its own
     * deadline. Escalation dispatches the case to the street with a fresh acknowledgement deadline; summonses alone
     * keep the case's state.
     */
    public CaseView whistle(String id, long version, boolean escalate, List<SummonsOrder> orders, String note) {
        if (!escalate && (orders == null || orders.isEmpty())) {
            throw new RuleViolation("summons", "a whistle escalates to the street, summons departments, or both");
        }
        if (orders != null && orders.size() > 20) {
            throw new RuleViolation("summons", "at most 20 units at once");
        }
        return step(id, version, Permission.CASES_HANDLE, (c, now) -> {
            Optional<String> street = escalate ? Optional.of(streetAbove(c)) : Optional.empty();
            List<String> summoned = new java.util.ArrayList<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            Deadlines deadlines = catalog.category(c.categoryCode()).deadlines(c.priority());
            int defaultHours = deadlines.acknowledgeHours();
            for (SummonsOrder o : orders == null ? List.<SummonsOrder>of() : orders) {
                if (o == null || o.departmentId() == null) {
                    throw new RuleViolation("summons.departmentId", "required");
                }
                if (o.hours() != null && (o.hours() < 1 || o.hours() > 720)) {
                    throw new RuleViolation("summons.hours", "1 to 720");
                }
                var dept = catalog.find(o.departmentId());
                if (!dept.active()) {
                    throw new StateConflict("department " + dept.code() + " is inactive");
                }
                if (!seen.add(dept.id())) {
                    throw new RuleViolation("summons.departmentId", dept.code() + " is named twice");
                }
                cases.add(new org.jiceng.platform.casework.domain.Summons(Ids.newId(), c.id(), dept.id(), now,
                        now.plusHours(o.hours() != null ? o.hours() : defaultHours)));
                summoned.add(dept.code());
            }
            String text = (street.isPresent() ? "escalated to the street; " : "")
                    + (summoned.isEmpty() ? "" : "summoned " + String.join(", ", summoned) + "; ")
                    + (note == null ? "" : note);
            return c.whistle(street, deadlines, text.strip(), now);
        });
    }

    /** A summoned department reports in (报到); recorded on the summons and on the case's timeline. */
    public List<org.jiceng.platform.casework.domain.Summons> acknowledgeSummons(String id, String summonsId,
                                                                              String note) {
        Caller caller = callers.get();
        caller.require(Permission.CASES_HANDLE);
        CaseRecord c = cases.findForUpdate(id).orElseThrow(() -> new RecordNotFound("case", id));
        scopes.requireReach(caller, c);
        var summons = cases.summonsForUpdate(c.id(), summonsId)
                .orElseThrow(() -> new RecordNotFound("summons", summonsId));
        requireOfficerOf(caller, summons.departmentId());
        OffsetDateTime now = now();
        summons.acknowledge(caller.subject(), note, now);
        var department = catalog.find(summons.departmentId());
        Transition t = c.summonsAcknowledged(department.code() + " reported"
                + (summons.onTime(now) ? "" : " late") + (note == null ? "" : ": " + note), now);
        append(c, t, caller, now);
        cases.flush();
        outbox.record(CaseAction.ACKNOWLEDGE_SUMMONS.eventType(), KIND, c.id(), event(c), eventScope(c));
        return cases.summonses(c.id());
    }

    /** A summons is answered by the summoned department itself (its assigned officers), or by a tenant admin. */
    private void requireOfficerOf(Caller caller, String departmentId) {
        if (caller.roles().contains("tenant-admin")) {
            return;
        }
        boolean officer = cases.assignmentsOf(caller.subject()).stream()
                .anyMatch(a -> caller.roles().contains(a.role()) && a.departmentId().filter(departmentId::equals)
                        .isPresent());
        if (!officer) {
            throw new AccessDenied("Only officers of the summoned department report in to its summons");
        }
    }

    public List<org.jiceng.platform.casework.domain.Summons> summonses(String id) {
        return cases.summonses(readable(id).id());
    }

    /** The STREET node above the grid the case is handled in (or lies in, when a department handles it). */
    private String streetAbove(CaseRecord c) {
        String from = c.handlerKind().filter(k -> k == HandlerKind.GRID).flatMap(k -> c.handlerId())
                .orElse(c.gridId());
        GridNode node = grids.find(from).orElseThrow(() -> new RecordNotFound("grid", from));
        if (node.level() == org.jiceng.platform.grid.domain.GridLevel.STREET) {
            throw new StateConflict("the case is already handled by its street; summon departments instead");
        }
        return grids.byIds(node.ancestorIds()).stream()
                .filter(n -> n.level() == org.jiceng.platform.grid.domain.GridLevel.STREET)
                .reduce((first, second) -> second).map(GridNode::id)
                .orElseThrow(() -> new StateConflict("no street above grid " + node.code() + " to escalate to"));
    }

    public CaseView resolve(String id, long version, String note) {
        return step(id, version, Permission.CASES_HANDLE, (c, now) -> c.resolve(note, now));
    }

    public CaseView verify(String id, long version, boolean passed, String note) {
        return step(id, version, Permission.CASES_HANDLE, (c, now) -> {
            if (c.status() == org.jiceng.platform.casework.domain.CaseStatus.RESOLVED) {
                requireSeparateFromResolver(callers.get(), c);
            }
            return c.verify(passed, note, now);
        });
    }

    /**
     * Separation of duties, per the tenant's {@code verificationSeparation}: under UNIT nobody assigned to the grid
     * node or department that resolved the case verifies it; under SUBJECT the person who resolved it does not.
     */
    private void requireSeparateFromResolver(Caller caller, CaseRecord c) {
        var separation = caller.tenant().settings().separation();
        if (separation == org.jiceng.platform.shared.tenant.TenantSettings.VerificationSeparation.OFF) {
            return;
        }
        if (separation == org.jiceng.platform.shared.tenant.TenantSettings.VerificationSeparation.SUBJECT) {
            String resolver = cases.timeline(c.id()).stream().filter(e -> "resolve".equals(e.action()))
                    .reduce((first, last) -> last).map(CaseEvent::actor).orElse(null);
            if (caller.subject().equals(resolver)) {
                throw new AccessDenied("The person who resolved the case cannot verify it; another must");
            }
            return;
        }
        String unit = c.handlerId().orElse(null);
        boolean ofUnit = unit != null && cases.assignmentsOf(caller.subject()).stream()
                .filter(a -> caller.roles().contains(a.role()))
                .anyMatch(a -> unit.equals(a.gridId().orElse(null)) || unit.equals(a.departmentId().orElse(null)));
        if (ofUnit) {
            throw new AccessDenied("The unit that resolved the case cannot verify it; someone outside it must");
        }
    }

    public CaseView evaluate(String id, long version, int score, String comment) {
        return step(id, version, Permission.CASES_EVALUATE, (c, now) -> c.evaluate(score, comment, now));
    }

    public CaseView reopen(String id, long version, String reason) {
        Caller caller = callers.get();
        return step(id, version, Permission.CASES_EVALUATE, (c, now) -> c.reopen(reason,
                caller.tenant().settings().caseReopenDays(), now));
    }

    private interface Step {
        Transition take(CaseRecord c, OffsetDateTime now);
    }

    private CaseView step(String id, long version, Permission permission, Step step) {
        Caller caller = callers.get();
        caller.require(permission);
        CaseRecord c = cases.findForUpdate(id).orElseThrow(() -> new RecordNotFound("case", id));
        scopes.requireReach(caller, c); // a case out of the caller's reach does not exist for them
        c.requireVersion(version);
        OffsetDateTime now = now();
        Transition t = step.take(c, now);
        append(c, t, caller, now);
        cases.flush();
        outbox.record(t.action().eventType(), KIND, c.id(), event(c), eventScope(c));
        if (t.to() == CaseStatus.CLOSED && t.from() != CaseStatus.CLOSED) {
            metrics.caseClosed(caller.tenantId());
        }
        return view(c, now);
    }

    private void append(CaseRecord c, Transition t, Caller caller, OffsetDateTime now) {
        Actor actor = new Actor(caller.subject(), mainRole(caller));
        cases.add(new CaseEvent(Ids.newId(), c.id(), t.seq(), t.action() == null ? "report" : t.action().apiName(),
                t.from(), t.to(), actor.subject(), actor.role(), t.note(), now));
    }

    private CaseRecord readable(String id) {
        Caller caller = callers.get();
        if (!caller.can(Permission.CASES_READ) && !caller.can(Permission.CASES_READ_OWN)) {
            throw new AccessDenied(Permission.CASES_READ);
        }
        CaseRecord c = cases.find(id).orElseThrow(() -> new RecordNotFound("case", id));
        scopes.requireReach(caller, c);
        return c;
    }

    private String placeInGrid(NewCase n) {
        if ((n.lon() == null) != (n.lat() == null)) {
            throw new RuleViolation(n.lon() == null ? "location.lon" : "location.lat", "give both lon and lat");
        }
        if (n.gridId() != null) {
            return grids.find(n.gridId()).orElseThrow(() -> new RecordNotFound("grid", n.gridId())).id();
        }
        if (n.lon() == null) {
            throw new RuleViolation("gridId", "give the grid, or a location to find it from");
        }
        try {
            return gridService.locate(n.lon(), n.lat(), n.crs()).node().id();
        } catch (RecordNotFound outside) {
            throw new RuleViolation("location", "the point lies outside every grid of the tenant");
        }
    }

    private static String reporterOf(Caller caller, NewCase n) {
        if (n.anonymous()) {
            return null;
        }
        if (caller.roles().contains("vendor-app")) {
            if (n.reporterExternalId() == null || n.reporterExternalId().isBlank()) {
                throw new RuleViolation("reporter.externalId", "a vendor's app names the resident it acts for, "
                        + "or files the case as anonymous");
            }
            return n.reporterExternalId().strip();
        }
        if (caller.can(Permission.CASES_HANDLE) && n.reporterExternalId() != null) {
            return n.reporterExternalId().strip(); // a worker files what a resident told them
        }
        return caller.subject();
    }

    private static String defaultSource(Caller caller) {
        return caller.can(Permission.CASES_HANDLE) ? "GRID_PATROL" : "RESIDENT_APP";
    }

    private static String mainRole(Caller caller) {
        return caller.roles().stream().filter(r -> Permission.of(java.util.Set.of(r)).size() > 0).sorted()
                .findFirst().orElse(null);
    }

    private CaseView view(CaseRecord c) {
        return view(c, now());
    }

    private CaseView view(CaseRecord c, OffsetDateTime now) {
        return new CaseView(c, CaseAction.allowedIn(c.status()), c.isOverdue(now), contacts.reveal(callers.get(), c));
    }

    private Slice<CaseView> views(Slice<CaseRecord> slice, OffsetDateTime now) {
        return new Slice<>(slice.items().stream().map(c -> view(c, now)).toList(), slice.hasMore());
    }

    /**
     * A new case's event scope: no department handles or is summoned to it yet, so no query for them (the intake
     * holds the tenant's number counter until it commits; every round trip saved shortens that).
     */
    private EventScope newCaseScope(CaseRecord c) {
        return new EventScope(grids.find(c.gridId()).map(GridNode::path).orElse(null), List.of(),
                c.reporterSubject().orElse(null), c.reporterClient().orElse(null));
    }

    /** Where the case lies and whose it is now: who may read this event of it, like who may read the case. */
    EventScope eventScope(CaseRecord c) {
        List<String> departments = new ArrayList<>(cases.summonedDepartments(c.id()));
        if (c.handlerKind().filter(k -> k == HandlerKind.DEPARTMENT).isPresent()) {
            c.handlerId().ifPresent(departments::add);
        }
        return new EventScope(grids.find(c.gridId()).map(GridNode::path).orElse(null), departments,
                c.reporterSubject().orElse(null), c.reporterClient().orElse(null));
    }

    static Map<String, Object> event(CaseRecord c) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", c.id());
        payload.put("number", c.number());
        payload.put("status", c.status().name());
        payload.put("categoryCode", c.categoryCode());
        payload.put("gridId", c.gridId());
        payload.put("version", c.version());
        return payload;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        return org.jiceng.platform.shared.domain.EnumValues.parse(type, field, value);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
