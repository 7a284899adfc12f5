package org.jiceng.platform.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.jiceng.sdk.JicengClient;
import org.jiceng.sdk.cases.CaseCreateParams;
import org.jiceng.sdk.cases.CaseRecord;
import org.jiceng.sdk.cases.Department;
import org.jiceng.sdk.cases.DepartmentAssignmentParams;
import org.jiceng.sdk.cases.DepartmentCreateParams;
import org.jiceng.sdk.errors.BadRequestException;
import org.jiceng.sdk.events.CloudEvent;
import org.jiceng.sdk.events.EventListParams;
import org.jiceng.sdk.events.EventPage;
import org.jiceng.sdk.events.EventStream;
import org.jiceng.sdk.grids.Grid;
import org.jiceng.sdk.grids.GridCreateParams;
import org.jiceng.sdk.grids.GridLevel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The event feed against the real platform: commit-safe order under concurrent writers, scoping like the records
 * (a vendor's app, a department officer, another tenant), no personal data, deadline reminders, long polling and
 * bad input.
 */
class EventsIT extends AgainstPlatform {
    private static final AtomicInteger STREETS = new AtomicInteger(300);
    private static final Set<String> PUBLIC_KEYS = Set.of("id", "number", "status", "categoryCode", "gridId",
            "version", "step", "dueAt", "summonsId");

    URL base;
    JicengClient admin;
    JicengClient vendor;
    JicengClient otherVendor;
    JicengClient beta;
    Grid street;

    @BeforeEach
    void setUp() {
        base = PlatformEnvironment.local(deployed);
        admin = Tenants.client(base, PlatformEnvironment.ALPHA, "alpha-admin");
        vendor = Tenants.client(base, PlatformEnvironment.ALPHA, "alpha-vendor");
        otherVendor = Tenants.client(base, PlatformEnvironment.ALPHA, "alpha-vendor2");
        beta = Tenants.client(base, PlatformEnvironment.BETA, "beta-admin");
        Grid root = Tenants.alphaRoot(admin);
        int segment = STREETS.getAndIncrement();
        street = admin.grids().create(GridCreateParams.builder().parentId(root.id()).level(GridLevel.STREET)
                .code(root.code() + segment).name("事件街道 " + segment).build());
    }

    /** The cursor past everything the client can see now: a filter nothing matches walks to the end at once. */
    private static String head(JicengClient client) {
        return client.events().list(EventListParams.builder().types("nothing.matches").limit(1).build()).nextCursor();
    }

    private CaseRecord file(JicengClient client, String title) {
        return client.cases().report(CaseCreateParams.builder().title(title).description("楼道堆物")
                .categoryCode("OTHER").gridId(street.id()).reporterExternalId("wx-" + System.nanoTime())
                .reporterContact("张三", "13800138000").build());
    }

    private static List<CloudEvent> readAll(JicengClient client, String after, String... types) {
        List<CloudEvent> out = new ArrayList<>();
        EventStream stream = client.events().autoPager(EventListParams.builder().after(after).types(types).limit(7)
                .build());
        stream.forEach(out::add);
        return out;
    }

    private static Set<String> subjects(List<CloudEvent> events) {
        Set<String> out = new HashSet<>();
        events.forEach(e -> out.add(e.subject()));
        return out;
    }

    @Test
    void aFollowerSeesEveryEventOfConcurrentWritersOnceAndInOneStableOrder() throws Exception {
        String start = head(admin);
        List<String> followed = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(5);
        int writers = 4;
        int each = 10;
        Set<String> filed = Collections.synchronizedSet(new HashSet<>());
        Future<?> follower = pool.submit(() -> {
            EventStream stream = admin.events().follow(EventListParams.builder().after(start)
                    .types("case.reported").limit(3).waitSeconds(1).build());
            for (CloudEvent e : stream) {
                if (e.data().get("gridId") != null && e.data().get("gridId").equals(street.id())) {
                    followed.add(e.subject());
                }
                if (followed.size() >= writers * each) {
                    return null;
                }
            }
            return null;
        });
        List<Future<?>> writing = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            writing.add(pool.submit(() -> {
                for (int i = 0; i < each; i++) {
                    filed.add("case/" + file(vendor, "并发-" + writer + "-" + i).id());
                }
                return null;
            }));
        }
        for (Future<?> f : writing) {
            f.get(120, TimeUnit.SECONDS);
        }
        follower.get(60, TimeUnit.SECONDS);
        pool.shutdownNow();

        assertEquals(writers * each, followed.size(), "each event once");
        assertEquals(filed, new HashSet<>(followed), "every event the writers committed");
        List<String> again = new ArrayList<>();
        readAll(admin, start, "case.reported").stream()
                .filter(e -> street.id().equals(e.data().get("gridId"))).forEach(e -> again.add(e.subject()));
        assertEquals(followed, again, "a second reader from the same cursor gets the same order");
    }

    @Test
    void aVendorsAppSeesTheEventsOfTheCasesItFiledAndNoPersonalData() {
        String vendorStart = head(vendor);
        String otherStart = head(otherVendor);
        CaseRecord mine = file(vendor, "我的");
        CaseRecord theirs = file(otherVendor, "别家的");
        CaseRecord accepted = admin.cases().accept(admin.cases().retrieve(mine.id()), "受理");

        List<CloudEvent> seen = readAll(vendor, vendorStart);
        Set<String> subjects = subjects(seen);
        assertTrue(subjects.contains("case/" + mine.id()), "its own case: " + subjects);
        assertFalse(subjects.contains("case/" + theirs.id()), "never another app's");
        for (String subject : subjects) {
            // reminders of its earlier cases may come too; every one is a case this app may read
            assertNotNull(vendor.cases().retrieve(subject.substring("case/".length())), subject);
        }
        assertTrue(seen.stream().anyMatch(e -> e.type().equals("case.accepted")
                && "ACCEPTED".equals(e.data().get("status"))), "the steps others take on it too: " + seen);
        Set<String> theirsSeen = subjects(readAll(otherVendor, otherStart));
        assertTrue(theirsSeen.contains("case/" + theirs.id()));
        assertFalse(theirsSeen.contains("case/" + mine.id()));
        assertNotNull(accepted);
        for (CloudEvent e : seen) {
            assertEquals("1.0", e.specversion());
            assertEquals("/tenants/" + PlatformEnvironment.ALPHA, e.source());
            assertNotNull(e.time());
            assertTrue(PUBLIC_KEYS.containsAll(e.data().keySet()), "only public fields: " + e.data());
            String text = e.data().toString() + e.additionalProperties();
            assertFalse(text.contains("13800138000") || text.contains("张三") || text.contains("我的")
                    || text.contains("楼道堆物") || text.contains("wx-"), "no personal data or free text: " + text);
        }
    }

    @Test
    void aDepartmentOfficerSeesTheCasesOfItsDepartmentOnly() {
        JicengClient officer = Tenants.client(base, PlatformEnvironment.ALPHA, "alpha-dept");
        Department department = admin.departments().create(DepartmentCreateParams.builder()
                .code("EVT_" + System.nanoTime() % 1_000_000).name("事件测试局").build());
        admin.assignments().assignToDepartment(DepartmentAssignmentParams.builder()
                .subject(officer.assignments().me().subject()).departmentId(department.id()).build());
        String start = head(officer);
        CaseRecord ours = file(vendor, "给部门的");
        CaseRecord other = file(vendor, "不给部门的");
        CaseRecord accepted = admin.cases().accept(admin.cases().retrieve(ours.id()), null);
        admin.cases().dispatchToDepartment(accepted, department.id(), null);
        admin.cases().accept(admin.cases().retrieve(other.id()), null);

        Set<String> seen = subjects(readAll(officer, start, "case.*"));
        assertEquals(Set.of("case/" + ours.id()), seen, "the dispatched case, from its dispatch on");
    }

    @Test
    void anotherTenantNeitherSeesTheseEventsNorUsesTheirCursor() {
        String start = head(admin);
        String betaStart = head(beta);
        CaseRecord filed = file(vendor, "租户隔离");
        assertTrue(subjects(readAll(admin, start)).contains("case/" + filed.id()));
        assertFalse(subjects(readAll(beta, betaStart)).contains("case/" + filed.id()));
        BadRequestException foreign = assertThrows(BadRequestException.class, () -> beta.events().list(
                EventListParams.builder().after(start).build()));
        assertTrue(foreign.getMessage().contains("cursor"), foreign.getMessage());
        assertThrows(BadRequestException.class, () -> vendor.events().list(EventListParams.builder().after(
                betaStart).build()));
    }

    @Test
    void deadlinesBecomeDueSoonAndOverdueEventsOnce() throws Exception {
        String start = head(vendor);
        CaseRecord filed = file(vendor, "到期提醒");
        // the accept deadline lies within a day of the report: a due-soon reminder comes with the next sweep
        CloudEvent soon = await(vendor, start, "case.due_soon", "case/" + filed.id());
        assertEquals("accept", soon.data().get("step"));
        // time passes: the deadline moved into the past, as the database sees it
        try (Connection c = PlatformEnvironment.state().superConnection();
             PreparedStatement ps = c.prepareStatement("update case_record set accept_due_at = now() - interval '5 "
                     + "minutes' where id = cast(? as uuid)")) {
            ps.setString(1, filed.id());
            assertEquals(1, ps.executeUpdate());
        }
        await(vendor, start, "case.overdue", "case/" + filed.id());
        Thread.sleep(5_000); // two more sweeps
        List<CloudEvent> reminders = readAll(vendor, start, "case.due_soon", "case.overdue");
        assertEquals(2, reminders.stream().filter(e -> e.subject().equals("case/" + filed.id())).count(),
                "each reminder once: " + reminders);
    }

    private static CloudEvent await(JicengClient client, String start, String type, String subject)
            throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            for (CloudEvent e : readAll(client, start, type)) {
                if (e.subject().equals(subject)) {
                    return e;
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no " + type + " for " + subject + " within 30 s");
    }

    @Test
    void aLongPollWaitsForTheNextEventAndReturnsWithIt() throws Exception {
        String start = head(vendor);
        Instant t0 = Instant.now();
        EventPage empty = vendor.events().list(EventListParams.builder().after(start).types("nothing.matches")
                .waitSeconds(2).build());
        assertTrue(empty.data().isEmpty());
        assertTrue(Duration.between(t0, Instant.now()).toMillis() >= 1_500, "it waited");

        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<EventPage> waiting = pool.submit(() -> vendor.events().list(EventListParams.builder().after(start)
                .types("case.reported").waitSeconds(20).build()));
        Thread.sleep(1_000);
        CaseRecord filed = file(vendor, "长轮询");
        EventPage page = waiting.get(25, TimeUnit.SECONDS);
        pool.shutdown();
        assertTrue(subjects(page.data()).contains("case/" + filed.id()), "returned with the new event");
    }

    @Test
    void aClientHoldsAtMostFourWaitsAtOnceAndAFifthIsToldWhenToAskAgain() throws Exception {
        String token = Tenants.token(PlatformEnvironment.ALPHA, "alpha-vendor2");
        String url = base + "api/v1/events?types=nothing.matches&after=" + head(otherVendor);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Http.Reply>> held = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            held.add(pool.submit(() -> Http.get(url + "&wait=8", token)));
        }
        String metrics = new URL(base, "/metrics").toString();
        Instant until = Instant.now().plusSeconds(6);
        while (InstancesIT.metric(Http.get(metrics, null).body(), "jiceng_event_feed_waiting") < 4) {
            assertTrue(Instant.now().isBefore(until), "the four requests are waiting");
            Thread.sleep(100);
        }

        Http.Reply fifth = Http.get(url + "&wait=8", token);
        assertEquals(429, fifth.status(), fifth.body());
        assertTrue(fifth.contentType().startsWith("application/problem+json"));
        assertTrue(fifth.json().get("type").asText().endsWith("too-many-waits"), fifth.body());
        assertEquals("1", fifth.header("Retry-After").orElseThrow());
        assertEquals(200, Http.get(url, token).status(), "a read that does not wait is answered as ever");
        Http.Reply otherClient = Http.get(base + "api/v1/events?types=nothing.matches&wait=1&after=" + head(vendor),
                Tenants.token(PlatformEnvironment.ALPHA, "alpha-vendor"));
        assertEquals(200, otherClient.status(), "another client of the tenant still waits: " + otherClient.body());

        for (Future<Http.Reply> wait : held) {
            Http.Reply r = wait.get(20, TimeUnit.SECONDS);
            assertEquals(200, r.status(), r.body());
            assertTrue(r.json().get("data").isEmpty());
        }
        pool.shutdown();
        assertEquals(200, Http.get(url + "&wait=1", token).status(), "the places came back when the waits ended");
    }

    @Test
    void eventsPastTheirRetentionArePurgedInBatchesAndNewerOnesKept() throws Exception {
        CaseRecord kept = file(vendor, "保留");
        var db = PlatformEnvironment.state().db;
        try (Connection owner = java.sql.DriverManager.getConnection(db.jdbcUrl(), db.ownerUser(),
                db.ownerPassword())) {
            owner.setAutoCommit(false);
            org.jiceng.platform.shared.persistence.OwnerDatabase.bindTenant(owner, PlatformEnvironment.ALPHA);
            try (PreparedStatement old = owner.prepareStatement("insert into outbox_event (tenant_id, id, "
                    + "event_type, aggregate_type, aggregate_id, payload, occurred_at, read_permission) select ?, "
                    + "gen_random_uuid(), 'grid.updated', 'grid', 'old-' || n, '{}', now() - interval '40 days', "
                    + "'GRIDS_READ' from generate_series(1, 7) n")) {
                old.setString(1, PlatformEnvironment.ALPHA);
                assertEquals(7, old.executeUpdate());
            }
            owner.commit();
            long purged = org.jiceng.platform.events.infrastructure.EventTimers.purge(owner, Duration.ofDays(30), 3);
            assertTrue(purged >= 7, "seven old events, three at a time: " + purged);
            org.jiceng.platform.shared.persistence.OwnerDatabase.bindTenant(owner, PlatformEnvironment.ALPHA);
            try (PreparedStatement left = owner.prepareStatement("select count(*) filter (where aggregate_id like "
                    + "'old-%'), count(*) filter (where aggregate_id = ?) from outbox_event where tenant_id = ?")) {
                left.setString(1, kept.id());
                left.setString(2, PlatformEnvironment.ALPHA);
                try (java.sql.ResultSet rs = left.executeQuery()) {
                    rs.next();
                    assertEquals(0, rs.getLong(1), "the old ones are gone");
                    assertTrue(rs.getLong(2) >= 1, "the new case's events stay");
                }
            }
            owner.commit();
        }
    }

    @Test
    void badInputIs400WithTheFieldNamed() {
        String token = Tenants.token(PlatformEnvironment.ALPHA, "alpha-admin");
        String url = base + "api/v1/events";
        for (String query : List.of("?types=CASE!", "?types=case.*.x", "?wait=21", "?wait=-1", "?limit=0",
                "?limit=501", "?after=garbage", "?after=" + "x".repeat(300), "?wait=abc")) {
            Http.Reply r = Http.get(url + query, token);
            assertEquals(400, r.status(), query + ": " + r.body());
            assertTrue(r.contentType().startsWith("application/problem+json"), query);
        }
        JsonNode ok = Http.get(url + "?types=case.*,wish.confirmed&limit=1", token).json();
        assertNotNull(ok.get("nextCursor"));
    }
}
