package org.jiceng.platform.open311.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jiceng.platform.casework.application.CaseCatalog;
import org.jiceng.platform.casework.application.CaseService;
import org.jiceng.platform.casework.application.CaseView;
import org.jiceng.platform.casework.application.NewCase;
import org.jiceng.platform.casework.application.ServiceDefinitions;
import org.jiceng.platform.casework.domain.CaseCategory;
import org.jiceng.platform.casework.domain.PublicCases;
import org.jiceng.platform.casework.domain.ServiceDefinition;
import org.jiceng.platform.grid.domain.GridNode;
import org.jiceng.platform.grid.domain.GridRepository;
import org.jiceng.platform.shared.domain.RecordNotFound;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.persistence.TenantDatabase;
import org.jiceng.platform.shared.tenant.Tenant;
import org.jiceng.platform.shared.tenant.TenantRegistry;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Open311 GeoReport v2 over the tenant's cases: its active categories are the services, its cases the service
 * requests (numbered by the case number). Reads need no key and give public fields only; a request is filed as the
 * key's client, with the same checks as the cases API. {@code jurisdiction_id} is the tenant's code.
 */
@ApplicationScoped
@Transactional
public class Open311Gateway {
    /** GeoReport v2's default window for request lists, and its cap on results. */
    public static final Duration DEFAULT_WINDOW = Duration.ofDays(90);
    public static final int MAX_RESULTS = 1000;
    /** Runs of digits long enough to be a phone or ID number, masked in anything public. */
    private static final Pattern LONG_NUMBERS = Pattern.compile("\\d{7,}");

    @Inject
    TenantDatabase db;
    @Inject
    TenantRegistry tenants;
    @Inject
    CaseCatalog catalog;
    @Inject
    CaseService cases;
    @Inject
    PublicCases publicCases;
    @Inject
    GridRepository grids;
    @Inject
    Clock clock;

    /** A service request as Open311 shows it. */
    public record ServiceRequest(String id, String token, String status, String statusNotes, String serviceName,
                                 String serviceCode, String description, String agencyResponsible,
                                 OffsetDateTime requestedAt, OffsetDateTime updatedAt, OffsetDateTime expectedAt,
                                 String address, Double lat, Double lon) {
    }

    /** What a new request was filed as, and what the filer should know about it. */
    public record Filed(String serviceRequestId, String serviceNotice) {
    }

    /** A request's filing: where, what, who (the resident's contact is sealed like all personal data). */
    public record Submission(String serviceCode, Double lat, Double lon, String addressString, String description,
                             String accountId, String firstName, String lastName, String phone, String mediaUrl,
                             Map<String, List<String>> attributes) {
    }

    /** A status change as FixMyStreet's servicerequestupdates lists it. */
    public record Update(String id, String serviceRequestId, String status, OffsetDateTime at, String description) {
    }

    /** The ACTIVE tenant a jurisdiction_id names; 404 for anything else, the same for unknown and suspended. */
    public Tenant jurisdiction(String jurisdictionId) {
        if (jurisdictionId == null || jurisdictionId.isBlank()) {
            throw new RuleViolation("jurisdiction_id", "required: the tenant's code");
        }
        return tenants.byId(jurisdictionId.strip()).filter(Tenant::isActive)
                .orElseThrow(() -> new RecordNotFound("jurisdiction", jurisdictionId));
    }

    public List<CaseCategory> services(Tenant tenant) {
        db.em(tenant.id());
        return catalog.publicCatalogue();
    }

    public CaseCategory service(Tenant tenant, String code) {
        return services(tenant).stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new RecordNotFound("service", code));
    }

    public ServiceDefinition definition(CaseCategory c) {
        return ServiceDefinitions.of(c);
    }

    /**
     * Files a request as the key's client (already the request's caller). Without coordinates the case is placed at
     * the tenant's root for triage, and the notice says so.
     */
    public Filed submit(Tenant tenant, Submission s) {
        db.em(tenant.id());
        CaseCategory category = service(tenant, require("service_code", s.serviceCode()));
        boolean located = s.lat() != null || s.lon() != null;
        if (located && (s.lat() == null || s.lon() == null)) {
            throw new RuleViolation(s.lat() == null ? "lat" : "long", "give both lat and long");
        }
        if (!located && (s.addressString() == null || s.addressString().isBlank())) {
            throw new RuleViolation("lat", "a location is required: lat and long, or address_string");
        }
        String gridId = null;
        String notice = null;
        if (!located) {
            GridNode root = grids.root().orElseThrow(() -> new RecordNotFound("grid", "root"));
            gridId = root.id();
            notice = "没有坐标，已放在" + root.name() + "待分拨 (no coordinates: placed at " + root.name()
                    + " for triage)";
        }
        String description = s.description() == null || s.description().isBlank() ? category.name()
                : s.description().strip();
        if (s.mediaUrl() != null && !s.mediaUrl().isBlank()) {
            description = description + "\n照片 media_url: " + s.mediaUrl().strip();
        }
        String name = join(s.firstName(), s.lastName());
        CaseView filed = cases.report(new NewCase(title(category, description), description, category.code(), null,
                "RESIDENT_APP", blankToNull(s.accountId()), name, blankToNull(s.phone()), false, s.lon(), s.lat(),
                "WGS84", blankToNull(s.addressString()), gridId, null,
                s.attributes().isEmpty() && !definition(category).hasAttributes() ? null : s.attributes()));
        return new Filed(filed.record().number(), notice);
    }

    /** Requests reported in the window (90 days by default), newest first, at most 1,000 per page. */
    public List<ServiceRequest> requests(Tenant tenant, List<String> ids, String serviceCode, Boolean closed,
                                         OffsetDateTime start, OffsetDateTime end, int page, int pageSize) {
        db.em(tenant.id());
        OffsetDateTime to = end != null ? end : now().plusSeconds(1);
        OffsetDateTime from = start != null ? start : (ids.isEmpty() ? to.minus(DEFAULT_WINDOW)
                : OffsetDateTime.parse("2000-01-01T00:00:00Z"));
        if (!from.isBefore(to)) {
            throw new RuleViolation("start_date", "before end_date");
        }
        return shape(publicCases.find(ids, serviceCode, closed, from, to, (page - 1) * pageSize, pageSize));
    }

    public ServiceRequest request(Tenant tenant, String id) {
        db.em(tenant.id());
        return publicCases.byNumberOrId(id).map(c -> shape(List.of(c)).get(0))
                .orElseThrow(() -> new RecordNotFound("service request", id));
    }

    /** Status changes in the window (the last day by default), oldest first. */
    public List<Update> updates(Tenant tenant, OffsetDateTime start, OffsetDateTime end) {
        db.em(tenant.id());
        OffsetDateTime to = end != null ? end : now().plusSeconds(1);
        OffsetDateTime from = start != null ? start : to.minusDays(1);
        return publicCases.updates(from, to, MAX_RESULTS).stream().map(u -> new Update(u.id(), u.caseNumber(),
                PublicCases.isClosed(u.status()) ? "closed" : "open", u.at(), u.action())).toList();
    }

    private List<ServiceRequest> shape(List<PublicCases.PublicCase> found) {
        Set<String> gridHandlers = found.stream().filter(c -> "GRID".equals(c.handlerKind()))
                .map(PublicCases.PublicCase::handlerId).collect(Collectors.toSet());
        Map<String, String> gridNames = new HashMap<>();
        grids.byIds(gridHandlers).forEach(g -> gridNames.put(g.id(), g.name()));
        return found.stream().map(c -> {
            boolean closed = PublicCases.isClosed(c.status());
            String notes = closed ? Optional.ofNullable(c.resolutionNote()).orElse(c.rejectReason()) : null;
            String agency = c.departmentName() != null ? c.departmentName() : gridNames.get(c.handlerId());
            return new ServiceRequest(c.number(), c.id(), closed ? "closed" : "open", masked(notes),
                    c.categoryName(), c.categoryCode(), masked(c.title()), agency, c.reportedAt(), c.updatedAt(),
                    closed ? null : c.expectedAt(), masked(c.address()), c.lat(), c.lon());
        }).toList();
    }

    static String masked(String text) {
        return text == null ? null : LONG_NUMBERS.matcher(text).replaceAll(m -> "*".repeat(m.group().length()));
    }

    private static String title(CaseCategory category, String description) {
        String firstLine = description.lines().findFirst().orElse(category.name()).strip();
        return firstLine.length() <= 60 ? firstLine : firstLine.substring(0, 59) + "…";
    }

    private static String join(String first, String last) {
        String name = ((last == null ? "" : last.strip()) + (first == null ? "" : first.strip())).strip();
        return name.isEmpty() ? null : name;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String require(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, "required");
        }
        return value.strip();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
