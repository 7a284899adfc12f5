package org.jiceng.platform.it;

import org.jiceng.sdk.JicengClient;
import org.jiceng.sdk.ListParams;
import org.jiceng.sdk.RequestOptions;
import org.jiceng.sdk.cases.AssignmentListParams;
import org.jiceng.sdk.cases.CaseCategory;
import org.jiceng.sdk.cases.CaseCategoryCreateParams;
import org.jiceng.sdk.cases.CaseCategoryUpdateParams;
import org.jiceng.sdk.cases.CaseCreateParams;
import org.jiceng.sdk.cases.CaseEvent;
import org.jiceng.sdk.cases.CaseListParams;
import org.jiceng.sdk.cases.CasePriority;
import org.jiceng.sdk.cases.CaseRecord;
import org.jiceng.sdk.cases.CaseStats;
import org.jiceng.sdk.cases.CaseStatsParams;
import org.jiceng.sdk.cases.CaseStatus;
import org.jiceng.sdk.cases.Department;
import org.jiceng.sdk.cases.DepartmentAssignmentParams;
import org.jiceng.sdk.cases.DepartmentCreateParams;
import org.jiceng.sdk.cases.DepartmentKind;
import org.jiceng.sdk.cases.DepartmentUpdateParams;
import org.jiceng.sdk.cases.GridAssignmentParams;
import org.jiceng.sdk.cases.HandlerKind;
import org.jiceng.sdk.cases.Summons;
import org.jiceng.sdk.cases.WhistleParams;
import org.jiceng.sdk.errors.BadRequestException;
import org.jiceng.sdk.errors.ConflictException;
import org.jiceng.sdk.errors.JicengServiceException;
import org.jiceng.sdk.errors.NotFoundException;
import org.jiceng.sdk.errors.PermissionDeniedException;
import org.jiceng.sdk.errors.PreconditionFailedException;
import org.jiceng.sdk.grids.Geometry;
import org.jiceng.sdk.grids.Grid;
import org.jiceng.sdk.grids.GridCreateParams;
import org.jiceng.sdk.grids.GridLevel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The closed loop end to end through the SDK, against Payara Micro, PostgreSQL and Keycloak: a vendor's app files
 * for a resident, grid workers and departments handle, the resident evaluates.
 */
class CaseworkIT extends AgainstPlatform {
    private static final AtomicInteger STREETS = new AtomicInteger(900);
    private static final AtomicInteger DEPARTMENTS = new AtomicInteger(1);

    URL base;
    JicengClient admin;
    JicengClient worker;
    JicengClient vendor;
    JicengClient otherVendor;
    JicengClient resident;
    JicengClient beta;
    Grid street;
    double west;

    @BeforeEach
    void setUp() {
        base = PlatformEnvironment.local(deployed);
        admin = Tenants.client(base, PlatformEnvironment.ALPHA, "alpha-admin");
        worker = Tenants.client(base, PlatformEnvironment.ALPHA, "alpha-viewer"); // a grid-worker
        vendor = Tenants.client(base, PlatformEnvironment.ALPHA, "alpha-vendor");
        otherVendor = Tenants.client(base, PlatformEnvironment.ALPHA, "alpha-vendor2");
        resident = Tenants.client(base, PlatformEnvironment.ALPHA, "alpha-resident");
        beta = Tenants.client(base, PlatformEnvironment.BETA, "beta-admin");
        Grid root = Tenants.alphaRoot(admin);
        ensureAssigned(worker, "grid-worker", root.id()); // this class's grid worker works the whole district
        int segment = STREETS.getAndIncrement();
        west = 100 + (segment - 900) * 0.5; // a street of its own, far from every other test's boundaries
        street = admin.grids().create(GridCreateParams.builder().parentId(root.id()).level(GridLevel.STREET)
                .code(root.code() + segment).name("测试街道 " + segment)
                .boundary(Geometry.rectangle(west, 10, west + 0.2, 10.2)).build());
    }

    private void ensureAssigned(JicengClient who, String role, String gridId) {
        String subject = who.assignments().me().subject();
        if (admin.assignments().list(AssignmentListParams.builder().subject(subject).build()).stream()
                .noneMatch(a -> a.gridId().orElse("").equals(gridId))) {
            admin.assignments().assignToGrid(GridAssignmentParams.builder().subject(subject).role(role).gridId(gridId)
                    .build());
        }
    }

    private CaseRecord reportForResident(String residentId) {
        return vendor.cases().report(CaseCreateParams.builder().title("消防通道被占").description("楼下消防通道长期停车")
                .categoryCode("PARKING").reporterExternalId(residentId).location(west + 0.1, 10.1)
                .address("测试小区 3 幢").attachment("https://img.example.cn/a.jpg", "a".repeat(64)).build());
    }

    private Department department(String name) {
        return admin.departments().create(DepartmentCreateParams.builder()
                .code("DEPT_" + DEPARTMENTS.getAndIncrement() + "_" + System.nanoTime() % 100000).name(name).build());
    }

    @Test
    void theWholeLoopFromAResidentsReportToTheirEvaluation() {
        List<CaseCategory> categories = worker.caseCategories().list(ListParams.none()).stream().toList();
        assertTrue(categories.size() >= 13, categories.toString());
        CaseCategory parking = categories.stream().filter(c -> c.code().equals("PARKING")).findFirst().orElseThrow();

        CaseRecord c = reportForResident("wx-openid-1");
        assertEquals(CaseStatus.REPORTED, c.status());
        assertTrue(c.number().matches("ALPHA-20\\d\\d-\\d{6}"), c.number());
        assertEquals(street.id(), c.gridId(), "placed in the grid containing the point");
        assertEquals("wx-openid-1", c.reporterSubject().orElseThrow());
        assertEquals("alpha-vendor", c.reporterClient().orElseThrow());
        assertEquals(c.reportedAt().plusHours(parking.normal().acceptHours()), c.acceptDueAt());
        assertEquals(List.of("accept", "reject", "mark-duplicate"), c.nextActions());

        Department housing = department("区住建局");
        c = worker.cases().accept(c, "受理");
        assertEquals(c.acceptedAt().orElseThrow().plusHours(parking.normal().resolveHours()),
                c.resolveDueAt().orElseThrow());
        c = worker.cases().dispatchToDepartment(c, housing.id(), "请住建局处置");
        assertEquals(CaseStatus.DISPATCHED, c.status());
        assertEquals(1, admin.cases().list(CaseListParams.builder().departmentId(housing.id()).build())
                .stream().count());
        c = worker.cases().acknowledge(c, "住建局报到");
        c = worker.cases().resolve(c, "已清理");
        c = worker.cases().verify(c, false, "现场仍有车辆");
        assertEquals(CaseStatus.IN_PROGRESS, c.status());
        assertEquals(1, c.reworkCount());
        c = worker.cases().resolve(c, "加装隔离桩");
        double closedBefore = closedCount();
        c = worker.cases().verify(c, true, "核查通过");
        assertEquals(CaseStatus.CLOSED, c.status());
        assertEquals(closedBefore + 1, closedCount(), "the close is counted in the metrics, once");

        CaseRecord closed = c;
        assertThrows(PermissionDeniedException.class, () -> worker.cases().evaluate(closed, 5, null),
                "evaluation is the resident's");
        c = vendor.cases().evaluate(c, 2, "问题反复");
        assertEquals(2, c.evaluationScore().orElseThrow());
        c = vendor.cases().reopen(c, "车辆又回来了");
        assertEquals(CaseStatus.REOPENED, c.status());
        assertEquals(2, c.reworkCount());
        c = worker.cases().dispatchToGrid(c, street.id(), "街道网格员跟进");
        assertEquals(HandlerKind.GRID, c.handlerKind().orElseThrow());

        List<String> actions = vendor.cases().timeline(c.id(), ListParams.none()).data().stream().map(CaseEvent::action)
                .toList();
        assertEquals(List.of("report", "accept", "dispatch", "acknowledge", "resolve", "verify", "resolve", "verify",
                "evaluate", "reopen", "dispatch"), actions);
        CaseEvent accepted = worker.cases().timeline(c.id(), ListParams.none()).data().get(1);
        assertEquals(CaseStatus.REPORTED, accepted.fromStatus().orElseThrow());
        assertEquals("grid-worker", accepted.actorRole().orElseThrow());
    }

    @Test
    void residentsAndVendorsSeeOnlyTheirOwnCases() {
        CaseRecord filed = reportForResident("wx-openid-2");
        CaseRecord own = resident.cases().report(CaseCreateParams.builder().title("电梯困人").description("3 号楼电梯停运")
                .categoryCode("ELEVATOR").priority(CasePriority.EMERGENCY).gridId(street.id()).build());
        assertEquals(own.reportedAt().plusHours(1), own.acceptDueAt(), "an emergency elevator case: one hour");

        assertTrue(vendor.cases().list(CaseListParams.none()).stream().allMatch(x -> "alpha-vendor"
                .equals(x.reporterClient().orElse(null))));
        assertThrows(NotFoundException.class, () -> otherVendor.cases().retrieve(filed.id()));
        assertThrows(NotFoundException.class, () -> resident.cases().retrieve(filed.id()));
        assertEquals(own.id(), resident.cases().retrieve(own.id()).id());
        assertTrue(resident.cases().list(CaseListParams.none()).stream().allMatch(x -> x.id().equals(own.id())
                || x.reporterSubject().equals(own.reporterSubject())));
        assertThrows(PermissionDeniedException.class, () -> resident.cases().accept(own, null));
        assertThrows(BadRequestException.class, () -> vendor.cases().report(CaseCreateParams.builder().title("t")
                .description("d").categoryCode("NOISE").gridId(street.id()).build()), "whom does the vendor act for?");
        CaseRecord anonymous = vendor.cases().report(CaseCreateParams.builder().title("广场舞噪音").description("晚上十点后")
                .categoryCode("NOISE").anonymous(true).gridId(street.id()).build());
        assertTrue(anonymous.reporterSubject().isEmpty());
    }

    @Test
    void everyIllegalStepIsRefusedWithTheStepsAllowed() {
        CaseRecord c = reportForResident("wx-openid-3");
        ConflictException early = assertThrows(ConflictException.class, () -> worker.cases().resolve(c, "done"));
        assertTrue(early.problem().detail().orElse("").contains("accept, reject, mark-duplicate"),
                early.problem().toString());
        for (Callable<CaseRecord> illegal : List.<Callable<CaseRecord>>of(
                () -> worker.cases().acknowledge(c, null),
                () -> worker.cases().verify(c, true, null),
                () -> worker.cases().dispatchToGrid(c, street.id(), null),
                () -> vendor.cases().evaluate(c, 5, null),
                () -> vendor.cases().reopen(c, "x"))) {
            assertThrows(ConflictException.class, illegal::call);
        }
        CaseRecord accepted = worker.cases().accept(c, null);
        assertThrows(PreconditionFailedException.class, () -> worker.cases().reject(c, "stale version"));
        assertThrows(ConflictException.class, () -> worker.cases().accept(accepted, null));

        String token = Tenants.token(PlatformEnvironment.ALPHA, "alpha-viewer");
        Http.Reply noIfMatch = Http.json("POST", base + "api/v1/cases/" + c.id() + ":reject", token,
                "{\"reason\":\"x\"}");
        GridApiIT.assertProblem(noIfMatch, 428);
        Http.Reply noReason = Http.json("POST", base + "api/v1/cases/" + c.id() + ":reject", token, "{}",
                "If-Match", "\"" + accepted.version() + "\"");
        GridApiIT.assertProblem(noReason, 400);
        GridApiIT.assertProblem(Http.json("POST", base + "api/v1/cases/" + c.id() + ":dispatch", token,
                "{\"handlerKind\":\"MOON\",\"handlerId\":\"x\"}", "If-Match", "\"" + accepted.version() + "\""), 400);
        assertEquals(accepted.version(), admin.cases().retrieve(c.id()).version(), "nothing changed");
    }

    @Test
    void fiftyConcurrentConflictingStepsLeaveOneWinnerAndAConsistentTimeline() throws Exception {
        CaseRecord c = reportForResident("wx-openid-4");
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            boolean accept = i % 2 == 0;
            results.add(pool.submit(() -> {
                try {
                    if (accept) {
                        worker.cases().accept(c, null);
                    } else {
                        worker.cases().reject(c, "重复");
                    }
                    return 200;
                } catch (JicengServiceException e) {
                    return e.statusCode();
                }
            }));
        }
        int ok = 0;
        for (Future<Integer> f : results) {
            int status = f.get();
            assertTrue(status == 200 || status == 409 || status == 412, "status " + status);
            ok += status == 200 ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(1, ok);
        List<CaseEvent> timeline = admin.cases().timeline(c.id(), ListParams.none()).data();
        assertEquals(timeline, admin.cases().timeline(c.id(), ListParams.builder().limit(2).build()).stream().toList(),
                "page by page, the same steps in the same order");
        assertEquals(2, timeline.size(), timeline.toString());
        assertEquals(2, admin.cases().retrieve(c.id()).version());
    }

    @Test
    void anIdempotencyKeyFilesACaseOnce() {
        CaseCreateParams params = CaseCreateParams.builder().title("路灯不亮").description("小区北门路灯")
                .categoryCode("FACILITY_REPAIR").gridId(street.id()).reporterExternalId("wx-openid-5").build();
        RequestOptions key = RequestOptions.builder().idempotencyKey("case-" + System.nanoTime()).build();
        CaseRecord first = vendor.cases().report(params, key);
        CaseRecord again = vendor.cases().report(params, key);
        assertEquals(first.id(), again.id());
        assertEquals(first.number(), again.number());
        assertEquals(1, admin.cases().list(CaseListParams.builder().gridId(street.id())
                .categoryCode("FACILITY_REPAIR").build()).stream().count());
    }

    @Test
    void concurrentRequestsWithOneKeyFileOneCaseAndAllGetItsAnswer() throws Exception {
        String token = Tenants.token(PlatformEnvironment.ALPHA, "alpha-vendor");
        String key = "burst-" + System.nanoTime();
        String body = "{\"title\":\"井盖缺失\",\"description\":\"同一请求重复发送\",\"categoryCode\":\"SAFETY_HAZARD\","
                + "\"gridId\":\"" + street.id() + "\",\"reporter\":{\"externalId\":\"wx-burst\"}}";
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Http.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            replies.add(pool.submit(() -> Http.json("POST", base + "api/v1/cases", token, body,
                    "Idempotency-Key", key)));
        }
        List<String> ids = new ArrayList<>();
        for (Future<Http.Reply> f : replies) {
            Http.Reply r = f.get();
            assertEquals(201, r.status(), "the others wait for the first, then replay it: " + r.body());
            ids.add(r.json().get("id").asText());
        }
        pool.shutdown();
        assertEquals(1, ids.stream().distinct().count(), ids.toString());
        try (Connection c = PlatformEnvironment.state().superConnection();
             PreparedStatement ps = c.prepareStatement("select state, response_status from idempotency_record "
                     + "where idempotency_key = ?")) {
            ps.setString(1, key);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("COMPLETED", rs.getString(1), "the key and the case committed together");
                assertEquals(201, rs.getInt(2));
            }
        }
        // a refusal leaves no claim in flight: the corrected request with the same key runs
        String badKey = "refused-" + System.nanoTime();
        GridApiIT.assertProblem(Http.json("POST", base + "api/v1/cases", token, body.replace("SAFETY_HAZARD",
                "NO_SUCH_CATEGORY"), "Idempotency-Key", badKey), 404);
        GridApiIT.assertProblem(Http.json("POST", base + "api/v1/cases", token, body.replace("SAFETY_HAZARD",
                "NO_SUCH_CATEGORY"), "Idempotency-Key", badKey), 404);
    }

    @Test
    void aRetriedStepGetsItsFirstAnswerAndATransientRefusalIsNotStored() {
        CaseRecord c = reportForResident("wx-openid-retry");
        String token = Tenants.token(PlatformEnvironment.ALPHA, "alpha-admin");
        String url = base + "api/v1/cases/" + c.id() + ":accept";
        String key = "step-" + System.nanoTime();
        Http.Reply first = Http.json("POST", url, token, "{\"note\":\"受理\"}", "If-Match", "\"" + c.version()
                + "\"", "Idempotency-Key", key);
        assertEquals(200, first.status(), first.body());
        Http.Reply retried = Http.json("POST", url, token, "{\"note\":\"受理\"}", "If-Match", "\"" + c.version()
                + "\"", "Idempotency-Key", key);
        assertEquals(200, retried.status(), "not 412: the step already succeeded under this key " + retried.body());
        assertEquals("true", retried.header("Idempotent-Replayed").orElse(""));
        assertEquals(first.json().get("version"), retried.json().get("version"));
        assertEquals(first.header("ETag"), retried.header("ETag"));
        GridApiIT.assertProblem(Http.json("POST", url, token, "{\"note\":\"别的\"}", "If-Match", "\"" + c.version()
                + "\"", "Idempotency-Key", key), 422);

        // a stale version is transient: it is refused, and the key stays free for the corrected request
        String url2 = base + "api/v1/cases/" + c.id() + ":dispatch";
        String key2 = "step-" + System.nanoTime();
        String body = "{\"handlerKind\":\"GRID\",\"handlerId\":\"" + street.id() + "\"}";
        GridApiIT.assertProblem(Http.json("POST", url2, token, body, "If-Match", "\"" + c.version() + "\"",
                "Idempotency-Key", key2), 412);
        Http.Reply corrected = Http.json("POST", url2, token, body, "If-Match", first.header("ETag").orElseThrow(),
                "Idempotency-Key", key2);
        assertEquals(200, corrected.status(), corrected.body());
        assertEquals("DISPATCHED", corrected.json().get("status").asText());
    }

    @Test
    void deadlinesFilterOverdueAndDueSoon() throws Exception {
        CaseRecord soon = reportForResident("wx-openid-6");
        CaseRecord late = reportForResident("wx-openid-7");
        try (Connection c = PlatformEnvironment.state().superConnection();
             PreparedStatement ps = c.prepareStatement(
                     "update case_record set accept_due_at = now() - interval '1 hour' where id = ?::uuid")) {
            ps.setString(1, late.id());
            assertEquals(1, ps.executeUpdate());
        }
        List<String> overdue = admin.cases().list(CaseListParams.builder().gridId(street.id()).overdue(true).build())
                .stream().map(CaseRecord::id).toList();
        assertEquals(List.of(late.id()), overdue);
        assertTrue(admin.cases().retrieve(late.id()).overdue());
        List<String> dueSoon = admin.cases().list(CaseListParams.builder().gridId(street.id()).dueWithinHours(25)
                .build()).stream().map(CaseRecord::id).toList();
        assertEquals(List.of(soon.id()), dueSoon);
        assertEquals(0, admin.cases().list(CaseListParams.builder().gridId(street.id()).dueWithinHours(1).build())
                .stream().count());
        assertEquals(2, admin.cases().list(CaseListParams.builder().gridId(street.id()).status(CaseStatus.REPORTED)
                .limit(1).build()).stream().count(), "auto-paging across pages of one");
    }

    @Test
    void badInputIsRefusedAndWritesNothing() {
        long before = admin.cases().list(CaseListParams.builder().gridId(street.id()).build()).stream().count();
        assertThrows(NotFoundException.class, () -> vendor.cases().report(CaseCreateParams.builder().title("t")
                .description("d").categoryCode("NO_SUCH_CATEGORY").gridId(street.id()).reporterExternalId("x")
                        .build()));
        BadRequestException outside = assertThrows(BadRequestException.class, () -> vendor.cases().report(
                CaseCreateParams.builder().title("t").description("d").categoryCode("PARKING").reporterExternalId("x")
                        .location(-170, -80).build()));
        assertEquals("location", outside.problem().errors().get(0).field());
        assertThrows(BadRequestException.class, () -> vendor.cases().report(CaseCreateParams.builder().title("t")
                .description("d".repeat(4001)).categoryCode("PARKING").gridId(street.id()).reporterExternalId("x")
                .build()));
        assertThrows(BadRequestException.class, () -> vendor.cases().report(CaseCreateParams.builder().title("t")
                .description("d").categoryCode("PARKING").gridId(street.id()).reporterExternalId("x")
                .attachment("ftp://x", "not-a-hash").build()));
        assertThrows(BadRequestException.class, () -> vendor.cases().report(CaseCreateParams.builder().title("t")
                .description("d").categoryCode("PARKING").reporterExternalId("x").build()), "no grid, no location");
        assertThrows(NotFoundException.class, () -> vendor.cases().report(CaseCreateParams.builder().title("t")
                .description("d").categoryCode("PARKING").gridId("01900000-0000-7000-8000-000000000000")
                .reporterExternalId("x").build()));
        String token = Tenants.token(PlatformEnvironment.ALPHA, "alpha-vendor");
        GridApiIT.assertProblem(Http.json("POST", base + "api/v1/cases", token, "{\"title\": 5"), 400);
        GridApiIT.assertProblem(Http.json("POST", base + "api/v1/cases", token,
                "{\"title\":\"t\",\"description\":\"d\",\"categoryCode\":\"PARKING\",\"priority\":\"WHENEVER\","
                        + "\"gridId\":\"" + street.id() + "\",\"reporter\":{\"externalId\":\"x\"}}"), 400);
        assertEquals(before, admin.cases().list(CaseListParams.builder().gridId(street.id()).build()).stream().count());

        CaseRecord c = closedCase();
        assertThrows(BadRequestException.class, () -> vendor.cases().evaluate(c, 0, null));
        assertThrows(BadRequestException.class, () -> vendor.cases().evaluate(c, 6, null));
        CaseRecord open = reportForResident("wx-openid-9");
        assertThrows(ConflictException.class, () -> vendor.cases().evaluate(open, 5, null), "evaluation before close");
    }

    @Test
    void anotherTenantsCasesDepartmentsGridsAndCursorsDoNotExist() {
        CaseRecord c = reportForResident("wx-openid-8");
        Department housing = department("住建局");
        assertThrows(NotFoundException.class, () -> beta.cases().retrieve(c.id()));
        assertThrows(NotFoundException.class, () -> beta.cases().timeline(c.id(), ListParams.none()).data());
        assertThrows(NotFoundException.class, () -> beta.cases().accept(c, null));
        assertThrows(NotFoundException.class, () -> beta.departments().retrieve(housing.id()));
        assertThrows(NotFoundException.class, () -> beta.cases().list(CaseListParams.builder().gridId(street.id())
                .build()).stream().count());
        assertThrows(NotFoundException.class, () -> beta.cases().list(CaseListParams.builder()
                .departmentId(housing.id()).build()).stream().count());
        assertFalse(beta.cases().list(CaseListParams.none()).stream().anyMatch(x -> x.id().equals(c.id())));
        // alpha's department or grid as a dispatch target of alpha's own case works; from beta's view they are unknown
        CaseRecord accepted = admin.cases().accept(c, null);
        Department betaDept = beta.departments().create(DepartmentCreateParams.builder()
                .code("BETA_ONLY_" + System.nanoTime() % 100000).name("别的区").build());
        assertThrows(NotFoundException.class, () -> admin.cases().dispatchToDepartment(accepted, betaDept.id(), null));
        Grid betaRoot = Tenants.betaRoot(beta);
        assertThrows(NotFoundException.class, () -> admin.cases().dispatchToGrid(accepted, betaRoot.id(), null));

        // a cursor issued to alpha is refused to beta
        admin.cases().report(CaseCreateParams.builder().title("t").description("d").categoryCode("OTHER")
                .gridId(street.id()).build());
        String cursor = admin.cases().list(CaseListParams.builder().limit(1).build()).nextCursor().orElseThrow();
        String betaToken = Tenants.token(PlatformEnvironment.BETA, "beta-admin");
        GridApiIT.assertProblem(Http.get(base + "api/v1/cases?limit=1&cursor=" + cursor, betaToken), 400);
    }

    /** The tenant's closed cases as {@code /metrics} counts them on this instance. */
    private double closedCount() {
        String metrics = Http.get(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/metrics",
                null).body();
        return InstancesIT.metric(metrics, "jiceng_cases_closed_total", "tenant=\"alpha\"");
    }

    @Test
    void theStreetWhistlesAndDepartmentsReportEachByTheirOwnDeadline() {
        Grid community = admin.grids().create(GridCreateParams.builder().parentId(street.id())
                .level(GridLevel.COMMUNITY).code(street.code() + "001").name("测试社区").build());
        Department housing = department("住建局");
        Department urban = department("城管局");
        CaseRecord c = vendor.cases().report(CaseCreateParams.builder().title("违建阳光房").description("顶楼加建")
                .categoryCode("ILLEGAL_CONSTRUCTION").gridId(community.id()).reporterExternalId("wx-openid-w").build());
        CaseRecord reported = c;
        assertThrows(ConflictException.class, () -> worker.cases().whistle(reported, WhistleParams.builder()
                .summon(housing.id()).build()), "no whistle before dispatch");
        c = worker.cases().accept(c, null);
        c = worker.cases().dispatchToGrid(c, community.id(), "社区先处置");
        c = worker.cases().acknowledge(c, null);
        CaseRecord working = c;
        assertThrows(BadRequestException.class, () -> worker.cases().whistle(working, WhistleParams.builder()
                .build()), "a whistle must do something");
        assertThrows(NotFoundException.class, () -> worker.cases().whistle(working, WhistleParams.builder()
                .summon("01900000-0000-7000-8000-000000000000").build()));
        assertThrows(BadRequestException.class, () -> worker.cases().whistle(working, WhistleParams.builder()
                .summon(housing.id()).summon(housing.id()).build()));

        c = worker.cases().whistle(c, WhistleParams.builder().escalateToStreet().summon(housing.id(), 2)
                .summon(urban.id()).note("社区无执法权").build());
        assertEquals(CaseStatus.DISPATCHED, c.status(), "the street has to report in");
        assertEquals(street.id(), c.handlerId().orElseThrow(), "escalated to the street above the community");
        OffsetDateTime whistledAt = worker.cases().timeline(c.id(), ListParams.none()).data().stream()
                .filter(e -> e.action().equals("whistle")).findFirst().orElseThrow().occurredAt();
        assertEquals(whistledAt.plusHours(48), c.acknowledgeDueAt().orElseThrow(),
                "a fresh acknowledgement deadline: ILLEGAL_CONSTRUCTION gives 48 h");
        assertTrue(c.acknowledgedAt().isEmpty());
        List<Summons> summonses = worker.cases().summonses(c.id(), ListParams.none()).data();
        assertEquals(2, summonses.size());
        Summons toHousing = summonses.stream().filter(x -> x.departmentId().equals(housing.id())).findFirst()
                .orElseThrow();
        assertEquals(toHousing.summonedAt().plusHours(2), toHousing.dueAt());
        Summons toUrban = summonses.stream().filter(x -> x.departmentId().equals(urban.id())).findFirst().orElseThrow();
        assertEquals(toUrban.summonedAt().plusHours(48), toUrban.dueAt(), "ILLEGAL_CONSTRUCTION: 48 h to report");

        // the ranking's whistle rate and the counts by category say the same of the community
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        CaseStats.Group ranked = admin.cases().stats(CaseStatsParams.builder().groupBy(GridLevel.COMMUNITY)
                .gridId(street.id()).from(today.minusDays(1)).to(today.plusDays(1)).build()).groups().stream()
                .filter(g -> g.gridId().equals(community.id())).findFirst().orElseThrow();
        assertEquals(1, ranked.whistled());
        assertEquals(Optional.of((double) ranked.whistled() / ranked.accepted()), ranked.whistleRate());
        assertEquals(1L, ranked.byCategory().get("ILLEGAL_CONSTRUCTION"));

        String summoned = c.id();
        assertThrows(PermissionDeniedException.class, () -> worker.cases().acknowledgeSummons(summoned,
                toHousing.id(), "网格员代报到"), "only the summoned department reports in");
        JicengClient housingOfficer = Tenants.client(base, PlatformEnvironment.ALPHA, "alpha-housing");
        admin.assignments().assignToDepartment(DepartmentAssignmentParams.builder().subject(housingOfficer.assignments()
                .me().subject()).departmentId(housing.id()).build());
        assertThrows(PermissionDeniedException.class, () -> housingOfficer.cases().acknowledgeSummons(summoned,
                toUrban.id(), null), "an officer of another department");
        List<Summons> after = housingOfficer.cases().acknowledgeSummons(c.id(), toHousing.id(), "住建局已到场");
        Summons acknowledged = after.stream().filter(x -> x.id().equals(toHousing.id())).findFirst().orElseThrow();
        assertTrue(acknowledged.acknowledgedAt().isPresent());
        assertTrue(acknowledged.onTime());
        String caseId = c.id();
        assertThrows(ConflictException.class, () -> admin.cases().acknowledgeSummons(caseId, toHousing.id(), null));
        CaseRecord other = reportForResident("wx-openid-x");
        assertThrows(NotFoundException.class, () -> worker.cases().acknowledgeSummons(other.id(), toUrban.id(), null),
                "a summons belongs to its case");
        assertThrows(NotFoundException.class, () -> beta.cases().summonses(caseId, ListParams.none()).data());
        assertThrows(NotFoundException.class, () -> beta.cases().acknowledgeSummons(caseId, toUrban.id(), null));

        CaseRecord atStreet = admin.cases().retrieve(caseId);
        assertThrows(ConflictException.class, () -> worker.cases().whistle(atStreet, WhistleParams.builder()
                .escalateToStreet().build()), "already at the street: summon departments instead");
        CaseRecord streetOnIt = worker.cases().acknowledge(atStreet, "街道报到");
        assertEquals(CaseStatus.IN_PROGRESS, streetOnIt.status());
        assertTrue(streetOnIt.acknowledgedAt().isPresent());
        List<String> actions = worker.cases().timeline(caseId, ListParams.none()).data().stream().map(CaseEvent::action)
                .toList();
        assertEquals(List.of("report", "accept", "dispatch", "acknowledge", "whistle", "acknowledge-summons",
                "acknowledge"), actions);
    }

    @Test
    void ratesAndRankingMatchAHandComputedDataSet() throws Exception {
        Grid a = admin.grids().create(GridCreateParams.builder().parentId(street.id()).level(GridLevel.COMMUNITY)
                .code(street.code() + "001").name("甲社区").build());
        Grid b = admin.grids().create(GridCreateParams.builder().parentId(street.id()).level(GridLevel.COMMUNITY)
                .code(street.code() + "002").name("乙社区").build());
        // A: a1 closed on time and satisfied; a2 acknowledged late, still open; a3 rejected
        CaseRecord a1 = handled(a, "a1");
        a1 = worker.cases().verify(worker.cases().resolve(a1, "ok"), true, null);
        vendor.cases().evaluate(a1, 5, null);
        CaseRecord a2 = handled(a, "a2");
        try (Connection c = PlatformEnvironment.state().superConnection();
             PreparedStatement ps = c.prepareStatement("update case_record set acknowledged_at = "
                     + "acknowledge_due_at + interval '1 hour' where id = ?::uuid")) {
            ps.setString(1, a2.id());
            assertEquals(1, ps.executeUpdate());
        }
        worker.cases().reject(inGrid(a, "a3"), "不属于受理范围");
        // B: b1 closed after one rework and unsatisfied; b2 only reported
        CaseRecord b1 = handled(b, "b1");
        b1 = worker.cases().verify(worker.cases().resolve(b1, "ok"), false, "没修好");
        b1 = worker.cases().verify(worker.cases().resolve(b1, "修好了"), true, null);
        vendor.cases().evaluate(b1, 2, "太慢");
        inGrid(b, "b2");

        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        CaseStats stats = admin.cases().stats(CaseStatsParams.builder().groupBy(GridLevel.COMMUNITY).gridId(street.id())
                .from(today.minusDays(1)).to(today.plusDays(2)).build());
        assertEquals(List.of(b.code(), a.code()), stats.groups().stream().map(CaseStats.Group::code).toList(),
                "best score first");
        CaseStats.Group ga = stats.group(a.code()).orElseThrow();
        assertEquals(List.of(3L, 1L, 2L, 1L, 2L, 1L, 1L, 1L, 0L), List.of(ga.reported(), ga.rejected(),
                ga.accepted(), ga.closed(), ga.acknowledgementsDue(), ga.acknowledgedOnTime(), ga.evaluated(),
                ga.satisfied(), ga.rework()));
        assertEquals(java.util.Map.of("CLOSED", 1L, "IN_PROGRESS", 1L, "REJECTED", 1L), ga.byStatus());
        assertEquals(0.5, ga.responseRate().orElseThrow());
        assertEquals(0.5, ga.resolutionRate().orElseThrow());
        assertEquals(1.0, ga.satisfactionRate().orElseThrow());
        assertEquals(65.0, ga.score().orElseThrow(), "0.5 × 30 + 0.5 × 40 + 1 × 30");
        assertEquals(2, ga.rank().orElseThrow());
        CaseStats.Group gb = stats.group(b.code()).orElseThrow();
        assertEquals(List.of(2L, 0L, 1L, 1L, 1L, 1L, 1L, 0L, 1L), List.of(gb.reported(), gb.rejected(),
                gb.accepted(), gb.closed(), gb.acknowledgementsDue(), gb.acknowledgedOnTime(), gb.evaluated(),
                gb.satisfied(), gb.rework()));
        assertEquals(70.0, gb.score().orElseThrow(), "1 × 30 + 1 × 40 + 0 × 30");
        assertEquals(1, gb.rank().orElseThrow());

        CaseStats byStreet = admin.cases().stats(CaseStatsParams.builder().groupBy(GridLevel.STREET)
                .from(today.minusDays(1)).to(today.plusDays(2)).build());
        CaseStats.Group gs = byStreet.group(street.code()).orElseThrow();
        assertEquals(3, gs.accepted());
        assertEquals(2, gs.closed());
        assertEquals(0, admin.cases().stats(CaseStatsParams.builder().groupBy(GridLevel.COMMUNITY).gridId(street.id())
                .categoryCode("ELEVATOR").from(today.minusDays(1)).to(today.plusDays(2)).build()).group(a.code())
                .orElseThrow().reported(), "filtered by category");

        assertThrows(NotFoundException.class, () -> beta.cases().stats(CaseStatsParams.builder()
                .groupBy(GridLevel.COMMUNITY).gridId(street.id()).build()),
                "another tenant's grid");
        Http.Reply planet = Http.get(base + "api/v1/cases:stats?groupBy=PLANET", Tenants.token(PlatformEnvironment.ALPHA,
                "alpha-admin"));
        assertEquals(400, planet.status(), planet.body());
        assertThrows(BadRequestException.class, () -> admin.cases().stats(CaseStatsParams.builder()
                .groupBy(GridLevel.STREET).from(today).to(today).build()));
        assertThrows(PermissionDeniedException.class, () -> vendor.cases().stats(CaseStatsParams.builder()
                .groupBy(GridLevel.STREET).build()));
        GridApiIT.assertProblem(Http.get(base + "api/v1/cases:stats?from=yesterday",
                Tenants.token(PlatformEnvironment.ALPHA, "alpha-admin")), 400);
        // the monthly series: each month is what cases:stats reports for the node and that month
        java.time.YearMonth month = java.time.YearMonth.from(today);
        org.jiceng.sdk.cases.CaseTrend trend = admin.cases().trend(org.jiceng.sdk.cases.CaseTrendParams.builder()
                .gridId(street.id()).from(month.minusMonths(2)).to(month.plusMonths(1)).build());
        assertEquals(street.code(), trend.code());
        assertEquals(3, trend.months().size());
        CaseStats.Group thisMonth = admin.cases().stats(CaseStatsParams.builder().groupBy(GridLevel.STREET)
                .gridId(street.id()).from(month.atDay(1)).to(month.plusMonths(1).atDay(1)).build())
                .group(street.code()).orElseThrow();
        org.jiceng.sdk.cases.CaseTrendMonth last = trend.months().get(2);
        assertEquals(month, last.month());
        assertEquals(List.of(thisMonth.reported(), thisMonth.accepted(), thisMonth.closed(), thisMonth.evaluated(),
                thisMonth.whistled()), List.of(last.reported(), last.accepted(), last.closed(), last.evaluated(),
                last.whistled()));
        assertEquals(thisMonth.responseRate(), last.responseRate());
        assertEquals(thisMonth.resolutionRate(), last.resolutionRate());
        assertEquals(thisMonth.satisfactionRate(), last.satisfactionRate());
        assertEquals(thisMonth.score(), last.score());
        assertTrue(admin.cases().trend(org.jiceng.sdk.cases.CaseTrendParams.none()).months().size() == 6,
                "six months by default, for the tenant's root");
        assertThrows(NotFoundException.class, () -> beta.cases().trend(org.jiceng.sdk.cases.CaseTrendParams.builder()
                .gridId(street.id()).build()), "another tenant's grid");
        String token = Tenants.token(PlatformEnvironment.ALPHA, "alpha-admin");
        GridApiIT.assertProblem(Http.get(base + "api/v1/cases:trend?from=2026-7", token), 400);
        GridApiIT.assertProblem(Http.get(base + "api/v1/cases:trend?from=2024-01&to=2026-12", token), 400);
        GridApiIT.assertProblem(Http.get(base + "api/v1/cases:trend?from=2026-08&to=2026-07", token), 400);
        assertThrows(PermissionDeniedException.class, () -> vendor.cases().trend(
                org.jiceng.sdk.cases.CaseTrendParams.none()));
    }

    @Test
    void aGridWorkerOfOneStreetNeitherSeesNorActsOnAnotherStreetsCase() {
        JicengClient streetWorker = Tenants.client(base, PlatformEnvironment.ALPHA, "alpha-worker2");
        JicengClient officer = Tenants.client(base, PlatformEnvironment.ALPHA, "alpha-dept");
        Grid root = Tenants.alphaRoot(admin);
        Grid otherStreet = admin.grids().create(GridCreateParams.builder().parentId(root.id())
                .level(GridLevel.STREET).code(root.code() + STREETS.getAndIncrement()).name("另一街道").build());
        String workerSubject = streetWorker.assignments().me().subject();
        org.jiceng.sdk.cases.Assignment mine = admin.assignments().assignToGrid(GridAssignmentParams.builder()
                .subject(workerSubject).role("grid-worker").gridId(street.id()).build());
        assertEquals(List.of(mine.id()), streetWorker.assignments().me().assignments().stream()
                .map(org.jiceng.sdk.cases.Assignment::id).toList());

        CaseRecord here = reportForResident("wx-here");
        CaseRecord there = vendor.cases().report(CaseCreateParams.builder().title("别处").description("另一街道的事")
                .categoryCode("SANITATION").gridId(otherStreet.id()).reporterExternalId("wx-there").build());
        assertEquals(here.id(), streetWorker.cases().retrieve(here.id()).id());
        assertThrows(NotFoundException.class, () -> streetWorker.cases().retrieve(there.id()));
        assertThrows(NotFoundException.class, () -> streetWorker.cases().accept(there, null));
        assertThrows(NotFoundException.class, () -> streetWorker.cases().timeline(there.id(), ListParams.none())
                .data());
        List<String> visible = streetWorker.cases().list(CaseListParams.none()).stream().map(CaseRecord::id).toList();
        assertTrue(visible.contains(here.id()));
        assertFalse(visible.contains(there.id()));
        assertThrows(PermissionDeniedException.class, () -> streetWorker.cases().report(CaseCreateParams.builder()
                .title("t").description("d").categoryCode("OTHER").gridId(otherStreet.id()).build()),
                "not outside their grids either");
        CaseRecord accepted = streetWorker.cases().accept(here, "本街道受理");
        assertThrows(PermissionDeniedException.class,
                () -> streetWorker.cases().dispatchToGrid(accepted, otherStreet.id(), null));
        assertThrows(PermissionDeniedException.class, () -> streetWorker.cases().stats(CaseStatsParams.builder()
                .groupBy(GridLevel.COMMUNITY).build()), "no tenant-wide ranking for a scoped worker");
        streetWorker.cases().stats(CaseStatsParams.builder().groupBy(GridLevel.COMMUNITY).gridId(street.id()).build());

        // a department officer reaches the cases dispatched to, or summoning, their department
        Department housing = department("住建局");
        String officerSubject = officer.assignments().me().subject();
        admin.assignments().assignToDepartment(DepartmentAssignmentParams.builder().subject(officerSubject)
                .departmentId(housing.id()).build());
        assertEquals(0, officer.cases().list(CaseListParams.none()).stream().count());
        CaseRecord dispatched = worker.cases().dispatchToDepartment(accepted, housing.id(), null);
        assertEquals(List.of(dispatched.id()), officer.cases().list(CaseListParams.none()).stream()
                .map(CaseRecord::id).toList());
        CaseRecord acknowledged = officer.cases().acknowledge(dispatched, "住建局报到");
        CaseRecord thereAccepted = worker.cases().accept(there, null);
        CaseRecord thereWorking = worker.cases().acknowledge(worker.cases().dispatchToGrid(thereAccepted,
                otherStreet.id(), null), null);
        assertThrows(NotFoundException.class, () -> officer.cases().retrieve(there.id()));
        worker.cases().whistle(thereWorking, WhistleParams.builder().summon(housing.id()).build());
        assertEquals(there.id(), officer.cases().retrieve(there.id()).id(), "summoned: now in reach");
        assertEquals(2, officer.cases().list(CaseListParams.none()).stream().count());
        assertEquals(CaseStatus.IN_PROGRESS, acknowledged.status());

        // managing assignments: tenant admins only, validated, no duplicates, another tenant's ids unknown
        assertThrows(PermissionDeniedException.class,
                () -> worker.assignments().assignToGrid(GridAssignmentParams.builder().subject("someone")
                        .role("grid-worker").gridId(street.id()).build()));
        assertThrows(BadRequestException.class, () -> admin.assignments().assignToGrid(GridAssignmentParams.builder()
                .subject("someone").role("mayor").gridId(street.id()).build()));
        assertThrows(NullPointerException.class, () -> DepartmentAssignmentParams.builder().subject("someone")
                .build(), "the SDK names a missing department before sending");
        Http.Reply noDepartment = Http.json("POST", base + "api/v1/assignments", Tenants.token(PlatformEnvironment.ALPHA,
                "alpha-admin"), "{\"subject\":\"someone\",\"role\":\"department-officer\"}");
        assertEquals(400, noDepartment.status(), noDepartment.body());
        assertThrows(ConflictException.class, () -> admin.assignments().assignToGrid(GridAssignmentParams.builder()
                .subject(workerSubject).role("grid-worker").gridId(street.id()).build()));
        assertThrows(NotFoundException.class, () -> admin.assignments().assignToGrid(GridAssignmentParams.builder()
                .subject("someone").role("grid-worker").gridId(Tenants.betaRoot(beta).id()).build()));
        assertThrows(NotFoundException.class, () -> beta.assignments().delete(mine.id()));
        admin.assignments().delete(mine.id());
        assertThrows(NotFoundException.class, () -> streetWorker.cases().retrieve(here.id()), "assignment ended");
        assertThrows(NotFoundException.class, () -> admin.assignments().delete(mine.id()));
    }

    @Test
    void aReportersNameAndPhoneAreEncryptedMaskedAndEveryClearReadIsLogged() throws Exception {
        CaseRecord filed = vendor.cases().report(CaseCreateParams.builder().title("水压不足").description("六楼没水")
                .categoryCode("WATER_SUPPLY").gridId(street.id()).reporterExternalId("wx-openid-pii")
                .reporterContact("张小明", "138 0000 1111").build());
        assertEquals("张*明", filed.reporterName().orElseThrow());
        assertEquals("138****1111", filed.reporterPhone().orElseThrow());
        assertTrue(filed.contactMasked());

        long logged = accessLogLines(filed.id());
        CaseRecord clear = worker.cases().retrieve(filed.id()); // a grid worker calls the resident back
        assertEquals("张小明", clear.reporterName().orElseThrow());
        assertEquals("13800001111", clear.reporterPhone().orElseThrow());
        assertFalse(clear.contactMasked());
        assertEquals(logged + 1, accessLogLines(filed.id()), "every unmasked read is logged");
        assertTrue(vendor.cases().retrieve(filed.id()).contactMasked());
        assertEquals(logged + 1, accessLogLines(filed.id()), "masked reads are not");

        try (Connection c = PlatformEnvironment.state().superConnection();
             PreparedStatement ps = c.prepareStatement("select reporter_name_enc || reporter_phone_enc, "
                     + "reporter_phone_hash from case_record where id = ?::uuid")) {
            ps.setString(1, filed.id());
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertFalse(rs.getString(1).contains("13800001111") || rs.getString(1).contains("张小明"));
                assertEquals(64, rs.getString(2).length());
            }
        }
        assertEquals(List.of(filed.id()), worker.cases().list(CaseListParams.builder().reporterPhone("13800001111")
                .build()).stream().map(CaseRecord::id).toList(), "found by phone through its keyed hash");
        assertThrows(PermissionDeniedException.class, () -> vendor.cases().list(CaseListParams.builder()
                .reporterPhone("13800001111").build()).stream().count());
        assertEquals(0, beta.cases().list(CaseListParams.builder().reporterPhone("13800001111").build()).stream()
                .count(), "another tenant's phone index is its own");
        assertThrows(BadRequestException.class, () -> vendor.cases().report(CaseCreateParams.builder().title("t")
                .description("d").categoryCode("OTHER").gridId(street.id()).reporterExternalId("x")
                .reporterContact("李四", "not-a-phone").build()));
        assertThrows(BadRequestException.class, () -> vendor.cases().report(CaseCreateParams.builder().title("t")
                .description("d").categoryCode("OTHER").gridId(street.id()).anonymous(true)
                .reporterContact("李四", "13900002222").build()), "anonymous means no name or phone");
    }

    @Test
    void theProblemLedgerExportsAsCsvAndXlsxWithinTheCallersReach() throws Exception {
        CaseRecord a = vendor.cases().report(CaseCreateParams.builder().title("楼道堆物").description("消防隐患")
                .categoryCode("SAFETY_HAZARD").gridId(street.id()).reporterExternalId("wx-ledger")
                .reporterContact("赵六", "13700007777").build());
        CaseRecord b = worker.cases().accept(reportForResident("wx-ledger-2"), null);
        byte[] csv = worker.cases().export(CaseListParams.builder().gridId(street.id()).build(), "csv");
        String text = new String(csv, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFNumber,Title"), text.substring(0, 20));
        String chinese = new String(worker.cases().export(CaseListParams.builder().gridId(street.id()).build(), "csv",
                RequestOptions.builder().header("Accept-Language", "zh-CN").build()),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(chinese.startsWith("\uFEFF编号,标题"), chinese.substring(0, 10));
        List<org.apache.commons.csv.CSVRecord> rows = org.apache.commons.csv.CSVFormat.EXCEL.parse(
                new java.io.StringReader(text.substring(1))).getRecords();
        assertEquals(3, rows.size(), "header and two cases");
        org.apache.commons.csv.CSVRecord rowA = rows.stream().filter(r -> r.get(0).equals(a.number())).findFirst()
                .orElseThrow();
        assertEquals("SAFETY_HAZARD", rowA.get(2));
        assertEquals("赵六", rowA.get(9), "a grid worker has pii:read");
        assertEquals("13700007777", rowA.get(10));
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals(b.number()) && r.get(5).equals("ACCEPTED")));

        byte[] xlsx = admin.cases().export(CaseListParams.builder().gridId(street.id())
                .status(CaseStatus.ACCEPTED).build(), "xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx))) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(0);
            assertEquals("Cases", sheet.getSheetName(), "the ledger speaks the caller's language");
            assertEquals(1, sheet.getLastRowNum(), "only the accepted case");
            assertEquals(b.number(), sheet.getRow(1).getCell(0).getStringCellValue());
        }
        assertThrows(BadRequestException.class, () -> admin.cases().export(CaseListParams.none(), "pdf"));
        assertThrows(PermissionDeniedException.class, () -> Tenants.client(base, PlatformEnvironment.ALPHA,
                "alpha-norole").cases().export(CaseListParams.none(), "csv"));
        assertThrows(NotFoundException.class, () -> beta.cases().export(CaseListParams.builder().gridId(street.id())
                .build(), "csv"), "another tenant's grid");
        String betaCsv = new String(beta.cases().export(CaseListParams.none(), "csv"),
                java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(betaCsv.contains(a.number()));
    }

    @Test
    void theCatalogueAndDepartmentsAreEachTenantsOwnAndValidated() {
        String code = "BALCONY_" + System.nanoTime() % 1_000_000;
        CaseCategory.Deadlines day = CaseCategory.Deadlines.of(24, 24, 168);
        CaseCategory created = admin.caseCategories().create(CaseCategoryCreateParams.builder().code(code).name("阳台种菜")
                .normal(day).urgent(CaseCategory.Deadlines.of(4, 4, 72)).emergency(CaseCategory.Deadlines.of(1, 1, 24))
                .build());
        assertTrue(beta.caseCategories().list(ListParams.none()).stream().noneMatch(c -> c.code().equals(code)),
                "another tenant's catalogue does not show it");
        assertThrows(NotFoundException.class, () -> beta.caseCategories()
                .update(created, CaseCategoryUpdateParams.builder().name("x").build()));
        assertThrows(NotFoundException.class, () -> beta.cases().report(CaseCreateParams.builder().title("t")
                .description("d").categoryCode(code).gridId(Tenants.betaRoot(beta).id()).build()));
        assertThrows(ConflictException.class, () -> admin.caseCategories().create(CaseCategoryCreateParams.builder()
                .code(code).name("again").normal(day).urgent(day).emergency(day).build()));
        assertThrows(BadRequestException.class, () -> admin.caseCategories().create(CaseCategoryCreateParams.builder()
                .code("lower_case").name("x").normal(day).urgent(day).emergency(day).build()));
        assertThrows(BadRequestException.class, () -> admin.caseCategories().create(CaseCategoryCreateParams.builder()
                .code("SLOWER_URGENT").name("x").normal(day).urgent(CaseCategory.Deadlines.of(24, 24, 200))
                .emergency(day).build()), "urgent may not get more time than normal");
        assertThrows(BadRequestException.class, () -> admin.caseCategories().create(CaseCategoryCreateParams.builder()
                .code("ZERO_HOURS").name("x").normal(CaseCategory.Deadlines.of(0, 1, 1)).urgent(day).emergency(day)
                .build()));
        assertThrows(PermissionDeniedException.class, () -> worker.caseCategories()
                .create(CaseCategoryCreateParams.builder().code("WORKER_MADE").name("x").normal(day).urgent(day)
                .emergency(day).build()));
        CaseCategory retired = admin.caseCategories().update(created, CaseCategoryUpdateParams.builder().active(false)
                .build());
        assertFalse(retired.active());
        assertThrows(PreconditionFailedException.class,
                () -> admin.caseCategories().update(created, CaseCategoryUpdateParams.builder().name("stale").build()));
        assertThrows(BadRequestException.class, () -> vendor.cases().report(CaseCreateParams.builder().title("t")
                .description("d").categoryCode(code).gridId(street.id()).reporterExternalId("x").build()),
                "a retired category takes no new cases");

        Department d = department("供水公司");
        assertThrows(NotFoundException.class, () -> beta.departments().update(d, DepartmentUpdateParams.builder()
                .name("x").build()));
        assertFalse(beta.departments().list(ListParams.none()).stream().anyMatch(x -> x.id().equals(d.id())));
        assertThrows(ConflictException.class, () -> admin.departments().create(DepartmentCreateParams.builder()
                .code(d.code()).name("again").build()));
        Http.Reply aliens = Http.json("POST", base + "api/v1/departments", Tenants.token(PlatformEnvironment.ALPHA,
                "alpha-admin"), "{\"code\":\"NEW_" + d.code() + "\",\"name\":\"x\",\"kind\":\"ALIENS\"}");
        assertEquals(400, aliens.status(), aliens.body());
        Department inactive = admin.departments().update(d, DepartmentUpdateParams.builder().active(false).build());
        assertThrows(PreconditionFailedException.class, () -> admin.departments()
                .update(d, DepartmentUpdateParams.builder().name("stale").build()));
        CaseRecord accepted = worker.cases().accept(reportForResident("wx-catalogue"), null);
        assertThrows(ConflictException.class, () -> worker.cases().dispatchToDepartment(accepted, inactive.id(), null),
                "an inactive department takes no cases");
    }

    private static long accessLogLines(String caseId) throws Exception {
        try (Connection c = PlatformEnvironment.state().superConnection();
             PreparedStatement ps = c.prepareStatement(
                     "select count(*) from access_log where action = 'pii.read' and record_id = ?")) {
            ps.setString(1, caseId);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private CaseRecord inGrid(Grid grid, String title) {
        return vendor.cases().report(CaseCreateParams.builder().title(title).description(title)
                .categoryCode("SANITATION").gridId(grid.id()).reporterExternalId("wx-" + title).build());
    }

    /** Reported in {@code grid}, accepted, dispatched there and acknowledged. */
    private CaseRecord handled(Grid grid, String title) {
        CaseRecord c = worker.cases().accept(inGrid(grid, title), null);
        c = worker.cases().dispatchToGrid(c, grid.id(), null);
        return worker.cases().acknowledge(c, null);
    }

    private CaseRecord closedCase() {
        CaseRecord c = reportForResident("wx-openid-closed");
        c = worker.cases().accept(c, null);
        c = worker.cases().dispatchToGrid(c, street.id(), null);
        c = worker.cases().acknowledge(c, null);
        c = worker.cases().resolve(c, "done");
        return worker.cases().verify(c, true, null);
    }
}
