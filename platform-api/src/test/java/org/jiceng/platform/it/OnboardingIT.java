package org.jiceng.platform.it;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jiceng.keycloak.RealmProvisioner;
import org.jiceng.admin.onboarding.Offboarder;
import org.jiceng.admin.onboarding.Onboarder;
import org.jiceng.admin.onboarding.OnboardingFailed;
import org.jiceng.admin.onboarding.OnboardingResult;
import org.jiceng.admin.onboarding.TenantSpec;
import org.jiceng.sdk.JicengClient;
import org.jiceng.sdk.ListParams;
import org.jiceng.sdk.errors.BadRequestException;
import org.jiceng.sdk.errors.ConflictException;
import org.jiceng.sdk.errors.NotFoundException;
import org.jiceng.sdk.errors.PermissionDeniedException;
import org.jiceng.sdk.errors.PreconditionFailedException;
import org.jiceng.sdk.errors.UnauthorizedException;
import org.jiceng.sdk.errors.UnprocessableEntityException;
import org.jiceng.sdk.grids.Grid;
import org.jiceng.sdk.grids.GridFileFormat;
import org.jiceng.sdk.grids.GridImportResult;
import org.jiceng.sdk.grids.GridListParams;
import org.jiceng.sdk.grids.GridLocateParams;
import org.jiceng.sdk.tenants.Tenant;
import org.jiceng.sdk.tenants.TenantRegisterParams;
import org.jiceng.sdk.tenants.TenantStatus;
import org.jiceng.sdk.tenants.TenantUpdateParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Onboarding end to end: the platform admin API, the onboarder and offboarder of {@code jiceng-admin}, and the
 * grid file import, against Payara Micro, PostgreSQL and Keycloak. Each test onboards tenants of its own.
 */
class OnboardingIT extends AgainstPlatform {
    private static final String CSV_HEADER = "编码,名称,层级,人口,户数\n";

    String base;
    PlatformEnvironment.State env;
    RealmProvisioner realms;
    JicengClient admin;
    final List<String> onboarded = new ArrayList<>();

    @BeforeEach
    void setUp() {
        base = PlatformEnvironment.local(deployed).toString();
        env = PlatformEnvironment.state();
        realms = env.provisioner();
        admin = platformClient(PlatformEnvironment.PLATFORM_ADMIN);
    }

    @AfterEach
    void tearDown() {
        for (String code : onboarded) {
            try {
                new Offboarder(realms, admin).offboard(code, Files.createTempFile("offboard-" + code, ".zip"));
            } catch (Exception ignored) {
                // already offboarded by the test
            }
        }
        realms.close();
    }

    private JicengClient platformClient(String clientId) {
        return JicengClient.builder().acceptLanguage("en").baseUrl(base).timeout(Duration.ofSeconds(60))
                .clientCredentials(env.issuer(RealmProvisioner.PLATFORM_REALM), clientId, env.secret(clientId)).build();
    }

    private Onboarder onboarder() {
        return new Onboarder(realms, admin, env.keycloak::issuer, c -> JicengClient.builder().acceptLanguage("en")
                .baseUrl(base)
                .clientCredentials(c.issuer(), c.clientId(), c.secret()).timeout(Duration.ofSeconds(60)).build());
    }

    private OnboardingResult onboard(String code, String kind, String division, String csv) {
        onboarded.add(code);
        return onboarder().onboard(spec(code, kind, division, csv));
    }

    private static TenantSpec spec(String code, String kind, String division, String csv) {
        return new TenantSpec(code, code + " test", kind, division, "admin", "admin@" + code + ".example.cn",
                List.of(), csv == null ? null : csv.getBytes(StandardCharsets.UTF_8), GridFileFormat.CSV);
    }

    private JicengClient tenantClient(OnboardingResult r) {
        return JicengClient.builder().acceptLanguage("en").baseUrl(base)
                .clientCredentials(r.issuer(), r.machineClientId(),
                r.machineClientSecret().orElseThrow()).timeout(Duration.ofSeconds(60)).build();
    }

    // --- who may administer -------------------------------------------------------------------------------

    @Test
    void onlyPlatformAdminsOfThePlatformRealmReachAdmin() {
        Tenant listed = admin.tenants().list(ListParams.none()).stream().filter(t -> t.code()
                .equals(PlatformEnvironment.ALPHA))
                .findFirst().orElseThrow();
        assertEquals(TenantStatus.ACTIVE, listed.status());

        // a tenant admin of another tenant realm is authenticated but no platform admin
        JicengClient tenantAdmin = Tenants.client(PlatformEnvironment.local(deployed), PlatformEnvironment.ALPHA,
                "alpha-admin");
        assertThrows(PermissionDeniedException.class, () -> tenantAdmin.tenants().retrieve(PlatformEnvironment.ALPHA));
        assertThrows(PermissionDeniedException.class, () -> platformClient(PlatformEnvironment.PLATFORM_OUTSIDER)
                .tenants().retrieve(PlatformEnvironment.ALPHA));

        Http.Reply anonymous = Http.get(base + "admin/v1/tenants", null);
        assertEquals(401, anonymous.status());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").isPresent());
        Http.Reply forbidden = Http.get(base + "admin/v1/tenants",
                Tenants.token(PlatformEnvironment.ALPHA, "alpha-admin"));
        assertEquals(403, forbidden.status());
        assertTrue(forbidden.body().contains("platform-admin"), forbidden.body());

        // a platform token is no tenant token: the tenant API does not know its issuer
        String platformToken = Http.token(env.issuer(RealmProvisioner.PLATFORM_REALM),
                PlatformEnvironment.PLATFORM_ADMIN, env.secret(PlatformEnvironment.PLATFORM_ADMIN));
        assertEquals(401, Http.get(base + "api/v1/grids", platformToken).status());
    }

    @Test
    void registrationIsValidatedAndConflictsAreRefused() {
        String issuer = env.keycloak.issuer("jiceng-reg-a");
        onboarded.add("reg-a");
        Tenant t = admin.tenants().register(TenantRegisterParams.builder().code("reg-a").name("Registered A")
                .kind("DISTRICT").divisionCode("320571").issuer(issuer).build());
        assertEquals("REGA", t.settings().caseNumberPrefix());
        assertEquals("zh-CN", t.settings().locale());
        assertEquals(1, t.version());

        assertThrows(ConflictException.class, () -> admin.tenants().register(TenantRegisterParams.builder()
                .code("reg-a").name("Again").kind("DISTRICT").divisionCode("320571").issuer(issuer + "x").build()));
        assertThrows(ConflictException.class, () -> admin.tenants().register(TenantRegisterParams.builder()
                .code("reg-b").name("Same realm as another tenant").kind("DISTRICT").divisionCode("320571")
                .issuer(issuer).build()));
        for (TenantRegisterParams bad : List.of(
                TenantRegisterParams.builder().code("Bad Code").name("x").kind("DISTRICT").divisionCode("320571")
                        .issuer(issuer + "1").build(),
                TenantRegisterParams.builder().code("platform").name("x").kind("DISTRICT").divisionCode("320571")
                        .issuer(issuer + "2").build(),
                TenantRegisterParams.builder().code("reg-c").name("x").kind("CITY").divisionCode("320571")
                        .issuer(issuer + "3").build(),
                TenantRegisterParams.builder().code("reg-d").name("x").kind("TOWN").divisionCode("320571")
                        .issuer(issuer + "4").build(),
                TenantRegisterParams.builder().code("reg-e").name("x").kind("DISTRICT").divisionCode("032057")
                        .issuer(issuer + "5").build(),
                TenantRegisterParams.builder().code("reg-f").name("x").kind("DISTRICT").divisionCode("320571")
                        .issuer("not a url").build(),
                TenantRegisterParams.builder().code("reg-g").name("x").kind("DISTRICT").divisionCode("320571")
                        .issuer(issuer + "7").allowedOrigins(List.of("https://*.example.cn")).build())) {
            assertThrows(BadRequestException.class, () -> admin.tenants().register(bad));
        }
        assertThrows(NotFoundException.class, () -> admin.tenants().retrieve("reg-b"));
        assertEquals(400, Http.json("POST", base + "admin/v1/tenants", adminToken(), "{\"code\": 5").status());

        // settings: merge patch under If-Match
        Tenant changed = admin.tenants().update(t, TenantUpdateParams.builder().locale("en")
                .allowedOrigins(List.of("https://app.example.cn")).rateLimitPerMinute(1200).build());
        assertEquals("en", changed.settings().locale());
        assertEquals(List.of("https://app.example.cn"), changed.settings().allowedOrigins());
        assertEquals(2, changed.version());
        assertThrows(PreconditionFailedException.class, () -> admin.tenants().update(t,
                TenantUpdateParams.builder().name("stale").build()));
        assertThrows(BadRequestException.class, () -> admin.tenants().update(changed,
                TenantUpdateParams.builder().timeZone("Mars/Olympus").build()));
        assertEquals(400, Http.json("PATCH", base + "admin/v1/tenants/reg-a", adminToken(),
                "{\"issuer\": \"https://elsewhere\"}", "If-Match", "\"2\"").status());
        assertEquals(428, Http.json("PATCH", base + "admin/v1/tenants/reg-a", adminToken(),
                "{\"name\": \"x\"}").status());
        assertThrows(NotFoundException.class, () -> admin.tenants().suspend("no-such-tenant"));
    }

    // --- onboarding -----------------------------------------------------------------------------------------

    @Test
    void problemDetailsSpeakTheCallersLanguageThenTheTenantsThenChinese() throws Exception {
        OnboardingResult lang = onboard("lang", "DISTRICT", "430104", CSV_HEADER + "430104,岳麓区,区,,\n");
        String token = Http.token(lang.issuer(), lang.machineClientId(), lang.machineClientSecret().orElseThrow());
        String missing = base + "api/v1/cases/01900000-0000-7000-8000-000000000000";

        // no tenant known yet: Accept-Language, else Chinese
        Http.Reply anonymous = Http.get(base + "api/v1/me", null, "Accept-Language", "*");
        assertEquals(401, anonymous.status());
        assertEquals("zh-CN", anonymous.headers().firstValue("Content-Language").orElseThrow());
        assertTrue(anonymous.body().contains("\"title\":\"未认证\""), anonymous.body());
        assertTrue(Http.get(base + "api/v1/me", null, "Accept-Language", "en-US").body()
                .contains("\"title\":\"Unauthorized\""));

        // a tenant caller: Accept-Language first, then the tenant's locale (zh-CN when registered)
        Http.Reply chinese = Http.get(missing, token, "Accept-Language", "fr, *");
        assertEquals(404, chinese.status());
        assertEquals("zh-CN", chinese.headers().firstValue("Content-Language").orElseThrow());
        assertTrue(chinese.body().contains("未找到案件 01900000-0000-7000-8000-000000000000"), chinese.body());
        assertTrue(chinese.body().contains("https://jiceng.org/problems/not-found"), "the type never changes");
        Http.Reply english = Http.get(missing, token, "Accept-Language", "en");
        assertEquals("en", english.headers().firstValue("Content-Language").orElseThrow());
        assertTrue(english.body().contains("case 01900000-0000-7000-8000-000000000000 not found"), english.body());

        Http.Reply invalid = Http.json("POST", base + "api/v1/wishes", token, "{}", "Accept-Language", "zh-CN");
        assertEquals(400, invalid.status());
        assertTrue(invalid.body().contains("\"field\":\"title\",\"message\":\"必填\""), invalid.body());

        Tenant t = admin.tenants().retrieve("lang");
        admin.tenants().update(t, TenantUpdateParams.builder().locale("en").build());
        Http.Reply tenantsOwn = null;
        for (long until = System.nanoTime() + 10_000_000_000L; System.nanoTime() < until; Thread.sleep(250)) {
            tenantsOwn = Http.get(missing, token, "Accept-Language", "*");
            if (tenantsOwn.headers().firstValue("Content-Language").orElse("").equals("en")) {
                break;
            }
        }
        assertEquals("en", tenantsOwn.headers().firstValue("Content-Language").orElseThrow(),
                "the tenant's locale once the registry has seen the change");
        assertTrue(tenantsOwn.body().contains("\"title\":\"Not Found\""), tenantsOwn.body());
        Http.Reply asked = Http.get(missing, token, "Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5");
        assertEquals("zh-CN", asked.headers().firstValue("Content-Language").orElseThrow(),
                "the caller's language before the tenant's");
    }

    @Test
    void twoOnboardedTenantsEachGetATokenAndStayIsolatedFromAnotherTenant() {
        OnboardingResult gamma = onboard("gamma", "DISTRICT", "430103", CSV_HEADER
                + "430103,天心区,区,,\n430103001,赤岭路街道,街道,,\n430103001001,芙蓉南路社区,社区,,\n");
        OnboardingResult delta = onboard("delta", "CITY", "110000", CSV_HEADER
                + "110000,北京市,市,,\n110105,朝阳区,区,,\n110105001,麦子店街道,街道,,\n");
        assertTrue(gamma.tenantCreated());
        assertEquals(3, gamma.gridImport().orElseThrow().created());
        assertTrue(gamma.adminTemporaryPassword().isPresent());

        JicengClient g = tenantClient(gamma);
        JicengClient d = tenantClient(delta);
        Grid gammaRoot = g.grids().list(GridListParams.none()).data().get(0);
        Grid deltaRoot = d.grids().list(GridListParams.none()).data().get(0);
        assertEquals("430103", gammaRoot.code());
        assertEquals("110000", deltaRoot.code());
        assertEquals(2, g.grids().descendants(gammaRoot.id(), GridListParams.none()).stream().count());
        assertThrows(NotFoundException.class, () -> g.grids().retrieve(deltaRoot.id()));
        assertThrows(NotFoundException.class, () -> d.grids().descendants(gammaRoot.id(), GridListParams.none()));

        // a new tenant's first readers, all at once, find one default catalogue
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Integer>> sizes = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                sizes.add(pool.submit(() -> (int) g.caseCategories().list(ListParams.none()).stream().count()));
            }
            for (java.util.concurrent.Future<Integer> size : sizes) {
                assertEquals(13, size.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            pool.shutdownNow();
        }

        // onboarding again changes nothing and duplicates nothing
        OnboardingResult again = onboarder().onboard(spec("gamma", "DISTRICT", "430103", CSV_HEADER
                + "430103,天心区,区,,\n430103001,赤岭路街道,街道,,\n430103001001,芙蓉南路社区,社区,,\n"));
        assertFalse(again.tenantCreated());
        assertTrue(again.machineClientSecret().isEmpty(), "an existing secret is never shown again");
        assertTrue(again.adminTemporaryPassword().isEmpty());
        assertEquals(0, again.gridImport().orElseThrow().created());
        assertEquals(3, again.gridImport().orElseThrow().unchanged());
        assertEquals(1, admin.tenants().list(ListParams.none()).stream().filter(t -> t.code().equals("gamma")).count());
        assertEquals(Map.of("gamma-admin", "machine (client credentials)"), realms.listClients("gamma"));
        assertEquals(2, g.grids().descendants(gammaRoot.id(), GridListParams.none()).stream().count());
    }

    @Test
    void aFailureAfterTheRealmIsCreatedLeavesNoRealmBehind() throws Exception {
        Onboarder failing = onboarder().onStep(step -> {
            if (step == Onboarder.Step.REALM) {
                throw new IllegalStateException("injected failure");
            }
        });
        OnboardingFailed e = assertThrows(OnboardingFailed.class,
                () -> failing.onboard(spec("epsilon", "DISTRICT", "510181", null)));
        assertTrue(e.getMessage().contains("injected failure"), e.getMessage());
        assertFalse(realms.realmExists("epsilon"));
        assertThrows(NotFoundException.class, () -> admin.tenants().retrieve("epsilon"));

        // a bad grid file fails after registration: the registration goes too, and every bad row is named
        OnboardingFailed bad = assertThrows(OnboardingFailed.class, () -> onboarder().onboard(spec("epsilon",
                "DISTRICT", "510181", CSV_HEADER + "510181,都江堰市,区,,\n510181001,灌口街道,星球,,\n"
                        + "51018100,断码,街道,,\n510181002,柳街镇,镇,-5,\n")));
        assertTrue(bad.getMessage().contains("row 3"), bad.getMessage());
        assertTrue(bad.getMessage().contains("row 4"), bad.getMessage());
        assertTrue(bad.getMessage().contains("row 5"), bad.getMessage());
        assertFalse(realms.realmExists("epsilon"));
        assertThrows(NotFoundException.class, () -> admin.tenants().retrieve("epsilon"));

        // a realm of that name that Jiceng did not create is never adopted, nor deleted
        try (RealmProvisioner foreign = env.provisioner()) {
            masterAdmin("POST", "/admin/realms", "{\"realm\":\"jiceng-foreign\",\"enabled\":true}");
            OnboardingFailed taken = assertThrows(OnboardingFailed.class,
                    () -> onboarder().onboard(spec("foreign", "DISTRICT", "510181", null)));
            assertTrue(taken.getMessage().contains("not created by Jiceng"), taken.getMessage());
            assertTrue(foreign.realmExists("foreign"));
            masterAdmin("DELETE", "/admin/realms/jiceng-foreign", null);
        }
    }

    // --- grid files -----------------------------------------------------------------------------------------

    @Test
    void gridFilesImportInEveryFormatAndBadRowsWriteNothing() throws Exception {
        OnboardingResult zeta = onboard("zeta", "DISTRICT", "320571", null);
        JicengClient z = tenantClient(zeta);

        String geoJson = "{\"type\":\"FeatureCollection\",\"features\":["
                + feature("320571", "苏州工业园区", "DISTRICT", square(120.60, 31.20, 0.30))
                + "," + feature("320571001", "金鸡湖街道", "STREET", square(120.65, 31.25, 0.10))
                + "," + feature("320571001001", "中南社区", "COMMUNITY", square(120.66, 31.26, 0.02)) + "]}";
        GridImportResult fromGeoJson = z.grids().importFile(geoJson.getBytes(StandardCharsets.UTF_8),
                GridFileFormat.GEOJSON);
        assertEquals(3, fromGeoJson.created());
        assertEquals("320571001001", z.grids().locate(GridLocateParams.builder().lon(120.67).lat(31.27).build())
                .orElseThrow().code());

        String csv = CSV_HEADER + "320571001001001,豫园小区,小区,2860,1020\n";
        assertEquals(1, z.grids().importFile(csv.getBytes(StandardCharsets.UTF_8), GridFileFormat.CSV).created());

        // Excel on Chinese Windows saves GB18030; sent without a charset it is detected
        String gb = "code,name,level,parentCode,population,households\n"
                + "320571002,娄葑街道,街道,,,\n320571002001,凤凰社区,社区,320571002,,\n";
        byte[] gbBytes = gb.getBytes(Charset.forName("GB18030"));
        assertFalse(java.util.Arrays.equals(gbBytes, gb.getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, z.grids().importFile(gbBytes, GridFileFormat.CSV_DETECT).created());
        String gb2 = CSV_HEADER + "320571003,斜塘街道,街道,,\n";
        assertEquals(1, z.grids().importFile(gb2.getBytes(Charset.forName("GB18030")), GridFileFormat.CSV_GB18030)
                .created());

        byte[] xlsx = workbook(List.of(List.of("编码", "名称", "层级", "人口", "户数"),
                List.of("320571002001001", "凤凰小区", "小区", "3900", "1400"),
                List.of("320571002001001001", "凤凰小区1幢", "楼栋", "96", "32")));
        GridImportResult fromXlsx = z.grids().importFile(xlsx, GridFileFormat.XLSX);
        assertEquals(2, fromXlsx.created());

        Grid root = z.grids().list(GridListParams.none()).data().get(0);
        assertEquals(3900 + 96 + 2860, root.rollup().population());
        long before = z.grids().descendants(root.id(), GridListParams.none()).stream().count();
        assertEquals(8, before);

        // importing a file again changes nothing; a changed count updates its node
        GridImportResult again = z.grids().importFile(xlsx, GridFileFormat.XLSX);
        assertEquals(0, again.created());
        assertEquals(2, again.unchanged());

        // a file with bad rows: every bad row named, nothing written, not even its good rows
        String bad = CSV_HEADER
                + "320571004,唯亭街道,街道,,\n"          // good (row 2)
                + "320571005,,街道,,\n"                  // no name (row 3)
                + "320571006,胜浦街道,星球,,\n"          // unknown level (row 4)
                + "320571007,某街道,街道,很多,\n"        // not a number (row 5)
                + "3205710,短码,街道,,\n"                // bad code (row 6)
                + "320571008001,孤儿社区,社区,,\n"      // parent missing (row 7)
                + "320571001001001001,楼,楼栋,,\n"      // building under a compound is fine ...
                + "320571001001001001001,楼下,网格,,\n" // ... but nothing goes below a building (row 9)
                + "320571004,唯亭街道重复,街道,,\n";     // code twice in the file (row 10)
        UnprocessableEntityException refused = assertThrows(UnprocessableEntityException.class,
                () -> z.grids().importFile(bad.getBytes(StandardCharsets.UTF_8), GridFileFormat.CSV));
        List<Integer> rows = refused.problem().errors().stream().map(err -> err.row().orElse(-1)).toList();
        assertEquals(List.of(3, 4, 5, 6, 7, 9, 10), rows, refused.problem().toString());
        assertEquals(before, z.grids().descendants(root.id(), GridListParams.none()).stream().count());

        // a parent code of another tenant is as unknown as a missing one
        OnboardingResult eta = onboard("eta", "DISTRICT", "320571", CSV_HEADER
                + "320571,另一个园区,区,,\n320571009,别人的街道,街道,,\n");
        UnprocessableEntityException foreignParent = assertThrows(UnprocessableEntityException.class,
                () -> z.grids().importFile((CSV_HEADER.replace("户数", "户数,上级编码") + "320571009001,借用社区,社区,,,320571009\n")
                        .getBytes(StandardCharsets.UTF_8), GridFileFormat.CSV));
        assertEquals("parentCode", foreignParent.problem().errors().get(0).field());
        assertEquals(2, tenantClient(eta).grids().descendants(tenantClient(eta).grids().list(GridListParams.none())
                .data().get(0).id(), GridListParams.none()).stream().count() + 1);

        // not a grid file at all
        assertThrows(BadRequestException.class, () -> z.grids().importFile(
                "{\"type\":\"Feature\"}".getBytes(StandardCharsets.UTF_8), GridFileFormat.GEOJSON));
        assertThrows(BadRequestException.class, () -> z.grids().importFile(
                "name,level\nx,街道\n".getBytes(StandardCharsets.UTF_8), GridFileFormat.CSV));
        assertThrows(BadRequestException.class, () -> z.grids().importFile(
                "PK not really a workbook".getBytes(StandardCharsets.UTF_8), GridFileFormat.XLSX));
        assertEquals(415, Http.send("POST", base + "api/v1/grids:import", Http.token(zeta.issuer(),
                zeta.machineClientId(), zeta.machineClientSecret().orElseThrow()), "text/plain",
                "x".getBytes(StandardCharsets.UTF_8)).status());
        // a reader may not import
        assertEquals(403, Http.send("POST", base + "api/v1/grids:import", Tenants.token(PlatformEnvironment.ALPHA,
                "alpha-viewer"), "text/csv", csv.getBytes(StandardCharsets.UTF_8)).status());
    }

    // --- suspend, resume, CORS, rate limits -----------------------------------------------------------------

    @Test
    void suspendingRefusesTheTenantAtOnceAndResumingLetsItBackIn() {
        OnboardingResult theta = onboard("theta", "DISTRICT", "510181", CSV_HEADER + "510181,都江堰市,区,,\n");
        JicengClient t = tenantClient(theta);
        assertEquals(1, t.grids().list(GridListParams.none()).data().size());

        assertEquals(TenantStatus.SUSPENDED, admin.tenants().suspend("theta").status());
        assertEquals(TenantStatus.SUSPENDED, admin.tenants().suspend("theta").status(), "repeating it is harmless");
        UnauthorizedException refused = assertThrows(UnauthorizedException.class,
                () -> t.grids().list(GridListParams.none()));
        assertTrue(refused.problem().detail().orElse("").contains("suspended"), refused.problem().toString());
        Http.Reply raw = Http.get(base + "api/v1/grids", Http.token(theta.issuer(), theta.machineClientId(),
                theta.machineClientSecret().orElseThrow()));
        assertEquals(401, raw.status());
        assertTrue(raw.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));

        assertEquals(TenantStatus.ACTIVE, admin.tenants().resume("theta").status());
        assertEquals(1, t.grids().list(GridListParams.none()).data().size(), "data was kept");
    }

    @Test
    void corsFollowsEachTenantsOwnOriginsAndAnotherTenantsOriginGetsNothing() {
        onboarded.add("iota");
        OnboardingResult iota = onboarder().onboard(new TenantSpec("iota", "Iota", "DISTRICT", "430103", null, null,
                List.of("https://iota.example.cn"), null, null));
        assertTrue(iota.browserClientId().isPresent());
        assertEquals(List.of("https://iota.example.cn"), admin.tenants().retrieve("iota").settings().allowedOrigins());

        Http.Reply preflight = Http.send("OPTIONS", base + "api/v1/grids", null, null, null,
                "Origin", "https://iota.example.cn", "Access-Control-Request-Method", "GET",
                "Access-Control-Request-Headers", "authorization");
        assertEquals(204, preflight.status());
        assertEquals("https://iota.example.cn", preflight.headers().firstValue("Access-Control-Allow-Origin")
                .orElse(""));
        assertEquals(403, Http.send("OPTIONS", base + "api/v1/grids", null, null, null,
                "Origin", "https://evil.example.com", "Access-Control-Request-Method", "GET").status());

        String token = Http.token(iota.issuer(), iota.machineClientId(), iota.machineClientSecret().orElseThrow());
        Http.Reply own = Http.get(base + "api/v1/grids", token, "Origin", "https://iota.example.cn");
        assertEquals(200, own.status());
        assertEquals("https://iota.example.cn", own.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        // another tenant's token from iota's origin: the browser is not allowed to read the answer
        Http.Reply other = Http.get(base + "api/v1/grids", Tenants.token(PlatformEnvironment.ALPHA, "alpha-admin"),
                "Origin", "https://iota.example.cn");
        assertEquals(200, other.status());
        assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    }

    @Test
    void eachClientGetsItsTenantsRateLimit() {
        OnboardingResult kappa = onboard("kappa", "DISTRICT", "430103", null);
        Tenant k = admin.tenants().retrieve("kappa");
        admin.tenants().update(k, TenantUpdateParams.builder().rateLimitPerMinute(3).build());
        String token = Http.token(kappa.issuer(), kappa.machineClientId(), kappa.machineClientSecret().orElseThrow());
        Http.Reply first = Http.get(base + "api/v1/grids", token);
        assertEquals(200, first.status());
        assertEquals("3", first.headers().firstValue("RateLimit-Limit").orElse(""));
        Http.Reply limited = null;
        for (int i = 0; i < 8 && limited == null; i++) { // at most two windows if a minute turns meanwhile
            Http.Reply r = Http.get(base + "api/v1/grids", token);
            if (r.status() == 429) {
                limited = r;
            }
        }
        assertTrue(limited != null, "the fourth request of a minute is refused");
        assertTrue(limited.headers().firstValue("Retry-After").isPresent());
        assertTrue(limited.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        // another tenant's clients have budgets of their own
        assertEquals(200, Http.get(base + "api/v1/grids", Tenants.token(PlatformEnvironment.BETA, "beta-admin"))
                .status());
    }

    // --- offboarding ------------------------------------------------------------------------------------------

    @Test
    void offboardingExportsEveryRecordThenErasesTheTenantButNotAnotherTenant() throws Exception {
        OnboardingResult lambda = onboard("lambda", "CITY", "510100", CSV_HEADER
                + "510100,成都市,市,,\n510107,武侯区,区,,\n510107001,玉林街道,街道,,\n"
                + "510107001001,长寿苑社区,社区,,\n510107001001001,长寿苑9号院,院落,860,310\n");
        OnboardingResult mu = onboard("mu", "DISTRICT", "510181", CSV_HEADER + "510181,都江堰市,区,,\n");
        JicengClient lambdaClient = tenantClient(lambda);
        org.jiceng.sdk.cases.CaseRecord reported = lambdaClient.cases().report(
                org.jiceng.sdk.cases.CaseCreateParams.builder().title("电梯停运").description("9号院电梯")
                        .categoryCode("ELEVATOR").gridId(lambdaClient.grids().list(GridListParams.none()).data()
                                .get(0).id()).reporterContact("王大爷", "13900001234").build());
        admin.tenants().suspend("lambda");
        admin.tenants().resume("lambda");
        Map<String, Long> stored = countRows("lambda");
        assertEquals(5L, stored.get("grid_node"));
        assertEquals(1L, stored.get("case_record"));
        assertEquals(1L, stored.get("tenant_data_key"));
        assertTrue(stored.get("outbox_event") >= 5 + 3, stored.toString()); // nodes + registered/suspended/resumed

        // no offboarding without suspension and a fresh export
        assertThrows(ConflictException.class, () -> admin.tenants().offboard("lambda", "offboard-lambda-guess"));
        admin.tenants().suspend("lambda");
        // counted again once suspended: an active tenant's deadlines may have added a reminder meanwhile
        long eventsAtSuspension = countRows("lambda").get("outbox_event");
        assertThrows(ConflictException.class, () -> admin.tenants().offboard("lambda", "offboard-lambda-guess"));
        Optional<String> fromActiveExport = admin.tenants().export("mu").offboardingConfirmation();
        assertTrue(fromActiveExport.isEmpty(), "an active tenant's export is no licence to erase it");

        String lambdaToken = Http.token(lambda.issuer(), lambda.machineClientId(),
                lambda.machineClientSecret().orElseThrow());
        Path file = Files.createTempFile("lambda-export", ".zip");
        Map<String, Long> deleted = new Offboarder(realms, admin).offboard("lambda", file);
        assertEquals(5L, deleted.get("grid_node"));
        assertEquals(1L, deleted.get("tenant"));

        Map<String, List<String>> archive = unzip(Files.readAllBytes(file));
        assertEquals(5, archive.get("grid_node.jsonl").size());
        assertTrue(archive.get("grid_node.jsonl").stream().anyMatch(l -> l.contains("长寿苑9号院")));
        // everything stored when it was suspended for good, that suspension's event included
        assertEquals(eventsAtSuspension, archive.get("outbox_event.jsonl").size());
        assertTrue(archive.get("tenant.json").get(0).contains("\"code\":\"lambda\""));
        String exportedCase = archive.get("case_record.jsonl").get(0);
        assertTrue(exportedCase.contains("\"reporter_name\":\"王大爷\"") && exportedCase.contains("13900001234")
                && !exportedCase.contains("_enc"), "personal data exported decrypted: " + exportedCase);
        assertTrue(exportedCase.contains(reported.id()));
        assertEquals(13, archive.get("case_category.jsonl").size());
        assertTrue(archive.get("access_log.jsonl").stream().anyMatch(l -> l.contains("tenant.suspended")));
        String manifest = String.join("", archive.get("manifest.json"));
        assertTrue(manifest.contains("\"grid_node.jsonl\"") && manifest.contains("sha256"), manifest);

        assertEquals(0L, countRows("lambda").values().stream().mapToLong(Long::longValue).sum());
        assertFalse(realms.realmExists("lambda"));
        assertThrows(NotFoundException.class, () -> admin.tenants().retrieve("lambda"));
        assertTrue(accessLogLines("lambda") >= 4, "the access log outlives the tenant");
        try (Connection c = env.superConnection(); PreparedStatement ps = c.prepareStatement(
                "select fields from access_log where tenant_code = 'lambda' and action = 'pii.exported'")) {
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "the export's decryption is logged");
                assertTrue(rs.getString(1).contains("case_record.reporter_phone_enc"), rs.getString(1));
            }
        }
        assertEquals(401, Http.get(base + "api/v1/grids", lambdaToken).status(), "its tokens open nothing");

        // the other tenant is untouched
        assertEquals(1L, countRows("mu").get("grid_node"));
        assertEquals(1, tenantClient(mu).grids().list(GridListParams.none()).data().size());
        assertThrows(NotFoundException.class, () -> admin.tenants().offboard("lambda", "offboard-lambda-x"));
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private String adminToken() {
        return Http.token(env.issuer(RealmProvisioner.PLATFORM_REALM), PlatformEnvironment.PLATFORM_ADMIN,
                env.secret(PlatformEnvironment.PLATFORM_ADMIN));
    }

    /** Rows per tenant table, read as superuser past row-level security. */
    private Map<String, Long> countRows(String code) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (Connection c = env.superConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery("select table_name from information_schema.columns "
                    + "where column_name = 'tenant_id' and table_schema = 'public'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            assertTrue(tables.containsAll(List.of("grid_node", "outbox_event", "idempotency_record")), tables.toString());
            for (String table : tables) {
                try (PreparedStatement ps = c.prepareStatement("select count(*) from " + table + " where tenant_id = ?")) {
                    ps.setString(1, code);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        counts.put(table, rs.getLong(1));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("select count(*) from tenant where id = ?")) {
                ps.setString(1, code);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    counts.put("tenant", rs.getLong(1));
                }
            }
        }
        return counts;
    }

    private long accessLogLines(String code) throws SQLException {
        try (Connection c = env.superConnection();
             PreparedStatement ps = c.prepareStatement("select count(*) from access_log where tenant_code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Map<String, List<String>> unzip(byte[] zip) throws IOException {
        Map<String, List<String>> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                files.put(e.getName(), text.isEmpty() ? List.of() : List.of(text.split("\n")));
            }
        }
        return files;
    }

    private static byte[] workbook(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("网格");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String v = rows.get(r).get(c);
                    if (r > 0 && v.matches("[0-9]{1,15}")) {
                        row.createCell(c).setCellValue(Double.parseDouble(v)); // as Excel stores typed-in codes
                    } else {
                        row.createCell(c).setCellValue(v);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private static String feature(String code, String name, String level, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"level\":\""
                + level + "\"},\"geometry\":" + geometry + "}";
    }

    private static String square(double lon, double lat, double size) {
        return "{\"type\":\"Polygon\",\"coordinates\":[[[" + lon + "," + lat + "],[" + (lon + size) + "," + lat + "],["
                + (lon + size) + "," + (lat + size) + "],[" + lon + "," + (lat + size) + "],[" + lon + "," + lat + "]]]}";
    }

    /** A call to Keycloak's admin API as the master realm's administrator, outside the provisioner. */
    private void masterAdmin(String method, String path, String json) throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        String form = "grant_type=password&client_id=admin-cli&username="
                + org.jiceng.admin.runtime.KeycloakServer.ADMIN_USER + "&password="
                + org.jiceng.admin.runtime.KeycloakServer.ADMIN_PASSWORD;
        String token = new com.fasterxml.jackson.databind.ObjectMapper().readTree(http.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(env.keycloak.url()
                                + "/realms/master/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body()).get("access_token").asText();
        java.net.http.HttpResponse<String> r = http.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(env.keycloak.url() + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, json == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofString(json)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() / 100 == 2, method + " " + path + ": " + r.statusCode() + " " + r.body());
    }
}
