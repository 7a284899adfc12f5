package org.jiceng.platform.it;

import com.microsoft.playwright.Page;
import org.jiceng.admin.keycloak.RealmProvisioner;
import org.jiceng.sdk.JicengClient;
import org.jiceng.sdk.cases.CaseCreateParams;
import org.jiceng.sdk.cases.CaseRecord;
import org.jiceng.sdk.cases.CaseStats;
import org.jiceng.sdk.cases.CaseStatsParams;
import org.jiceng.sdk.cases.CaseStatus;
import org.jiceng.sdk.cases.GridAssignmentParams;
import org.jiceng.sdk.grids.Geometry;
import org.jiceng.sdk.grids.Grid;
import org.jiceng.sdk.grids.GridCreateParams;
import org.jiceng.sdk.grids.GridLevel;
import org.jiceng.sdk.grids.GridListParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The console in a real Chromium, signed in through the real Keycloak login page: what a district's leaders and
 * officers see is what the API reports, an officer can take a case's next step from it, and another tenant's staff
 * never see the first tenant's data.
 */
class ConsoleIT extends AgainstPlatform {
    private static final String PASSWORD = "Console-test-2026!";
    private ConsoleBrowser browser;
    private String console;
    private JicengClient admin;
    private Grid root;

    @BeforeEach
    void setUp() throws Exception {
        URL local = PlatformEnvironment.local(deployed);
        console = local.toString().replaceAll("/+$", "") + "/console/";
        browser = ConsoleBrowser.start(console);
        String origin = local.getProtocol() + "://" + local.getHost() + ":" + local.getPort();
        try (RealmProvisioner realms = PlatformEnvironment.state().provisioner()) {
            for (String tenant : List.of(PlatformEnvironment.ALPHA, PlatformEnvironment.BETA, "platform")) {
                realms.ensureBrowserClient(tenant, "jiceng-console", List.of(origin));
            }
        }
        admin = Tenants.client(local, PlatformEnvironment.ALPHA, "alpha-admin");
        root = Tenants.alphaRoot(admin);
    }

    @AfterEach
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    /** A person of the tenant with these roles; the temporary password is replaced at first sign-in. */
    private static String[] person(String tenant, String username, String role) {
        try (RealmProvisioner realms = PlatformEnvironment.state().provisioner()) {
            String first = realms.ensureUser(tenant, username, null, List.of(role)).orElseThrow();
            return new String[]{first, realms.userId(tenant, username).orElseThrow()};
        }
    }

    private Grid street(String segment, String name, double west) {
        return admin.grids().list(GridListParams.builder().parentId(root.id()).limit(500).build()).data().stream()
                .filter(g -> g.code().equals(root.code() + segment)).findFirst()
                .orElseGet(() -> admin.grids().create(GridCreateParams.builder().parentId(root.id())
                        .level(GridLevel.STREET).code(root.code() + segment).name(name)
                        .boundary(Geometry.rectangle(west, 31.0, west + 0.04, 31.04)).build()));
    }

    private CaseRecord file(Grid street, String title) {
        return admin.cases().report(CaseCreateParams.builder().title(title).description("居民反映：" + title)
                .categoryCode("NOISE").gridId(street.id()).build());
    }

    /** The month the console opens on, in the tenant's time, as cases:stats is asked for it. */
    private static CaseStatsParams.Builder thisMonth() {
        YearMonth month = YearMonth.now(ZoneId.of("Asia/Shanghai"));
        return CaseStatsParams.builder().from(month.atDay(1)).to(month.plusMonths(1).atDay(1));
    }

    private static String percent(java.util.Optional<Double> rate) {
        return rate.map(r -> String.format(Locale.ROOT, "%.1f%%", r * 100)).orElse("—");
    }

    @Test
    void aTenantAdminSeesTheRankingTheApiReportsAndAMapOfTheStreets() {
        Grid east = street("491", "东湖街道", 120.60);
        Grid west = street("492", "西湖街道", 120.66);
        CaseRecord accepted = file(east, "夜间施工噪音");
        admin.cases().accept(accepted, "已受理");
        file(east, "广场舞音响过大");
        file(west, "商铺外放音乐");

        String username = "alpha.leader." + System.nanoTime() % 100000;
        String[] leader = person(PlatformEnvironment.ALPHA, username, "tenant-admin");
        Page page = browser.page(false);
        ConsoleBrowser.signIn(page, console, "tenant=" + PlatformEnvironment.ALPHA, username, leader[0], PASSWORD);
        page.waitForSelector("#ranking");
        ConsoleBrowser.screenshot(page, "dashboard");

        CaseStats stats = admin.cases().stats(thisMonth().groupBy(GridLevel.STREET).gridId(root.id()).build());
        for (Grid street : List.of(east, west)) {
            CaseStats.Group g = stats.groups().stream().filter(x -> x.gridId().equals(street.id())).findFirst()
                    .orElseThrow();
            String row = "#ranking tr[data-grid='" + street.id() + "'] ";
            assertEquals(percent(g.responseRate()), ConsoleBrowser.text(page.locator(row + "td[data-rate=response]")),
                    street.name());
            assertEquals(percent(g.resolutionRate()),
                    ConsoleBrowser.text(page.locator(row + "td[data-rate=resolution]")), street.name());
            assertEquals(percent(g.satisfactionRate()),
                    ConsoleBrowser.text(page.locator(row + "td[data-rate=satisfaction]")), street.name());
            assertEquals(percent(g.whistleRate()), ConsoleBrowser.text(page.locator(row + "td[data-rate=whistle]")),
                    street.name());
        }
        CaseStats.Group whole = admin.cases().stats(thisMonth().groupBy(GridLevel.DISTRICT).gridId(root.id()).build())
                .groups().get(0);
        assertEquals(String.valueOf(whole.reported()), ConsoleBrowser.text(page.locator("#kpi-reported .value")));
        // the counts by category and the six months' trend, as cases:stats gives them
        String categories = page.locator("#category-panel").textContent();
        whole.byCategory().forEach((code, n) -> assertTrue(categories.contains(code + n), categories));
        page.waitForSelector("#trend[data-months='6'] canvas");

        // the map draws the streets that have boundaries, from the grids API
        page.waitForSelector("#map[data-features]");
        assertTrue(Integer.parseInt(page.getAttribute("#map", "data-features")) >= 2);
        Object drawn = page.evaluate("() => echarts.getInstanceByDom(document.getElementById('map'))"
                + ".getOption().series[0].data.map(d => d.name)");
        assertTrue(drawn.toString().contains("东湖街道") && drawn.toString().contains("西湖街道"), drawn.toString());

        // drill down: the street's own page of the dashboard
        page.click("#ranking button[data-grid='" + east.id() + "']");
        page.waitForFunction("() => document.querySelector('.breadcrumb strong')?.textContent === '东湖街道'");
        ConsoleBrowser.awaitView(page);

        // English, and at phone width
        Page phone = browser.page(true);
        ConsoleBrowser.signIn(phone, console, "tenant=" + PlatformEnvironment.ALPHA + "&lang=en", username, PASSWORD,
                PASSWORD);
        phone.waitForSelector("#ranking");
        assertEquals("Governance dashboard", ConsoleBrowser.text(phone.locator("#title")));
        ConsoleBrowser.screenshot(phone, "dashboard-phone-en");
        browser.assertNoProblems();
    }

    @Test
    void anOfficerOpensAnOverdueCaseAndDispatchesIt() throws Exception {
        Grid street = street("493", "南湖街道", 120.72);
        CaseRecord c = admin.cases().accept(file(street, "楼道堆放杂物"), "已受理");
        try (Connection db = PlatformEnvironment.state().superConnection();
             PreparedStatement ps = db.prepareStatement(
                     "update case_record set resolve_due_at = now() - interval '2 hours' where id = ?::uuid")) {
            ps.setString(1, c.id());
            assertEquals(1, ps.executeUpdate());
        }
        String username = "alpha.officer." + System.nanoTime() % 100000;
        String[] officer = person(PlatformEnvironment.ALPHA, username, "street-officer");
        admin.assignments().assignToGrid(GridAssignmentParams.builder().subject(officer[1]).role("street-officer")
                .gridId(root.id()).build());

        Page page = browser.page(false);
        ConsoleBrowser.signIn(page, console, "tenant=" + PlatformEnvironment.ALPHA, username, officer[0], PASSWORD);
        page.waitForSelector("#overdue-list a[href='#/cases/" + c.id() + "']");
        page.click("#overdue-list a[href='#/cases/" + c.id() + "']");
        page.waitForSelector("#dispatch-form");
        ConsoleBrowser.awaitView(page);
        assertEquals("ACCEPTED", page.getAttribute("#case-status", "data-status"));
        ConsoleBrowser.screenshot(page, "case-overdue");

        page.selectOption("#handler-kind", "GRID");
        page.selectOption("#handler", street.id());
        page.click("#dispatch-form [type=submit]");
        page.waitForSelector("#case-status[data-status=DISPATCHED]");
        ConsoleBrowser.screenshot(page, "case-dispatched");

        CaseRecord after = admin.cases().retrieve(c.id());
        assertEquals(CaseStatus.DISPATCHED, after.status());
        assertEquals(street.id(), after.handlerId().orElseThrow());
        browser.assertNoProblems();
    }

    @Test
    void staffOfAnotherTenantNeverSeeTheFirstTenantsData() {
        Grid street = street("494", "北湖街道", 120.78);
        CaseRecord alphaCase = file(street, "路灯不亮");
        String username = "beta.leader." + System.nanoTime() % 100000;
        String[] leader = person(PlatformEnvironment.BETA, username, "tenant-admin");
        Tenants.betaRoot(Tenants.client(PlatformEnvironment.local(deployed), PlatformEnvironment.BETA, "beta-admin"));

        Page page = browser.page(false);
        ConsoleBrowser.signIn(page, console, "tenant=" + PlatformEnvironment.BETA, username, leader[0], PASSWORD);
        page.waitForSelector("#ranking");
        String dashboard = page.locator("#view").textContent();
        assertTrue(dashboard.contains("Beta City"), dashboard);
        assertTrue(!dashboard.contains("北湖街道") && !dashboard.contains(root.name()), dashboard);

        browser.expect("status of 404");
        page.navigate(console + "?tenant=" + PlatformEnvironment.BETA + "#/cases/" + alphaCase.id());
        page.waitForSelector("#not-found");
        ConsoleBrowser.screenshot(page, "other-tenant-case");
        assertTrue(!page.locator("#view").textContent().contains("路灯不亮"));

        // naming the first tenant in the address signs in to its realm, where this person has no account
        page.navigate(console + "?tenant=" + PlatformEnvironment.ALPHA);
        page.waitForSelector("#username");
        page.fill("#username", username);
        page.fill("#password", PASSWORD);
        page.click("#kc-login");
        page.waitForSelector("#input-error, .kc-feedback-text, [id*=error]");
        assertTrue(!page.url().startsWith(console), "no way into the first tenant's console: " + page.url());
        browser.assertNoProblems();
    }

    @Test
    void aPlatformAdminSuspendsATenantWhoseTokensTheApiThenRefusesAndRenamesItAtTheVersionRead() throws Exception {
        PlatformEnvironment.State env = PlatformEnvironment.state();
        String code = "theta" + System.nanoTime() % 100000;
        String secret;
        try (RealmProvisioner realms = env.provisioner()) {
            realms.ensureRealm(code, code);
            secret = realms.ensureServiceClient(code, code + "-admin", List.of("tenant-admin"), 0);
        }
        env.registrar().register(code, "Theta", "320585", "DISTRICT", env.issuer(code));
        String tenantToken = Http.token(env.issuer(code), code + "-admin", secret);
        URL local = PlatformEnvironment.local(deployed);
        String api = local.toString().replaceAll("/+$", "");
        assertEquals(200, Http.get(api + "/api/v1/me", tenantToken).status());

        String username = "platform.admin." + System.nanoTime() % 100000;
        String[] admin = person("platform", username, RealmProvisioner.PLATFORM_ADMIN_ROLE);
        Page page = browser.page(false);
        ConsoleBrowser.signIn(page, console, "tenant=platform", username, admin[0], PASSWORD);
        String row = "#tenants tr[data-tenant='" + code + "'] ";
        page.waitForSelector(row);
        assertEquals("ACTIVE", page.getAttribute(row + "td[data-status]", "data-status"));
        ConsoleBrowser.screenshot(page, "platform-tenants");

        page.click(row + "button[data-action=suspend]");
        page.waitForSelector(row + "td[data-status=SUSPENDED]");
        int status = 0;
        for (int i = 0; i < 40 && status != 401; i++) {
            status = Http.get(api + "/api/v1/me", tenantToken).status();
            Thread.sleep(250);
        }
        assertEquals(401, status, "a suspended tenant's token is refused");
        assertEquals(404, Http.get(console + "sign-in/" + code, null).status(), "and its staff find no sign-in");

        page.click(row + "button[data-action=settings]");
        page.fill("#tenant-name", "Theta 新区");
        page.click("#settings-form [type=submit]");
        page.waitForSelector(row + "td[data-field=name]:has-text('Theta 新区')");
        ConsoleBrowser.screenshot(page, "platform-tenant-renamed");

        page.click(row + "button[data-action=resume]");
        page.waitForSelector(row + "td[data-status=ACTIVE]");
        browser.assertNoProblems();
    }
}
