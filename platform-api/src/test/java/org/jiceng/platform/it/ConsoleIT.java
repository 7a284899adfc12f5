package org.jiceng.platform.it;

import com.microsoft.playwright.Page;
import org.jiceng.keycloak.RealmProvisioner;
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

    @Test
    void aPlatformAdminOnboardsADistrictFromTheConsoleAndItsAdminSignsInThenItIsSuspendedAndOffboarded()
            throws Exception {
        PlatformEnvironment.State env = PlatformEnvironment.state();
        String code = "iota" + System.nanoTime() % 100000;
        String api = PlatformEnvironment.local(deployed).toString().replaceAll("/+$", "");
        String username = "platform.onboarder." + System.nanoTime() % 100000;
        String[] admin = person("platform", username, RealmProvisioner.PLATFORM_ADMIN_ROLE);
        Page page = browser.page(false);
        page.onDialog(com.microsoft.playwright.Dialog::accept);
        ConsoleBrowser.signIn(page, console, "tenant=platform", username, admin[0], PASSWORD);

        // onboard: realm, clients, first admin, registration and the grid file, from one form
        page.click("#onboard-link");
        page.fill("#onboard-code", code);
        page.fill("#onboard-name", "临平区");
        page.selectOption("#onboard-kind", "DISTRICT");
        page.fill("#onboard-division", "330113");
        page.fill("#onboard-admin", "chen.jing");
        page.fill("#onboard-email", "chen.jing@linping.example.cn");
        page.setInputFiles("#onboard-grid-file", new com.microsoft.playwright.options.FilePayload("临平区网格.csv",
                "text/csv", ("编码,名称,层级,人口,户数\n330113,临平区,区,,\n330113001,临平街道,街道,,\n"
                        + "330113001001,西大街社区,社区,4100,1650\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        page.click("#onboard-submit");
        page.waitForSelector("#grid-imported");
        String secret = ConsoleBrowser.text(page.locator("#machine-secret"));
        String temporary = ConsoleBrowser.text(page.locator("#admin-password"));
        assertTrue(ConsoleBrowser.text(page.locator("#grid-imported")).contains("3 / 3"));
        ConsoleBrowser.screenshot(page, "platform-onboarded");
        String tenantToken = Http.token(env.issuer(code), code + "-admin", secret);
        assertEquals("330113", Http.get(api + "/api/v1/grids", tenantToken).json().get("data").get(0).get("code")
                .asText());

        // staff and machine clients of the new tenant
        page.navigate(console + "?tenant=platform#/tenants/" + code);
        page.waitForSelector("#staff-table tr[data-username='chen.jing']");
        page.fill("#invite-username", "wu.lei");
        page.fill("#invite-email", "wu.lei@linping.example.cn");
        page.uncheck("#invite-role-tenant-admin");
        page.check("#invite-role-grid-worker");
        page.click("#invite-form [type=submit]");
        page.waitForSelector("#invited-password");
        String row = "#staff-table tr[data-username='wu.lei'] ";
        assertTrue(ConsoleBrowser.text(page.locator(row + "td[data-field=roles]")).contains("网格员"));
        assertTrue(ConsoleBrowser.text(page.locator(row)).contains("w***@linping.example.cn"), "e-mails masked");
        page.click(row + "button[data-action=roles]");
        page.check("#roles-form-wu\\.lei input[value=street-officer]");
        page.click("#roles-form-wu\\.lei [type=submit]");
        page.waitForSelector(row + "td[data-field=roles]:has-text('街道干部')");
        page.fill("#client-id", code + "-grid-app");
        page.click("#client-form [type=submit]");
        page.waitForSelector("#client-secret");
        String appSecret = ConsoleBrowser.text(page.locator("#client-secret"));
        assertEquals(200, Http.get(api + "/api/v1/grids", Http.token(env.issuer(code),
                code + "-grid-app", appSecret)).status());
        ConsoleBrowser.screenshot(page, "platform-tenant-staff-clients");

        // the new app's Open311 key, issued and revoked by the platform; its webhook endpoint stopped and resumed
        page.fill("#key-client", code + "-grid-app");
        page.click("#key-form [type=submit]");
        page.waitForSelector("#open311-key");
        String keyRow = "#keys-table tr[data-key='" + ConsoleBrowser.text(page.locator("#open311-key"))
                .substring(0, 9) + "'] ";
        page.click(keyRow + "button[data-action=revoke]");
        page.waitForSelector(keyRow + "button[data-action=revoke][disabled]");
        String appToken = Http.token(env.issuer(code), code + "-grid-app", appSecret);
        Http.Reply hook = Http.json("POST", api + "/api/v1/webhook-endpoints", appToken,
                "{\"url\":\"http://127.0.0.1:9/hook?token=receiver-own\",\"eventTypes\":[\"case.*\"]}");
        assertEquals(201, hook.status(), hook.body());
        page.navigate(console + "?tenant=platform#/"); // a change of the hash renders the tenant's page afresh
        page.navigate(console + "?tenant=platform#/tenants/" + code);
        String hookRow = "#webhooks-table tr[data-endpoint='http://127.0.0.1:9/hook?…'] ";
        page.click(hookRow + "button[data-action=disable]");
        page.waitForSelector(hookRow + "button[data-action=enable]");
        assertTrue(ConsoleBrowser.text(page.locator(hookRow + "td[data-field=state]")).contains("平台管理员已停用"));
        assertTrue(!page.locator("#webhooks-table").textContent().contains("receiver-own"), "no query shown");
        ConsoleBrowser.screenshot(page, "platform-tenant-integrations");
        assertEquals(false, Http.get(api + "/api/v1/webhook-endpoints/" + hook.json().get("id").asText(), appToken)
                .json().get("enabled").asBoolean(), "the application sees its endpoint stopped");

        // the first admin signs in to the new realm through the console's client onboarding made, and sees the map
        Page first = browser.page(false);
        ConsoleBrowser.signIn(first, console, "tenant=" + code, "chen.jing", temporary, PASSWORD);
        first.waitForSelector("#ranking tbody tr");
        assertTrue(ConsoleBrowser.text(first.locator("#ranking")).contains("临平街道"));
        ConsoleBrowser.screenshot(first, "onboarded-tenant-dashboard");

        // ...and places the new officer on a street from the tenant's own staff page
        first.click("#staff-link");
        first.waitForSelector("#staff-table tr[data-username='wu.lei']");
        first.click("#staff-table tr[data-username='wu.lei'] button[data-action=assign]");
        first.selectOption("#assign-role-wu\\.lei", "street-officer");
        first.selectOption("#assign-grid-wu\\.lei", new com.microsoft.playwright.options.SelectOption()
                .setLabel("临平街道（330113001）"));
        first.click("#assign-form-wu\\.lei [type=submit]");
        first.waitForSelector("#staff-table tr[data-username='wu.lei'] td[data-field=assignments]:has-text('临平街道')");
        assertTrue(ConsoleBrowser.text(first.locator("#staff-table tr[data-username='wu.lei']"))
                .contains("wu.lei@linping.example.cn"), "a tenant admin with pii:read reads e-mails in clear");
        ConsoleBrowser.screenshot(first, "tenant-staff");
        first.close();

        page.bringToFront();
        page.click(row + "button[data-action=remove]");
        page.waitForSelector(row, new Page.WaitForSelectorOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
        page.waitForSelector("#staff-table tr[data-username='chen.jing']");
        assertEquals(0, page.locator(row).count(), "the leaver is gone, the others stay");

        // suspended from the tenants list: the tenant's token is refused at once
        page.navigate(console + "?tenant=platform#/");
        String tenantRow = "#tenants tr[data-tenant='" + code + "'] ";
        page.waitForSelector(tenantRow);
        page.click(tenantRow + "button[data-action=suspend]");
        page.waitForSelector(tenantRow + "td[data-status=SUSPENDED]");
        int status = 0;
        for (int i = 0; i < 40 && status != 401; i++) {
            status = Http.get(api + "/api/v1/me", tenantToken).status();
            Thread.sleep(250);
        }
        assertEquals(401, status, "a suspended tenant's token is refused");

        // offboarded after its export, only once its code is typed; its realm goes with it
        page.click(tenantRow + "a[data-action=manage]");
        page.waitForSelector("#offboard-export");
        page.waitForDownload(() -> page.click("#offboard-export"));
        page.fill("#offboard-typed", code.substring(1));
        assertTrue(page.isDisabled("#offboard-erase"), "a mistyped code erases nothing");
        page.fill("#offboard-typed", code);
        page.waitForSelector("#offboard-erase:not([disabled])");
        page.click("#offboard-erase");
        page.waitForSelector("#offboarded");
        assertTrue(ConsoleBrowser.text(page.locator("#offboarded")).contains(code));
        try (RealmProvisioner realms = env.provisioner()) {
            assertTrue(!realms.realmExists(code), "the realm is deleted");
        }
        assertEquals(404, Http.get(console + "sign-in/" + code, null).status());
        browser.assertNoProblems();
    }

    @Test
    void aTenantAdminManagesWebhookEndpointsAndOpen311KeysFromTheConsole() throws Exception {
        java.util.concurrent.BlockingQueue<byte[]> bodies = new java.util.concurrent.LinkedBlockingQueue<>();
        java.util.concurrent.BlockingQueue<java.util.Map<String, java.util.List<String>>> headers =
                new java.util.concurrent.LinkedBlockingQueue<>();
        com.sun.net.httpserver.HttpServer receiver = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            bodies.add(exchange.getRequestBody().readAllBytes());
            headers.add(java.util.Map.copyOf(exchange.getRequestHeaders()));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
            String username = "integrator." + System.nanoTime() % 100000;
            String[] admin = person(PlatformEnvironment.ALPHA, username, "tenant-admin");
            Page page = browser.page(false);
            page.onDialog(com.microsoft.playwright.Dialog::accept);
            ConsoleBrowser.signIn(page, console, "tenant=" + PlatformEnvironment.ALPHA, username, admin[0], PASSWORD);
            page.click("#integrations-link");
            page.waitForSelector("#webhooks-table");

            page.fill("#webhook-url", url);
            page.fill("#webhook-types", "case.*");
            page.fill("#webhook-description", "区级指挥中心");
            page.click("#webhook-form [type=submit]");
            page.waitForSelector("#webhook-secret");
            String secret = ConsoleBrowser.text(page.locator("#webhook-secret"));
            assertTrue(secret.startsWith("whsec_"), secret);
            String row = "#webhooks-table tr[data-endpoint='" + url + "'] ";
            page.click(row + "button[data-action=ping]");
            page.waitForSelector("#deliveries-table");
            for (int i = 0; i < 40 && page.locator("#deliveries-table tr[data-state=DELIVERED]").count() == 0; i++) {
                Thread.sleep(250);
                page.click("#deliveries-refresh");
                page.waitForSelector("#deliveries-table");
            }
            assertEquals(1, page.locator("#deliveries-table tr[data-state=DELIVERED]").count());
            byte[] body = bodies.poll(10, java.util.concurrent.TimeUnit.SECONDS);
            org.jiceng.sdk.webhooks.Webhooks.verifyHeaders(body, headers.poll(), secret); // signed with the secret shown
            ConsoleBrowser.screenshot(page, "integrations");

            page.click(row + "button[data-action=disable]");
            page.waitForSelector(row + "button[data-action=enable]");
            assertTrue(ConsoleBrowser.text(page.locator(row + "td[data-field=state]")).contains("已停用"));

            page.fill("#key-client", "alpha-vendor");
            page.click("#key-form [type=submit]");
            page.waitForSelector("#open311-key");
            String key = ConsoleBrowser.text(page.locator("#open311-key"));
            String keyRow = "#keys-table tr[data-key='" + key.substring(0, 9) + "'] ";
            page.waitForSelector(keyRow);
            page.click(keyRow + "button[data-action=revoke]");
            page.waitForSelector(keyRow + "td[data-field=state]:has-text('已吊销')");

            page.click(row + "button[data-action=delete]");
            page.waitForSelector("#webhooks-table");
            page.waitForCondition(() -> page.locator(row).count() == 0);
            browser.assertNoProblems();
        } finally {
            receiver.stop(0);
        }
    }
}
