package org.jiceng.platform.it;

import org.jiceng.keycloak.RealmProvisioner;
import org.jiceng.sdk.JicengClient;
import org.jiceng.sdk.ListParams;
import org.jiceng.sdk.cases.CaseCreateParams;
import org.jiceng.sdk.cases.CaseEvent;
import org.jiceng.sdk.cases.CaseListParams;
import org.jiceng.sdk.cases.CaseRecord;
import org.jiceng.sdk.cases.GridAssignmentParams;
import org.jiceng.sdk.errors.BadRequestException;
import org.jiceng.sdk.errors.NotFoundException;
import org.jiceng.sdk.errors.PermissionDeniedException;
import org.jiceng.sdk.grids.Grid;
import org.jiceng.sdk.grids.GridCreateParams;
import org.jiceng.sdk.grids.GridLevel;
import org.jiceng.sdk.grids.Household;
import org.jiceng.sdk.grids.HouseholdListParams;
import org.jiceng.sdk.grids.HouseholdRegisterParams;
import org.jiceng.sdk.party.HostKind;
import org.jiceng.sdk.party.MemberLinkParams;
import org.jiceng.sdk.party.OrganizationType;
import org.jiceng.sdk.party.PartyMember;
import org.jiceng.sdk.party.PartyMemberCreateParams;
import org.jiceng.sdk.party.PartyOrganization;
import org.jiceng.sdk.party.PartyOrganizationCreateParams;
import org.jiceng.sdk.volunteers.VolunteerRegisterParams;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a security review and a black-box probe found, each checked against the real platform: the authentication
 * gate on every spelling of a path, nesting bombs, who reaches which households, anonymous reports, personal data
 * whose key was rolled back, formula injection in the ledger.
 */
class SecurityIT extends AgainstPlatform {
    private static final AtomicInteger STREETS = new AtomicInteger(500);

    URL base;
    JicengClient admin;

    @BeforeEach
    void setUp() {
        base = PlatformEnvironment.local(deployed);
        admin = Tenants.client(base, PlatformEnvironment.ALPHA, "alpha-admin");
    }

    private String url(String rawPath) {
        String b = base.toString();
        return (b.endsWith("/") ? b.substring(0, b.length() - 1) : b) + rawPath;
    }

    private Grid street(String name) {
        Grid root = Tenants.alphaRoot(admin);
        int segment = STREETS.getAndIncrement();
        return admin.grids().create(GridCreateParams.builder().parentId(root.id()).level(GridLevel.STREET)
                .code(root.code() + segment).name(name + segment).build());
    }

    private Grid child(Grid parent, GridLevel level, String segment, String name) {
        return admin.grids().create(GridCreateParams.builder().parentId(parent.id()).level(level)
                .code(parent.code() + segment).name(name).build());
    }

    @Test
    void noSpellingOfATenantPathGetsPastAuthenticationWithoutAToken() {
        List<String> spellings = List.of("/api/v1/me", "/api;x/v1/me", "/api/v1;x/me", "/api/v1/me;jsessionid=1",
                "/%61pi/v1/me", "/%2561pi/v1/me", "/api%2Fv1%2Fme", "//api/v1/me", "/api//v1/me", "/./api/v1/me",
                "/api/./v1/me", "/api/v1/../v1/me", "/x/../api/v1/me", "/API/v1/me", "/Api/V1/Me", "/api/v1/grids",
                "/admin/v1/tenants", "/admin;x/v1/tenants", "/%61dmin/v1/tenants", "/ADMIN/v1/tenants",
                "/health/..;/api/v1/me", "/openapi/../api/v1/me", "/nowhere", "/");
        for (String path : spellings) {
            Http.Reply r = Http.get(url(path), null);
            assertEquals(401, r.status(), path + " → " + r.status() + " " + r.body());
            assertTrue(r.contentType().startsWith("application/problem+json"), path + ": " + r.contentType());
            assertTrue(r.header("WWW-Authenticate").orElse("").startsWith("Bearer"), path);
        }
        Http.Reply post = Http.json("POST", url("/api;x/v1/cases"), null, "{}");
        assertEquals(401, post.status(), post.body());
    }

    @Test
    void theSameSpellingsWithAValidTokenAreServedOrNotFoundNeverAFailure() {
        String token = Tenants.token(PlatformEnvironment.ALPHA, "alpha-admin");
        for (String path : List.of("/api;x/v1/me", "/%61pi/v1/me", "/api/v1/../v1/me", "/API/v1/me")) {
            Http.Reply r = Http.get(url(path), token);
            assertTrue(r.status() == 200 || r.status() == 404, path + " → " + r.status() + " " + r.body());
        }
        String platformToken = Http.token(PlatformEnvironment.state().issuer(RealmProvisioner.PLATFORM_REALM),
                PlatformEnvironment.PLATFORM_ADMIN, PlatformEnvironment.state()
                        .secret(PlatformEnvironment.PLATFORM_ADMIN));
        for (String path : List.of("/api/v1/me", "/admin/../api/v1/me", "/admin/..%2Fapi/v1/me")) {
            Http.Reply r = Http.get(url(path), platformToken);
            assertTrue(r.status() == 401 || r.status() == 404, "a platform token on a tenant route: " + path
                    + " → " + r.status() + " " + r.body());
        }
    }

    @Test
    void jsonNestedTooDeeplyIsABadRequestOnEveryEndpoint() {
        String token = Tenants.token(PlatformEnvironment.ALPHA, "alpha-admin");
        String bomb = "[".repeat(100_000) + "]".repeat(100_000);
        String objectBomb = "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000);
        for (String[] target : new String[][]{{"/api/v1/grids:import", "application/geo+json"},
                {"/api/v1/grids:import", "application/json"}, {"/api/v1/cases", "application/json"},
                {"/api/v1/party-organizations", "application/json"}}) {
            for (String body : List.of(bomb, objectBomb)) {
                Http.Reply r = Http.send("POST", url(target[0]), token, target[1], body.getBytes(StandardCharsets.UTF_8));
                assertEquals(400, r.status(), target[0] + " " + target[1] + ": " + r.body());
                assertTrue(r.contentType().startsWith("application/problem+json"));
            }
        }
        String fine = "{\"type\":\"FeatureCollection\",\"features\":[]}";
        Http.Reply r = Http.send("POST", url("/api/v1/grids:import"), token, "application/geo+json",
                fine.getBytes(StandardCharsets.UTF_8));
        assertTrue(r.status() < 500, r.body());
    }

    @Test
    void eachCallerReachesOnlyTheHouseholdsTheTableGivesThemAndAnotherTenantsNone() {
        Grid street = street("户籍街道");
        Grid community = child(street, GridLevel.COMMUNITY, "001", "户籍社区");
        Grid compoundA = child(community, GridLevel.COMPOUND, "001", "甲小区");
        Grid compoundB = child(community, GridLevel.COMPOUND, "002", "乙小区");
        Grid building = child(compoundA, GridLevel.BUILDING, "001", "1栋");
        Household a1 = admin.households().register(HouseholdRegisterParams.builder().gridId(building.id())
                .address("1单元101").headName("王户主").headPhone("13700002222").build());
        Household a2 = admin.households().register(HouseholdRegisterParams.builder().gridId(compoundA.id())
                .address("2号院").build());
        Household b1 = admin.households().register(HouseholdRegisterParams.builder().gridId(compoundB.id())
                .address("3号院").headName("李户主").headPhone("13700003333").build());

        // residents and vendors' apps: none
        for (String client : List.of("alpha-resident", "alpha-vendor", "alpha-coordinator", "alpha-dept")) {
            JicengClient c = Tenants.client(base, PlatformEnvironment.ALPHA, client);
            assertThrows(PermissionDeniedException.class, () -> c.households().list(HouseholdListParams.builder()
                    .gridId(community.id()).build()).data(), client);
            assertThrows(PermissionDeniedException.class, () -> c.households().retrieve(a1.id()), client);
        }
        // tenant-wide roles: all, a grid manager masked (no pii:read)
        JicengClient manager = Tenants.client(base, PlatformEnvironment.ALPHA, "alpha-manager");
        assertEquals(3, manager.households().list(HouseholdListParams.builder().gridId(community.id()).build()).stream()
                .count());
        assertEquals("王*主", manager.households().retrieve(a1.id()).headName().orElseThrow());
        assertEquals("王户主", admin.households().retrieve(a1.id()).headName().orElseThrow());

        // a street officer: the subtree assigned, unmasked there, nothing elsewhere
        JicengClient officer = Tenants.client(base, PlatformEnvironment.ALPHA, "alpha-street");
        String officerSubject = officer.assignments().me().subject();
        admin.assignments().assignToGrid(GridAssignmentParams.builder().subject(officerSubject).role("street-officer")
                .gridId(compoundB.id()).build());
        assertEquals(List.of(b1.id()), officer.households().list(HouseholdListParams.builder().gridId(community.id())
                .build()).stream().map(Household::id).toList());
        assertEquals("李户主", officer.households().retrieve(b1.id()).headName().orElseThrow());
        assertThrows(NotFoundException.class, () -> officer.households().retrieve(a1.id()), "out of reach is absent");

        // a Party member doing 党员联户: the households linked to them, one by one or by node
        JicengClient memberClient = Tenants.client(base, PlatformEnvironment.ALPHA, "alpha-member");
        String memberSubject = memberClient.assignments().me().subject();
        PartyOrganization branch = admin.partyOrganizations().establish(PartyOrganizationCreateParams.builder()
                .type(OrganizationType.BRANCH).name("户籍社区党支部" + street.code()).hostKind(HostKind.COMMUNITY)
                .establishedOn(LocalDate.of(2020, 1, 1)).build());
        PartyMember member = admin.partyMembers().admit(PartyMemberCreateParams.builder().organizationId(branch.id())
                .name("联户党员").idNumber(idNumber(street.code())).joinedOn(LocalDate.of(2015, 7, 1)).build());
        assertTrue(memberClient.households().list(HouseholdListParams.builder().gridId(community.id()).build()).data()
                .isEmpty(), "no account link yet");
        PartyMember linked = admin.partyMembers().linkAccount(member, memberSubject);
        assertEquals(memberSubject, linked.accountSubject().orElseThrow());
        admin.partyMembers().link(member.id(), MemberLinkParams.builder().householdId(a2.id()).build());
        assertEquals(List.of(a2.id()), memberClient.households().list(HouseholdListParams.builder()
                .gridId(community.id()).build()).stream().map(Household::id)
                .toList());
        admin.partyMembers().link(member.id(), MemberLinkParams.builder().gridId(building.id()).build());
        assertEquals(Set.of(a1.id(), a2.id()), memberClient.households().list(HouseholdListParams.builder()
                .gridId(community.id()).build()).stream()
                .map(Household::id).collect(Collectors.toSet()));
        assertTrue(memberClient.households().retrieve(a1.id()).masked(), "a member has no pii:read");
        assertThrows(NotFoundException.class, () -> memberClient.households().retrieve(b1.id()));
        assertThrows(org.jiceng.sdk.errors.ConflictException.class, () -> admin.partyMembers().linkAccount(
                admin.partyMembers().admit(PartyMemberCreateParams.builder().organizationId(branch.id()).name("另一党员")
                        .idNumber(idNumber(street.code() + "9")).joinedOn(LocalDate.of(2016, 7, 1))
                        .build()), memberSubject), "one account, one member");
        assertThrows(org.jiceng.sdk.errors.PreconditionFailedException.class,
                () -> admin.partyMembers().linkAccount(member, null), "a stale version");
        String token = Tenants.token(PlatformEnvironment.ALPHA, "alpha-admin");
        String account = url("/api/v1/party-members/" + member.id() + "/account");
        GridApiIT.assertProblem(Http.json("PUT", account, token, "{\"subject\":\"x\"}"), 428);
        GridApiIT.assertProblem(Http.json("PUT", account, token, "{\"subject\":\"  \"}", "If-Match",
                "\"" + linked.version() + "\""), 400);
        GridApiIT.assertProblem(Http.json("PUT", account, token, "{\"subject\":", "If-Match",
                "\"" + linked.version() + "\""), 400);
        GridApiIT.assertProblem(Http.json("PUT", url("/api/v1/party-members/not-an-id/account"), token,
                "{\"subject\":\"x\"}", "If-Match", "\"1\""), 404);

        // another tenant's household does not exist
        JicengClient beta = Tenants.client(base, PlatformEnvironment.BETA, "beta-admin");
        assertThrows(NotFoundException.class, () -> beta.households().retrieve(a1.id()));
        assertThrows(NotFoundException.class, () -> beta.households().list(HouseholdListParams.builder()
                .gridId(community.id()).build()).data());
        assertThrows(NotFoundException.class, () -> beta.partyMembers().linkAccount(linked, "x"));
    }

    /** A valid resident ID number (GB 11643 check digit) that differs per call. */
    private static String idNumber(String seed) {
        String body = "11010519" + String.format("%010d", Math.abs(seed.hashCode() + System.nanoTime()) % 10_000_000_000L);
        body = body.substring(0, 17);
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * w[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    @Test
    void anAnonymousReportNamesNobodyInTheTimelineOrTheOutbox() throws Exception {
        Grid street = street("匿名街道");
        JicengClient vendor = Tenants.client(base, PlatformEnvironment.ALPHA, "alpha-vendor");
        CaseRecord c = vendor.cases().report(CaseCreateParams.builder().title("匿名反映").description("夜间施工噪音")
                .categoryCode("NOISE").anonymous(true).gridId(street.id()).build());
        String vendorSubject = vendor.assignments().me().subject();
        CaseEvent report = admin.cases().timeline(c.id(), ListParams.none()).data().get(0);
        assertEquals("anonymous", report.actor());
        assertFalse(report.actorRole().isPresent());
        assertEquals("anonymous", vendor.cases().timeline(c.id(), ListParams.none()).data().get(0).actor());
        try (Connection db = PlatformEnvironment.state().superConnection();
             PreparedStatement ps = db.prepareStatement("select actor from outbox_event where aggregate_id = ? "
                     + "and event_type = 'case.reported'")) {
            ps.setString(1, c.id());
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertNull(rs.getString(1), "the event names no actor");
            }
            try (PreparedStatement all = db.prepareStatement("select count(*) from case_event e where case_id = "
                    + "cast(? as uuid) and actor = ?")) {
                all.setString(1, c.id());
                all.setString(2, vendorSubject);
                try (ResultSet rs = all.executeQuery()) {
                    rs.next();
                    assertEquals(0, rs.getInt(1));
                }
            }
        }
    }

    @Test
    void aRolledBackDataKeyNeverLeavesPersonalDataUnreadable() throws Exception {
        PlatformEnvironment.State env = PlatformEnvironment.state();
        String code = "gamma" + (System.nanoTime() % 100000);
        String secret;
        try (RealmProvisioner realms = env.provisioner()) {
            realms.ensureRealm(code, code);
            secret = realms.ensureServiceClient(code, code + "-admin", List.of("tenant-admin"), 0);
        }
        env.registrar().register(code, "Gamma", "320582", "DISTRICT", env.issuer(code));
        JicengClient gamma = JicengClient.builder().acceptLanguage("en").baseUrl(base.toString())
                .clientCredentials(env.issuer(code), code + "-admin", secret).build();
        Grid root = gamma.grids().create(GridCreateParams.builder().level(GridLevel.DISTRICT).code("320582")
                .name("Gamma").build());

        assertThrows(BadRequestException.class, () -> gamma.cases().report(CaseCreateParams.builder().title("匿名")
                .description("带姓名的匿名诉求").categoryCode("OTHER").anonymous(true).reporterContact("张三", null)
                .gridId(root.id()).build()), "an anonymous case carries no name");
        CaseRecord c = gamma.cases().report(CaseCreateParams.builder().title("实名").description("路灯不亮")
                .categoryCode("FACILITY_REPAIR").reporterContact("张小明", "13800001111").gridId(root.id()).build());
        try (Connection db = env.superConnection();
             PreparedStatement ps = db.prepareStatement("select count(*) from tenant_data_key where tenant_id = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(1, rs.getInt(1), "the key that sealed the phone is stored");
            }
        }
        assertEquals("13800001111", gamma.cases().retrieve(c.id()).reporterPhone().orElseThrow());
    }

    @Test
    void theCsvLedgerNeutralisesFormulas() {
        Grid street = street("台账街道");
        admin.cases().report(CaseCreateParams.builder().title("=HYPERLINK(\"http://evil.example\",\"x\")")
                .description("@SUM(1+1)").categoryCode("OTHER").address("-2+3").gridId(street.id()).build());
        String csv = new String(admin.cases().export(CaseListParams.builder().gridId(street.id()).build(), "csv"),
                StandardCharsets.UTF_8);
        assertTrue(csv.contains("'=HYPERLINK"), csv);
        assertFalse(csv.contains(",=HYPERLINK") || csv.contains(",\"=HYPERLINK"), csv);
        assertFalse(csv.contains(",-2+3") || csv.contains(",\"-2+3"), csv);
    }

    @Test
    void aDuplicateNeedsAMasterCaseWithinTheCallersReach() {
        Grid mine = street("查重街道");
        Grid theirs = street("他人街道");
        JicengClient officer = Tenants.client(base, PlatformEnvironment.ALPHA, "alpha-street");
        admin.assignments().assignToGrid(GridAssignmentParams.builder().subject(officer.assignments().me().subject())
                .role("street-officer").gridId(mine.id()).build());
        CaseRecord near = admin.cases().report(CaseCreateParams.builder().title("重复一").description("路灯")
                .categoryCode("FACILITY_REPAIR").gridId(mine.id()).build());
        CaseRecord master = admin.cases().report(CaseCreateParams.builder().title("原件").description("路灯")
                .categoryCode("FACILITY_REPAIR").gridId(mine.id()).build());
        CaseRecord far = admin.cases().report(CaseCreateParams.builder().title("远处").description("路灯")
                .categoryCode("FACILITY_REPAIR").gridId(theirs.id()).build());
        CaseRecord mineSeen = officer.cases().retrieve(near.id());
        NotFoundException hidden = assertThrows(NotFoundException.class,
                () -> officer.cases().markDuplicate(mineSeen, far.id()), "a master out of reach does not exist");
        assertTrue(hidden.problem().detail().orElse("").contains("master case"), hidden.getMessage());
        JicengClient beta = Tenants.client(base, PlatformEnvironment.BETA, "beta-admin");
        assertThrows(NotFoundException.class, () -> admin.cases().markDuplicate(mineSeen, beta.cases().report(
                CaseCreateParams.builder().title("别家").description("路灯").categoryCode("FACILITY_REPAIR")
                        .gridId(Tenants.betaRoot(beta).id()).build()).id()), "another tenant's case");
        assertEquals(org.jiceng.sdk.cases.CaseStatus.DUPLICATE,
                officer.cases().markDuplicate(officer.cases().retrieve(near.id()), master.id()).status());
    }

    @Test
    void theUnitThatResolvedACaseDoesNotVerifyIt() throws Exception {
        Grid grid = street("核查街道");
        JicengClient officer = Tenants.client(base, PlatformEnvironment.ALPHA, "alpha-street");
        admin.assignments().assignToGrid(GridAssignmentParams.builder().subject(officer.assignments().me().subject())
                .role("street-officer").gridId(grid.id()).build());
        CaseRecord c = admin.cases().report(CaseCreateParams.builder().title("井盖缺失").description("人行道井盖缺失")
                .categoryCode("SAFETY_HAZARD").gridId(grid.id()).build());
        c = admin.cases().dispatchToGrid(admin.cases().accept(c, null), grid.id(), null);
        CaseRecord resolved = officer.cases().resolve(officer.cases().acknowledge(officer.cases().retrieve(c.id()),
                null), "已补装");
        assertThrows(PermissionDeniedException.class, () -> officer.cases().verify(resolved, true, null),
                "UNIT: the unit verifies nothing it resolved");
        assertEquals(org.jiceng.sdk.cases.CaseStatus.CLOSED, admin.cases().verify(resolved, true, "复核通过").status());

        setSeparation("SUBJECT");
        try {
            CaseRecord d = admin.cases().report(CaseCreateParams.builder().title("井盖松动").description("井盖松动")
                    .categoryCode("SAFETY_HAZARD").gridId(grid.id()).build());
            d = admin.cases().acknowledge(admin.cases().dispatchToGrid(admin.cases().accept(d, null), grid.id(),
                    null), null);
            CaseRecord byAdmin = admin.cases().resolve(d, "已固定");
            assertThrows(PermissionDeniedException.class, () -> admin.cases().verify(byAdmin, true, null),
                    "SUBJECT: the resolver does not verify");
            assertEquals(org.jiceng.sdk.cases.CaseStatus.CLOSED,
                    officer.cases().verify(officer.cases().retrieve(d.id()), true, null).status(),
                    "SUBJECT: the unit may, as long as another person does");
        } finally {
            setSeparation("UNIT");
        }
    }

    private static void setSeparation(String value) throws Exception {
        try (Connection db = PlatformEnvironment.state().superConnection();
             PreparedStatement ps = db.prepareStatement("update tenant set verification_separation = ? where id = ?")) {
            ps.setString(1, value);
            ps.setString(2, PlatformEnvironment.ALPHA);
            ps.executeUpdate();
        }
        Thread.sleep(1_500); // the registry cache lives a second in the tests
    }

    private static Connection ownerConnection() throws Exception {
        var db = PlatformEnvironment.state().db;
        Connection c = java.sql.DriverManager.getConnection(db.jdbcUrl(), db.ownerUser(), db.ownerPassword());
        c.setAutoCommit(false);
        return c;
    }

    @Test
    void theAccessLogPurgeRunsOnceAcrossInstancesAndInBatches() throws Exception {
        String marker = "purge-test-" + System.nanoTime();
        try (Connection c = ownerConnection()) {
            try (PreparedStatement ps = c.prepareStatement("insert into access_log (id, occurred_at, tenant_code, "
                    + "action, request_id) values (gen_random_uuid(), now() - make_interval(days => ?), 'alpha', "
                    + "'test', ?)")) {
                for (int i = 0; i < 13; i++) {
                    ps.setInt(1, i < 12 ? 400 + i : 10);
                    ps.setString(2, marker);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
            long purged = org.jiceng.platform.shared.audit.AccessLogRetention.purgeOlderThan(c,
                    java.time.OffsetDateTime.now().minusDays(183), 5);
            assertTrue(purged >= 12, "twelve old lines, in batches of five: " + purged);
            try (PreparedStatement ps = c.prepareStatement("select count(*) from access_log where request_id = ?")) {
                ps.setString(1, marker);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertEquals(1, rs.getInt(1), "the recent line stays");
                }
            }
        }
        String job = "test-job-" + System.nanoTime();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Boolean>> claims = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                claims.add(pool.submit(() -> {
                    try (Connection c = ownerConnection()) {
                        return org.jiceng.platform.shared.persistence.ScheduledRuns.claim(c, job,
                                java.time.Duration.ofHours(12));
                    }
                }));
            }
            int won = 0;
            for (var f : claims) {
                won += f.get() ? 1 : 0;
            }
            assertEquals(1, won, "four instances fire, one runs the job");
        } finally {
            pool.shutdown();
        }
        try (Connection c = ownerConnection()) {
            assertFalse(org.jiceng.platform.shared.persistence.ScheduledRuns.claim(c, job,
                    java.time.Duration.ofHours(12)), "not again within the period");
            assertTrue(org.jiceng.platform.shared.persistence.ScheduledRuns.claim(c, job, java.time.Duration.ZERO),
                    "again once the period is over");
        }
    }

    @Test
    void aLedgerExportThatFailsLeavesNoFileBehind() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long before = ledgerFiles(tmp);
        String token = Tenants.token(PlatformEnvironment.ALPHA, "alpha-admin");
        Http.Reply r = Http.get(url("/api/v1/cases:export?format=csv&departmentId=01900000-0000-7000-8000-000000000000"),
                token);
        assertEquals(404, r.status(), r.body());
        Http.Reply x = Http.get(url("/api/v1/cases:export?format=xlsx&departmentId=01900000-0000-7000-8000-000000000000"),
                token);
        assertEquals(404, x.status(), x.body());
        assertEquals(before, ledgerFiles(tmp), "the half-written ledgers are gone");
    }

    private static long ledgerFiles(Path dir) throws java.io.IOException {
        try (var files = java.nio.file.Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("jiceng-ledger-")).count();
        }
    }

    @Test
    void aResidentThroughTheirAppExportsAndErasesWhatTheTenantHolds() {
        Grid grid = street("主体街道");
        JicengClient vendor = Tenants.client(base, PlatformEnvironment.ALPHA, "alpha-vendor");
        JicengClient otherVendor = Tenants.client(base, PlatformEnvironment.ALPHA, "alpha-vendor2");
        String resident = "wx-subject-" + System.nanoTime();
        CaseRecord first = vendor.cases().report(CaseCreateParams.builder().title("漏水").description("楼上漏水")
                .categoryCode("WATER_SUPPLY").reporterExternalId(resident).reporterContact("赵居民", "13911112222")
                .gridId(grid.id()).build());
        vendor.cases().report(CaseCreateParams.builder().title("噪音").description("夜间噪音").categoryCode("NOISE")
                .reporterExternalId(resident).gridId(grid.id()).build());

        admin.volunteers().register(VolunteerRegisterParams.builder().name("赵居民").phone("13911112222")
                .homeGridId(grid.id()).externalId(resident).build());
        var mine = vendor.personalData().mine(resident);
        assertEquals(2, mine.family("cases").size());
        assertEquals(0, mine.family("volunteers").size(), "an app reaches only what it filed");
        assertEquals("13911112222", mine.family("cases").get(0).get("reporterPhone"), "their own data, in clear");
        assertEquals(0, otherVendor.personalData().mine(resident).family("cases").size(),
                "another app sees nothing of what it did not file");
        assertThrows(BadRequestException.class, () -> vendor.personalData().mine(), "an app names the resident");

        assertEquals(2, vendor.personalData().eraseMine(resident).erased().get("cases"));
        CaseRecord after = admin.cases().retrieve(first.id());
        assertFalse(after.reporterPhone().isPresent(), "the phone is gone");
        assertFalse(after.reporterName().isPresent(), "the name is gone");
        assertEquals(first.number(), after.number(), "the case and its facts stay");
        assertEquals(0, vendor.personalData().mine(resident).family("cases").size());
        assertTrue(admin.cases().timeline(first.id(), ListParams.none()).data().size() >= 1, "the timeline stays");
    }

    @Test
    void aTenantAdminErasesAPersonAcrossRecordFamiliesAndAnotherTenantFindsNoOne() {
        Grid grid = street("擦除街道");
        String phone = "1370000" + String.format("%04d", (int) (System.nanoTime() % 10000));
        CaseRecord c = admin.cases().report(CaseCreateParams.builder().title("路灯").description("路灯不亮")
                .categoryCode("FACILITY_REPAIR").reporterContact("钱居民", phone).gridId(grid.id()).build());
        var v = admin.volunteers().register(VolunteerRegisterParams.builder().name("钱居民").phone(phone)
                .homeGridId(grid.id()).build());
        var person = org.jiceng.sdk.privacy.DataSubjectParams.builder().phone(phone).build();

        JicengClient beta = Tenants.client(base, PlatformEnvironment.BETA, "beta-admin");
        assertEquals(0, beta.personalData().erase(person).total(), "another tenant finds no one");
        JicengClient worker = Tenants.client(base, PlatformEnvironment.ALPHA, "alpha-viewer");
        assertThrows(PermissionDeniedException.class, () -> worker.personalData().export(person));
        assertThrows(IllegalArgumentException.class, () -> org.jiceng.sdk.privacy.DataSubjectParams.builder().build());
        Http.Reply empty = Http.json("POST", url("/api/v1/personal-data:erase"),
                Tenants.token(PlatformEnvironment.ALPHA, "alpha-admin"), "{}");
        assertEquals(400, empty.status(), empty.body());

        var found = admin.personalData().export(person);
        assertEquals(1, found.family("cases").size());
        assertEquals(1, found.family("volunteers").size());
        assertEquals(phone, found.family("volunteers").get(0).get("phone"));

        var erased = admin.personalData().erase(person);
        assertEquals(1, erased.erased().get("cases"));
        assertEquals(1, erased.erased().get("volunteers"));
        assertFalse(admin.cases().retrieve(c.id()).reporterPhone().isPresent());
        var anonymous = admin.volunteers().retrieve(v.id());
        assertFalse(anonymous.phone().isPresent());
        assertEquals(v.certificateNo(), anonymous.certificateNo(), "the record stays, anonymised");
        assertEquals(0, admin.personalData().export(person).family("volunteers").size());
    }

    @Test
    void reportersContactsAreErasedOnceTheirCaseIsClosedLongerThanTheTenantKeepsThem() throws Exception {
        Grid grid = street("留存街道");
        CaseRecord c = admin.cases().report(CaseCreateParams.builder().title("占道").description("占道经营")
                .categoryCode("STREET_STALLS").reporterContact("孙居民", "13922223333").gridId(grid.id()).build());
        CaseRecord open = admin.cases().report(CaseCreateParams.builder().title("占道二").description("仍在处理")
                .categoryCode("STREET_STALLS").reporterContact("周居民", "13922224444").gridId(grid.id()).build());
        c = admin.cases().acknowledge(admin.cases().dispatchToGrid(admin.cases().accept(c, null), grid.id(), null),
                null);
        CaseRecord closed = admin.cases().verify(admin.cases().resolve(c, "已清理"), true, null);
        assertEquals(org.jiceng.sdk.cases.CaseStatus.CLOSED, closed.status());
        try (Connection db = PlatformEnvironment.state().superConnection();
             PreparedStatement ps = db.prepareStatement("update case_record set closed_at = now() - interval "
                     + "'400 days' where id = cast(? as uuid)")) {
            ps.setString(1, c.id());
            ps.executeUpdate();
        }
        try (Connection owner = ownerConnection()) {
            var erased = org.jiceng.platform.casework.infrastructure.ContactRetention.eraseExpired(owner);
            assertTrue(erased.getOrDefault(PlatformEnvironment.ALPHA, 0) >= 1, erased.toString());
            assertTrue(org.jiceng.platform.casework.infrastructure.ContactRetention.eraseExpired(owner)
                    .getOrDefault(PlatformEnvironment.ALPHA, 0) == 0, "a second run finds nothing more");
        }
        assertFalse(admin.cases().retrieve(c.id()).reporterPhone().isPresent(), "past retention: erased");
        assertEquals("13922224444", admin.cases().retrieve(open.id()).reporterPhone().orElseThrow(),
                "an open case keeps its reporter's contact");
    }

    @Test
    void aStoredIdempotentResponseKeepsPersonalDataSealed() throws Exception {
        Grid grid = street("幂等街道");
        String key = "sealed-" + System.nanoTime();
        var params = CaseCreateParams.builder().title("楼道灯").description("楼道灯坏了").categoryCode("FACILITY_REPAIR")
                .reporterContact("吴居民", "13933334444").gridId(grid.id()).build();
        var options = org.jiceng.sdk.RequestOptions.builder().idempotencyKey(key).build();
        CaseRecord first = admin.cases().report(params, options);
        assertEquals("13933334444", first.reporterPhone().orElseThrow(), "a tenant admin reads it in clear");
        try (Connection db = PlatformEnvironment.state().superConnection();
             PreparedStatement ps = db.prepareStatement("select response_body from idempotency_record "
                     + "where idempotency_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                String stored = new String(rs.getBytes(1), StandardCharsets.ISO_8859_1);
                assertFalse(stored.contains("13933334444"), "no phone in clear at rest");
                assertFalse(stored.contains(first.id()), "nothing of the response in clear at rest");
            }
        }
        CaseRecord replayed = admin.cases().report(params, options);
        assertEquals(first.id(), replayed.id());
        assertEquals("13933334444", replayed.reporterPhone().orElseThrow(), "the replay is the first answer");
    }

    @Test
    void expiredIdempotencyKeysArePurgedInBatches() throws Exception {
        String principal = "purge-" + System.nanoTime();
        try (Connection db = PlatformEnvironment.state().superConnection();
             PreparedStatement ps = db.prepareStatement("insert into idempotency_record (tenant_id, principal, "
                     + "idempotency_key, request_hash, state, created_at, expires_at) values ('alpha', ?, ?, 'h', "
                     + "'COMPLETED', now() - interval '2 days', now() + make_interval(hours => ?))")) {
            for (int i = 0; i < 8; i++) {
                ps.setString(1, principal);
                ps.setString(2, "k" + i);
                ps.setInt(3, i < 7 ? -24 : 1);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (Connection owner = ownerConnection()) {
            long purged = org.jiceng.platform.shared.idempotency.IdempotencyPurge.purgeExpired(owner, 3);
            assertTrue(purged >= 7, "seven expired keys, three at a time: " + purged);
        }
        try (Connection db = PlatformEnvironment.state().superConnection();
             PreparedStatement ps = db.prepareStatement("select idempotency_key from idempotency_record "
                     + "where principal = ?")) {
            ps.setString(1, principal);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("k7", rs.getString(1), "the key still in its retention stays");
                assertFalse(rs.next());
            }
        }
    }
}
