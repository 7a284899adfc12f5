package org.jiceng.platform.casework.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jiceng.platform.casework.domain.CaseCategory;
import org.jiceng.platform.casework.domain.CaseRepository;
import org.jiceng.platform.casework.domain.CasePriority;
import org.jiceng.platform.casework.domain.Deadlines;
import org.jiceng.platform.casework.domain.ServiceDefinition;
import org.jiceng.platform.casework.domain.Department;
import org.jiceng.platform.shared.domain.RecordNotFound;
import org.jiceng.platform.shared.domain.Slice;
import org.jiceng.platform.shared.domain.StateConflict;
import org.jiceng.platform.shared.events.Outbox;
import org.jiceng.platform.shared.persistence.Ids;
import org.jiceng.platform.shared.security.CallerContext;
import org.jiceng.platform.shared.security.Permission;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tenant's case catalogue and departments. A tenant's first look at its catalogue fills it with the default
 * categories; from then on it is the tenant's own.
 */
@ApplicationScoped
@Transactional
public class CaseCatalog {
    @Inject
    CaseRepository cases;
    @Inject
    CallerContext callers;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;

    public List<CaseCategory> categories() {
        callers.get().require(Permission.GRIDS_READ);
        return ensureDefaults();
    }

    /**
     * The active categories as anyone may see them (an Open311 gateway's services), for the tenant the transaction
     * serves; no caller is needed.
     */
    public List<CaseCategory> publicCatalogue() {
        return ensureDefaults().stream().filter(CaseCategory::active).toList();
    }

    /** The category, for intake and deadlines; the catalogue is filled with the defaults on first use. */
    CaseCategory category(String code) {
        ensureDefaults();
        return cases.category(code).orElseThrow(() -> new RecordNotFound("case category", code));
    }

    public CaseCategory createCategory(String code, String name, Deadlines normal, Deadlines urgent,
                                       Deadlines emergency, ServiceDefinition service) {
        callers.get().require(Permission.CASES_ADMIN);
        ensureDefaults();
        if (cases.category(code).isPresent()) {
            throw new StateConflict("category " + code + " exists");
        }
        CaseCategory c = new CaseCategory(code, name, normal, urgent, emergency, now());
        if (!service.equals(ServiceDefinition.NONE)) {
            c.describe(service, ServiceDefinitions.json(service.checked().attributes()), now());
        }
        cases.add(c);
        cases.flush();
        outbox.record("case-category.created", "case-category", code, Map.of("code", code, "name", c.name()));
        return c;
    }

    public CaseCategory updateCategory(String code, long expectedVersion, CategoryChanges ch) {
        callers.get().require(Permission.CASES_ADMIN);
        CaseCategory c = category(code);
        c.requireVersion(expectedVersion);
        if (ch.name().isPresent() || ch.normal().isPresent() || ch.urgent().isPresent() || ch.emergency().isPresent()) {
            c.change(ch.name().orElse(c.name()), ch.normal().orElse(c.deadlines(CasePriority.NORMAL)),
                    ch.urgent().orElse(c.deadlines(CasePriority.URGENT)),
                    ch.emergency().orElse(c.deadlines(CasePriority.EMERGENCY)), now());
        }
        ch.active().ifPresent(a -> c.setActive(a, now()));
        if (ch.describesService()) {
            ServiceDefinition current = ServiceDefinitions.of(c);
            ServiceDefinition next = new ServiceDefinition(ch.description().orElse(current.description()),
                    ch.group().orElse(current.group()), ch.keywords().orElse(current.keywords()),
                    ch.attributes().orElse(current.attributes())).checked();
            c.describe(next, ServiceDefinitions.json(next.attributes()), now());
        }
        cases.flush();
        outbox.record("case-category.updated", "case-category", code, Map.of("code", code, "name", c.name(),
                "active", c.active()));
        return c;
    }

    public Department createDepartment(String code, String name, String kind) {
        callers.get().require(Permission.CASES_ADMIN);
        if (code != null && cases.departmentCodeExists(code)) {
            throw new StateConflict("a department coded " + code + " exists");
        }
        Department d = new Department(Ids.newId(), code, name, kind, now());
        cases.add(d);
        cases.flush();
        outbox.record("department.created", "department", d.id(), Map.of("id", d.id(), "code", d.code(),
                "name", d.name()));
        return d;
    }

    public Department department(String id) {
        callers.get().require(Permission.GRIDS_READ);
        return find(id);
    }

    Department find(String id) {
        return cases.department(id).orElseThrow(() -> new RecordNotFound("department", id));
    }

    public Slice<Department> departments(String afterCode, int limit) {
        callers.get().require(Permission.GRIDS_READ);
        return Slice.of(cases.departments(afterCode, limit + 1), limit);
    }

    public Department updateDepartment(String id, long expectedVersion, Optional<String> name,
                                       Optional<Boolean> active) {
        callers.get().require(Permission.CASES_ADMIN);
        Department d = find(id);
        d.requireVersion(expectedVersion);
        name.ifPresent(n -> d.rename(n, now()));
        active.ifPresent(a -> d.setActive(a, now()));
        cases.flush();
        outbox.record("department.updated", "department", d.id(), Map.of("id", d.id(), "code", d.code(),
                "name", d.name(), "active", d.active()));
        return d;
    }

    private List<CaseCategory> ensureDefaults() {
        List<CaseCategory> existing = cases.categories();
        if (!existing.isEmpty()) {
            return existing;
        }
        // concurrent first readers: one fills, the others wait for it and then find the rows
        cases.lockCatalogueFill();
        existing = cases.categories();
        if (!existing.isEmpty()) {
            return existing;
        }
        List<CaseCategory> defaults = DefaultCategories.all(now());
        defaults.forEach(cases::add);
        cases.flush();
        return defaults;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
