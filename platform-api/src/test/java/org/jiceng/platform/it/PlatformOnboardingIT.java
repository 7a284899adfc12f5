package org.jiceng.platform.it;

import org.jiceng.keycloak.RealmProvisioner;
import org.jiceng.sdk.JicengClient;
import org.jiceng.sdk.ListParams;
import org.jiceng.sdk.errors.BadRequestException;
import org.jiceng.sdk.errors.ConflictException;
import org.jiceng.sdk.errors.NotFoundException;
import org.jiceng.sdk.errors.UnprocessableEntityException;
import org.jiceng.sdk.grids.GridFileFormat;
import org.jiceng.sdk.grids.GridImportResult;
import org.jiceng.sdk.grids.GridListParams;
import org.jiceng.sdk.tenants.ApiClient;
import org.jiceng.sdk.tenants.ApiClientCreateParams;
import org.jiceng.sdk.tenants.ApiClientSecret;
import org.jiceng.sdk.tenants.StaffInvitation;
import org.jiceng.sdk.tenants.StaffInviteParams;
import org.jiceng.sdk.tenants.StaffListParams;
import org.jiceng.sdk.tenants.StaffMember;
import org.jiceng.sdk.tenants.TenantOnboardParams;
import org.jiceng.sdk.tenants.TenantOnboarding;
import org.jiceng.sdk.open311.Open311Key;
import org.jiceng.sdk.webhooks.WebhookEndpoint;
import org.jiceng.sdk.webhooks.WebhookEndpointCreateParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Onboarding from the platform itself, through its Keycloak service account (as {@code dev} configures it): realm,
 * clients, first admin and registration in one call, the grid file after it; then the tenant's people and machine
 * clients. Everything against the real Keycloak: tokens are fetched with the secrets the platform handed out.
 */
class PlatformOnboardingIT extends AgainstPlatform {
    private static final String CSV = "编码,名称,层级,人口,户数\n330106,西湖区,区,,\n330106001,北山街道,街道,,\n"
            + "330106001001,曙光社区,社区,3200,1400\n";

    String base;
    PlatformEnvironment.State env;
    JicengClient admin;
    final List<String> onboarded = new ArrayList<>();

    @BeforeEach
    void setUp() {
        base = PlatformEnvironment.local(deployed).toString();
        env = PlatformEnvironment.state();
        admin = JicengClient.builder().acceptLanguage("en").baseUrl(base).timeout(Duration.ofSeconds(60))
                .clientCredentials(env.issuer(RealmProvisioner.PLATFORM_REALM), PlatformEnvironment.PLATFORM_ADMIN,
                        env.secret(PlatformEnvironment.PLATFORM_ADMIN)).build();
    }

    @AfterEach
    void tearDown() {
        for (String code : onboarded) {
            try {
                admin.tenants().suspend(code);
                String confirmation = admin.tenants().export(code).offboardingConfirmation().orElseThrow();
                admin.tenants().offboard(code, confirmation);
            } catch (RuntimeException ignored) {
                // offboarded by the test
            }
            try (RealmProvisioner realms = env.provisioner()) {
                realms.deleteRealm(code);
            }
        }
    }

    private TenantOnboarding onboard(String code) {
        onboarded.add(code);
        return admin.tenants().onboard(TenantOnboardParams.builder().code(code).name("西湖区（" + code + "）")
                .kind("DISTRICT").divisionCode("330106").adminUsername("zhang.wei")
                .adminEmail("zhang.wei@" + code + ".example.cn").build());
    }

    @Test
    void aPlatformAdminOnboardsATenantWhoseSecretsWorkAndImportsItsGrids() {
        TenantOnboarding kappa = onboard("kappa");
        assertEquals("kappa", kappa.tenant().code());
        assertEquals(env.issuer("kappa"), kappa.issuer());
        assertEquals("kappa-admin", kappa.machineClientId());
        assertEquals("zhang.wei", kappa.adminUsername().orElseThrow());
        assertTrue(kappa.adminTemporaryPassword().orElseThrow().length() >= 12);
        assertTrue(kappa.browserClientId().isEmpty());

        // the machine client's secret is a real one of the new realm: its token opens the tenant's API
        JicengClient tenant = JicengClient.builder().acceptLanguage("en").baseUrl(base)
                .clientCredentials(kappa.issuer(), kappa.machineClientId(), kappa.machineClientSecret().orElseThrow())
                .build();
        assertEquals(0, tenant.grids().list(GridListParams.none()).data().size());

        GridImportResult imported = admin.tenants().importGrids("kappa", CSV.getBytes(StandardCharsets.UTF_8),
                GridFileFormat.CSV);
        assertEquals(3, imported.created());
        assertEquals(List.of("330106"), codes(tenant, null));
        String root = tenant.grids().list(GridListParams.none()).data().get(0).id();
        assertEquals(List.of("330106001"), codes(tenant, root));
        assertEquals(3, admin.tenants().importGrids("kappa", CSV.getBytes(StandardCharsets.UTF_8),
                GridFileFormat.CSV).unchanged(), "importing again changes nothing");
        // the admin import's own refusals: an unknown tenant, an empty file, a file of no known kind
        String token = Http.token(env.issuer(RealmProvisioner.PLATFORM_REALM), PlatformEnvironment.PLATFORM_ADMIN,
                env.secret(PlatformEnvironment.PLATFORM_ADMIN));
        assertThrows(NotFoundException.class, () -> admin.tenants().importGrids("no-such-tenant",
                CSV.getBytes(StandardCharsets.UTF_8), GridFileFormat.CSV));
        GridApiIT.assertProblem(Http.send("POST", base + "admin/v1/tenants/kappa/grids:import", token, "text/csv",
                new byte[0]), 400);
        GridApiIT.assertProblem(Http.send("POST", base + "admin/v1/tenants/kappa/grids:import", token, "image/png",
                new byte[]{1, 2, 3}), 415);
        // staff cursors are signed for one tenant's list: forged or another tenant's are refused
        GridApiIT.assertProblem(Http.get(base + "admin/v1/tenants/kappa/staff?cursor=forged", token), 400);
        GridApiIT.assertProblem(Http.get(base + "admin/v1/tenants/kappa/staff?limit=0", token), 400);
        UnprocessableEntityException bad = assertThrows(UnprocessableEntityException.class, () -> admin.tenants()
                .importGrids("kappa", (CSV + "3301060019,断码,社区,,\n").getBytes(StandardCharsets.UTF_8),
                        GridFileFormat.CSV));
        assertFalse(bad.problem().errors().isEmpty());
        assertEquals(List.of("330106001"), codes(tenant, root), "a refused file writes nothing");

        // the console's client and the machine client are in the realm; the first admin is an invited person
        List<ApiClient> clients = admin.tenants().clients().list("kappa");
        assertTrue(clients.stream().anyMatch(c -> c.clientId().equals("jiceng-console") && c.kind().equals("BROWSER")
                && c.origins().contains(origin())), clients.toString());
        assertTrue(clients.stream().anyMatch(c -> c.clientId().equals("kappa-admin") && c.kind().equals("MACHINE")
                && c.roles().equals(List.of("tenant-admin"))), clients.toString());
        StaffMember first = single(admin.tenants().staff().list("kappa", StaffListParams.none()));
        assertEquals("zhang.wei", first.username());
        assertEquals("z***@kappa.example.cn", first.email().orElseThrow(), "platform admins see e-mails masked");
        assertTrue(first.mustChangePassword());
        assertEquals(List.of("tenant-admin"), first.roles());

        assertTrue(accessLogged("kappa", "tenant.onboarded") && accessLogged("kappa", "grids.imported"));
        org.jiceng.sdk.tenants.TenantFigures figures = admin.tenants().figures("kappa");
        assertEquals(3, figures.grids());
        assertEquals(0, figures.cases());
        assertEquals(3L, figures.records().get("grid_node"));
        assertThrows(NotFoundException.class, () -> admin.tenants().figures("no-such-tenant"));
    }

    @Test
    void onboardingRefusesBadInputAndTakenCodesBeforeTouchingKeycloak() throws Exception {
        String token = Http.token(env.issuer(RealmProvisioner.PLATFORM_REALM), PlatformEnvironment.PLATFORM_ADMIN,
                env.secret(PlatformEnvironment.PLATFORM_ADMIN));
        String url = base + "admin/v1/tenants:onboard";
        GridApiIT.assertProblem(Http.json("POST", url, token, "{\"code\":\"Bad Code\",\"name\":\"x\","
                + "\"kind\":\"DISTRICT\",\"divisionCode\":\"330106\"}"), 400);
        GridApiIT.assertProblem(Http.json("POST", url, token, "{\"code\":\"nu\",\"name\":\"x\","
                + "\"kind\":\"DISTRICT\",\"divisionCode\":\"330100\"}"), 400);
        GridApiIT.assertProblem(Http.json("POST", url, token, "{\"code\":\"nu\",\"name\":\"x\","
                + "\"kind\":\"DISTRICT\",\"divisionCode\":\"330106\",\"adminUsername\":\"Not Valid!\"}"), 400);
        GridApiIT.assertProblem(Http.json("POST", url, token, "{\"code\":\"nu\",\"name\":\"x\","
                + "\"kind\":\"DISTRICT\",\"divisionCode\":\"330106\",\"adminEmail\":\"no-at-sign\"}"), 400);
        GridApiIT.assertProblem(Http.json("POST", url, token, "{\"code\":\"nu\"}"), 400);
        GridApiIT.assertProblem(Http.json("POST", url, token, "{\"code\":\"platform\",\"name\":\"x\","
                + "\"kind\":\"DISTRICT\",\"divisionCode\":\"330106\"}"), 400);
        try (RealmProvisioner realms = env.provisioner()) {
            assertFalse(realms.realmExists("nu"), "refused input creates no realm");
        }
        // an existing tenant's code: 409, and its realm stays
        GridApiIT.assertProblem(Http.json("POST", url, token, "{\"code\":\"alpha\",\"name\":\"x\","
                + "\"kind\":\"DISTRICT\",\"divisionCode\":\"330106\"}"), 409);
        try (RealmProvisioner realms = env.provisioner()) {
            assertTrue(realms.realmExists("alpha"));
        }
        // tenant tokens, and platform tokens without the role, never onboard
        String alpha = Http.token(env.issuer(PlatformEnvironment.ALPHA), "alpha-admin", env.secret("alpha-admin"));
        assertTrue(List.of(401, 403).contains(Http.json("POST", url, alpha, "{\"code\":\"nu\",\"name\":\"x\","
                + "\"kind\":\"DISTRICT\",\"divisionCode\":\"330106\"}").status()));
        String outsider = Http.token(env.issuer(RealmProvisioner.PLATFORM_REALM),
                PlatformEnvironment.PLATFORM_OUTSIDER, env.secret(PlatformEnvironment.PLATFORM_OUTSIDER));
        GridApiIT.assertProblem(Http.json("POST", url, outsider, "{\"code\":\"nu\",\"name\":\"x\","
                + "\"kind\":\"DISTRICT\",\"divisionCode\":\"330106\"}"), 403);
        GridApiIT.assertProblem(Http.get(base + "admin/v1/tenants/alpha/staff", outsider), 403);
        GridApiIT.assertProblem(Http.json("POST", base + "admin/v1/tenants/alpha/grids:import", alpha, "{}"), 403);
    }

    @Test
    void staffAreInvitedGivenRolesAndRemovedAndNeverReachedThroughAnotherTenant() {
        onboard("lambda2");
        StaffInvitation invited = admin.tenants().staff().invite("lambda2", StaffInviteParams.builder()
                .username("li.na").email("li.na@example.cn").addRole("grid-worker").build());
        assertEquals(List.of("grid-worker"), invited.member().roles());
        assertTrue(invited.temporaryPassword().length() >= 12);
        assertEquals("l***@example.cn", invited.member().email().orElseThrow());
        assertThrows(ConflictException.class, () -> admin.tenants().staff().invite("lambda2",
                StaffInviteParams.builder().username("li.na").addRole("grid-worker").build()));
        BadRequestException badRole = assertThrows(BadRequestException.class, () -> admin.tenants().staff()
                .invite("lambda2", StaffInviteParams.builder().username("wang.fang").addRole("superuser").build()));
        assertTrue(badRole.getMessage().contains("superuser"), badRole.getMessage());
        assertThrows(BadRequestException.class, () -> admin.tenants().staff().invite("lambda2",
                StaffInviteParams.builder().username("Has Spaces").addRole("grid-worker").build()));

        String id = invited.member().id();
        StaffMember promoted = admin.tenants().staff().setRoles("lambda2", id,
                List.of("street-officer", "party-secretary"));
        assertEquals(List.of("party-secretary", "street-officer"), promoted.roles());
        assertThrows(BadRequestException.class, () -> admin.tenants().staff().setRoles("lambda2", id, List.of()));

        List<StaffMember> found = list(admin.tenants().staff().list("lambda2",
                StaffListParams.builder().search("li.na").build()));
        assertEquals(List.of(id), found.stream().map(StaffMember::id).toList());
        assertEquals(2, list(admin.tenants().staff().list("lambda2", StaffListParams.builder().limit(1).build()))
                .size(), "pages of one follow each other");

        // the person of this tenant is not found under another tenant's code
        assertThrows(NotFoundException.class, () -> admin.tenants().staff().setRoles(PlatformEnvironment.ALPHA, id,
                List.of("grid-worker")));
        assertThrows(NotFoundException.class, () -> admin.tenants().staff().remove(PlatformEnvironment.ALPHA, id));
        assertThrows(NotFoundException.class, () -> admin.tenants().staff().remove("lambda2", "not-an-id"));
        assertThrows(NotFoundException.class, () -> admin.tenants().staff().list("no-such-tenant",
                StaffListParams.none()).data());

        admin.tenants().staff().remove("lambda2", id);
        assertThrows(NotFoundException.class, () -> admin.tenants().staff().remove("lambda2", id));
        assertEquals(List.of("zhang.wei"), list(admin.tenants().staff().list("lambda2", StaffListParams.none()))
                .stream().map(StaffMember::username).toList());
        assertTrue(accessLogged("lambda2", "staff.invited") && accessLogged("lambda2", "staff.roles-changed")
                && accessLogged("lambda2", "staff.removed"));
    }

    @Test
    void aTenantAdminManagesItsOwnStaffAndNeverAnotherTenants() {
        TenantOnboarding xi = onboard("xi2");
        JicengClient tenant = JicengClient.builder().acceptLanguage("en").baseUrl(base)
                .clientCredentials(xi.issuer(), xi.machineClientId(), xi.machineClientSecret().orElseThrow()).build();
        StaffInvitation invited = tenant.staff().invite(StaffInviteParams.builder().username("zhou.min")
                .email("zhou.min@example.cn").addRole("grid-worker").build());
        assertEquals("zhou.min@example.cn", invited.member().email().orElseThrow(),
                "a tenant admin holds pii:read: e-mails in clear");
        List<StaffMember> people = list(tenant.staff().list(StaffListParams.none()));
        assertEquals(List.of("zhang.wei", "zhou.min"), people.stream().map(StaffMember::username).sorted().toList());
        assertTrue(accessLogged("xi2", "pii.read"), "the clear read is logged");
        assertEquals(List.of("street-officer"), tenant.staff().setRoles(invited.member().id(),
                List.of("street-officer")).roles());
        // a person of another tenant is not found through this tenant, and this tenant's never through another's
        String alphaPerson;
        try (RealmProvisioner realms = env.provisioner()) {
            realms.ensureUser(PlatformEnvironment.ALPHA, "xi2.probe", null, List.of("grid-worker"));
            alphaPerson = realms.userId(PlatformEnvironment.ALPHA, "xi2.probe").orElseThrow();
        }
        assertThrows(NotFoundException.class, () -> tenant.staff().setRoles(alphaPerson, List.of("resident")));
        assertThrows(NotFoundException.class, () -> tenant.staff().remove(alphaPerson));
        JicengClient alpha = Tenants.client(PlatformEnvironment.local(deployed), PlatformEnvironment.ALPHA,
                "alpha-admin");
        assertThrows(NotFoundException.class, () -> alpha.staff().remove(invited.member().id()));
        assertFalse(list(alpha.staff().list(StaffListParams.builder().search("zhou.min").build())).stream()
                .anyMatch(m -> m.id().equals(invited.member().id())));
        // only those who may manage staff, and never oneself
        String vendor = Http.token(env.issuer(PlatformEnvironment.ALPHA), "alpha-vendor",
                env.secret("alpha-vendor"));
        GridApiIT.assertProblem(Http.get(base + "api/v1/staff", vendor), 403);
        String self = Http.get(base + "api/v1/me", Http.token(xi.issuer(), xi.machineClientId(),
                xi.machineClientSecret().orElseThrow())).json().get("subject").asText();
        assertThrows(ConflictException.class, () -> tenant.staff().remove(self));
        assertThrows(BadRequestException.class, () -> tenant.staff().invite(StaffInviteParams.builder()
                .username("x").addRole("grid-worker").build()), "too short a username");
        // a leaver's assignments end with the account
        admin.tenants().importGrids("xi2", CSV.getBytes(StandardCharsets.UTF_8), GridFileFormat.CSV);
        org.jiceng.sdk.grids.Grid root = tenant.grids().list(GridListParams.none()).data().get(0);
        tenant.assignments().assignToGrid(org.jiceng.sdk.cases.GridAssignmentParams.builder()
                .subject(invited.member().id()).role("street-officer").gridId(root.id()).build());
        String xiToken = Http.token(xi.issuer(), xi.machineClientId(), xi.machineClientSecret().orElseThrow());
        String alphaPage = alpha.staff().list(StaffListParams.builder().limit(1).build()).nextCursor().orElse(null);
        if (alphaPage != null) {
            GridApiIT.assertProblem(Http.get(base + "api/v1/staff?cursor=" + alphaPage, xiToken), 400);
        }
        GridApiIT.assertProblem(Http.get(base + "api/v1/staff?cursor=forged", xiToken), 400);
        GridApiIT.assertProblem(Http.json("PUT", base + "api/v1/staff/" + invited.member().id() + "/roles", xiToken,
                "{\"roles\":[\"superuser\"]}"), 400);
        tenant.staff().remove(invited.member().id());
        assertThrows(NotFoundException.class, () -> tenant.staff().remove(invited.member().id()));
        assertEquals(0, Http.get(base + "api/v1/assignments?subject=" + invited.member().id(), Http.token(xi.issuer(),
                xi.machineClientId(), xi.machineClientSecret().orElseThrow())).json().get("data").size());
        assertTrue(accessLogged("xi2", "staff.removed"));
    }

    @Test
    void machineClientsAreCreatedAndTheirSecretsRotated() {
        TenantOnboarding mu2 = onboard("mu2");
        ApiClientSecret app = admin.tenants().clients().create("mu2", ApiClientCreateParams.builder()
                .clientId("mu2-grid-app").addRole("vendor-app").build());
        assertEquals(List.of("vendor-app"), app.roles());
        String token = Http.token(mu2.issuer(), "mu2-grid-app", app.secret());
        assertEquals(200, Http.get(base + "api/v1/grids", token).status());
        assertThrows(ConflictException.class, () -> admin.tenants().clients().create("mu2",
                ApiClientCreateParams.builder().clientId("mu2-grid-app").addRole("vendor-app").build()));
        assertThrows(BadRequestException.class, () -> admin.tenants().clients().create("mu2",
                ApiClientCreateParams.builder().clientId("UPPER").addRole("vendor-app").build()));
        assertTrue(admin.tenants().clients().list("mu2").stream().anyMatch(c -> c.clientId().equals("mu2-grid-app")
                && c.roles().equals(List.of("vendor-app"))));

        ApiClientSecret rotated = admin.tenants().clients().rotateSecret("mu2", "mu2-grid-app");
        assertFalse(rotated.secret().equals(app.secret()));
        assertEquals(200, Http.get(base + "api/v1/grids", Http.token(mu2.issuer(), "mu2-grid-app",
                rotated.secret())).status());
        assertThrows(AssertionError.class, () -> Http.token(mu2.issuer(), "mu2-grid-app", app.secret()),
                "the previous secret stops working at once");
        assertThrows(NotFoundException.class, () -> admin.tenants().clients().rotateSecret("mu2", "no-such-client"));
        assertThrows(NotFoundException.class, () -> admin.tenants().clients().rotateSecret("mu2", "jiceng-console"),
                "a browser client has no secret");
        assertThrows(NotFoundException.class, () -> admin.tenants().clients().rotateSecret(PlatformEnvironment.ALPHA,
                "mu2-grid-app"), "another tenant's client is not found under this code");

        // offboarding from the platform removes the realm it provisioned
        Open311Key key = admin.tenants().open311Keys().issue("mu2", "mu2-grid-app");
        assertThrows(BadRequestException.class, () -> admin.tenants().open311Keys().issue("mu2", "jiceng-console"),
                "a browser client holds no key");
        admin.tenants().suspend("mu2");
        String confirmation = admin.tenants().export("mu2").offboardingConfirmation().orElseThrow();
        assertThrows(ConflictException.class, () -> admin.tenants().importGrids("mu2",
                CSV.getBytes(StandardCharsets.UTF_8), GridFileFormat.CSV), "a suspended tenant's data does not change");
        assertThrows(ConflictException.class, () -> admin.tenants().open311Keys().issue("mu2", "mu2-grid-app"));
        admin.tenants().open311Keys().revoke("mu2", key.id());
        assertFalse(admin.tenants().open311Keys().retrieve("mu2", key.id()).active(),
                "a leaked key is revoked whatever state the tenant is in");
        admin.tenants().offboard("mu2", confirmation);
        try (RealmProvisioner realms = env.provisioner()) {
            assertFalse(realms.realmExists("mu2"));
        }
    }

    @Test
    void platformAdminsIssueAndRevokeATenantsOpen311KeysAndStopAndResumeItsWebhooksButNeverAcrossTenants() {
        String alpha = PlatformEnvironment.ALPHA;
        String beta = PlatformEnvironment.BETA;
        URL local = PlatformEnvironment.local(deployed);
        JicengClient alphaAdmin = Tenants.client(local, alpha, "alpha-admin");
        JicengClient vendor = Tenants.client(local, alpha, "alpha-vendor");

        // an Open311 key for the tenant's vendor, issued by the platform: the tenant sees it, the vendor files with it
        Open311Key issued = admin.tenants().open311Keys().issue(alpha, "alpha-vendor");
        String value = issued.key().orElseThrow();
        assertTrue(issued.createdBy().startsWith("platform:"), issued.createdBy());
        Open311Key seen = alphaAdmin.open311Keys().retrieve(issued.id());
        assertTrue(seen.active() && seen.key().isEmpty(), "the tenant sees it, without its value");
        assertTrue(StreamSupport.stream(admin.tenants().open311Keys().list(alpha, ListParams.builder().limit(100)
                .build()).autoPager().spliterator(), false).anyMatch(k -> k.id().equals(issued.id())));
        Http.Reply accepted = Http.send("POST", base + "open311/v2/requests.json", null,
                "application/x-www-form-urlencoded", ("api_key=" + value + "&jurisdiction_id=" + alpha
                        + "&service_code=OTHER&address_string=%E4%B8%AD%E5%8D%97%E8%A1%97&description=test"
                        + "&account_id=wx-platform-key")
                        .getBytes(StandardCharsets.UTF_8));
        // the gateway takes the key as the vendor: what it answers next is about the request, not the key
        assertTrue(accepted.status() != 403 && !accepted.body().contains("api_key"), accepted.body());

        // another tenant's code never reaches alpha's key, and alpha's cursor is not beta's
        assertThrows(NotFoundException.class, () -> admin.tenants().open311Keys().retrieve(beta, issued.id()));
        assertThrows(NotFoundException.class, () -> admin.tenants().open311Keys().revoke(beta, issued.id()));
        assertThrows(NotFoundException.class, () -> admin.tenants().open311Keys().issue("no-such-tenant",
                "alpha-vendor"));
        assertThrows(BadRequestException.class, () -> admin.tenants().open311Keys().issue(alpha, "not a client!"));
        assertThrows(BadRequestException.class, () -> admin.tenants().open311Keys().issue(alpha, "alpha-no-such-app"),
                "a key is for a machine client the realm holds");
        String platformToken = Http.token(env.issuer(RealmProvisioner.PLATFORM_REALM),
                PlatformEnvironment.PLATFORM_ADMIN, env.secret(PlatformEnvironment.PLATFORM_ADMIN));
        String alphaCursor = Http.get(base + "admin/v1/tenants/" + alpha + "/open311-keys?limit=1", platformToken)
                .json().path("nextCursor").asText();
        assertFalse(alphaCursor.isEmpty(), "alpha has more than one key by now");
        Http.Reply crossed = Http.get(base + "admin/v1/tenants/" + beta + "/open311-keys?cursor=" + alphaCursor,
                platformToken);
        assertEquals(400, crossed.status(), crossed.body());
        assertEquals(400, Http.get(base + "api/v1/open311-keys?cursor=" + alphaCursor,
                Tenants.token(alpha, "alpha-admin")).status(), "nor is the platform's cursor the tenant's");
        int tenantTokenOnAdmin = Http.get(base + "admin/v1/tenants/" + alpha + "/open311-keys",
                Tenants.token(alpha, "alpha-admin")).status();
        assertTrue(tenantTokenOnAdmin == 401 || tenantTokenOnAdmin == 403,
                "a tenant's token does not reach the platform's routes: " + tenantTokenOnAdmin);

        admin.tenants().open311Keys().revoke(alpha, issued.id());
        admin.tenants().open311Keys().revoke(alpha, issued.id());
        assertFalse(alphaAdmin.open311Keys().retrieve(issued.id()).active(), "revoked for the tenant too");
        Http.Reply refused = Http.send("POST", base + "open311/v2/requests.json", null,
                "application/x-www-form-urlencoded", ("api_key=" + value + "&jurisdiction_id=" + alpha
                        + "&service_code=OTHER&address_string=x&description=test&account_id=wx-platform-key")
                        .getBytes(StandardCharsets.UTF_8));
        assertEquals(403, refused.status(), refused.body());

        // a vendor's endpoint, seen by the platform without its secret or the query of its URL
        WebhookEndpoint endpoint = vendor.webhookEndpoints().create(WebhookEndpointCreateParams.builder()
                .url("http://127.0.0.1:9/hooks/jiceng?token=receiver-credential").eventTypes(List.of("case.*"))
                .build());
        try {
            WebhookEndpoint listed = StreamSupport.stream(admin.tenants().webhookEndpoints().list(alpha,
                    ListParams.builder().limit(100).build()).autoPager().spliterator(), false)
                    .filter(e -> e.id().equals(endpoint.id())).findFirst().orElseThrow();
            assertEquals("http://127.0.0.1:9/hooks/jiceng?…", listed.url());
            assertTrue(listed.secret().isEmpty());
            assertEquals("alpha-vendor", listed.clientId());

            WebhookEndpoint disabled = admin.tenants().webhookEndpoints().disable(alpha, listed);
            assertFalse(disabled.enabled());
            assertEquals("disabled by the platform's administrators", disabled.disabledReason().orElseThrow());
            assertEquals(disabled.disabledReason(), vendor.webhookEndpoints().retrieve(endpoint.id())
                    .disabledReason(), "the owner sees why");
            assertThrows(org.jiceng.sdk.errors.PreconditionFailedException.class,
                    () -> admin.tenants().webhookEndpoints().enable(alpha, listed), "at the version read only");
            Http.Reply noIfMatch = Http.send("POST", base + "admin/v1/tenants/" + alpha + "/webhook-endpoints/"
                    + endpoint.id() + ":enable", platformToken, "application/json", new byte[0]);
            assertEquals(428, noIfMatch.status(), noIfMatch.body());
            assertThrows(NotFoundException.class,
                    () -> admin.tenants().webhookEndpoints().retrieve(beta, endpoint.id()));
            assertThrows(NotFoundException.class,
                    () -> admin.tenants().webhookEndpoints().enable(beta, disabled));
            WebhookEndpoint enabled = admin.tenants().webhookEndpoints().enable(alpha, disabled);
            assertTrue(enabled.enabled() && enabled.disabledReason().isEmpty());
            try (Connection c = env.superConnection();
                 PreparedStatement logged = c.prepareStatement("select action from access_log where tenant_code = ? "
                         + "and record_id = ? order by occurred_at")) {
                logged.setString(1, alpha);
                logged.setString(2, endpoint.id());
                List<String> actions = new ArrayList<>();
                try (ResultSet rs = logged.executeQuery()) {
                    while (rs.next()) {
                        actions.add(rs.getString(1));
                    }
                }
                assertEquals(List.of("webhook_endpoint.disabled", "webhook_endpoint.enabled"), actions);
            } catch (java.sql.SQLException e) {
                throw new AssertionError(e);
            }
        } finally {
            vendor.webhookEndpoints().delete(vendor.webhookEndpoints().retrieve(endpoint.id()));
        }
    }

    @Test
    void anotherTenantsCodeNeverReachesATenantsOpen311KeysOrWebhookEndpoints() {
        String alpha = PlatformEnvironment.ALPHA;
        String beta = PlatformEnvironment.BETA;
        JicengClient vendor = Tenants.client(PlatformEnvironment.local(deployed), alpha, "alpha-vendor");
        Open311Key key = admin.tenants().open311Keys().issue(alpha, "alpha-vendor");
        WebhookEndpoint endpoint = vendor.webhookEndpoints().create(WebhookEndpointCreateParams.builder()
                .url("http://127.0.0.1:9/hooks/other-tenant").eventTypes(List.of("case.*")).build());
        try {
            ListParams all = ListParams.builder().limit(100).build();
            assertTrue(StreamSupport.stream(admin.tenants().open311Keys().list(beta, all).autoPager().spliterator(),
                    false).noneMatch(k -> k.id().equals(key.id())), "beta's list holds none of alpha's keys");
            assertThrows(NotFoundException.class, () -> admin.tenants().open311Keys().retrieve(beta, key.id()));
            assertThrows(NotFoundException.class, () -> admin.tenants().open311Keys().revoke(beta, key.id()));
            assertThrows(BadRequestException.class, () -> admin.tenants().open311Keys().issue(beta, "alpha-vendor"),
                    "alpha's client is not beta's");
            assertTrue(StreamSupport.stream(admin.tenants().webhookEndpoints().list(beta, all).autoPager()
                    .spliterator(), false).noneMatch(e -> e.id().equals(endpoint.id())));
            assertThrows(NotFoundException.class,
                    () -> admin.tenants().webhookEndpoints().retrieve(beta, endpoint.id()));
            assertThrows(NotFoundException.class,
                    () -> admin.tenants().webhookEndpoints().disable(beta, endpoint));
            assertThrows(NotFoundException.class,
                    () -> admin.tenants().webhookEndpoints().enable(beta, endpoint));
            // nothing changed in alpha
            assertTrue(admin.tenants().open311Keys().retrieve(alpha, key.id()).active());
            WebhookEndpoint unchanged = admin.tenants().webhookEndpoints().retrieve(alpha, endpoint.id());
            assertTrue(unchanged.enabled());
            assertEquals(endpoint.version(), unchanged.version());
        } finally {
            admin.tenants().open311Keys().revoke(alpha, key.id());
            vendor.webhookEndpoints().delete(vendor.webhookEndpoints().retrieve(endpoint.id()));
        }
    }

    /** Where the console is served: the platform's own origin. */
    private String origin() {
        java.net.URI u = java.net.URI.create(base);
        return u.getScheme() + "://" + u.getAuthority();
    }

    private static List<String> codes(JicengClient tenant, String parentId) {
        GridListParams.Builder params = GridListParams.builder().limit(500);
        if (parentId != null) {
            params.parentId(parentId);
        }
        return tenant.grids().list(params.build()).data().stream().map(org.jiceng.sdk.grids.Grid::code).sorted()
                .toList();
    }

    private boolean accessLogged(String tenant, String action) {
        try (Connection c = env.superConnection(); PreparedStatement ps = c.prepareStatement(
                "select count(*) from access_log where tenant_code = ? and action = ?")) {
            ps.setString(1, tenant);
            ps.setString(2, action);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> List<T> list(org.jiceng.sdk.Page<T> page) {
        return StreamSupport.stream(page.autoPager().spliterator(), false).toList();
    }

    private static <T> T single(org.jiceng.sdk.Page<T> page) {
        List<T> all = list(page);
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }
}
