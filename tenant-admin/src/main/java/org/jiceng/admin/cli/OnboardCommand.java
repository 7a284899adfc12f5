package org.jiceng.admin.cli;

import org.jiceng.keycloak.RealmProvisioner;
import org.jiceng.admin.onboarding.Onboarder;
import org.jiceng.admin.onboarding.OnboardingResult;
import org.jiceng.admin.onboarding.TenantSpec;
import org.jiceng.sdk.grids.GridFileFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code jiceng-admin onboard}: one command from nothing to a working tenant with its grid tree. */
@Command(name = "onboard", mixinStandardHelpOptions = true,
        description = {"Create a tenant's realm, clients and first admin, register it with the platform and import "
                + "its grid file. Safe to repeat; a failure half-way removes what this run made.",
                "Prints new secrets and passwords once; they are stored nowhere else."})
public final class OnboardCommand implements Callable<Integer> {
    @Mixin
    Connections connections;
    @Option(names = "--code", required = true, description = "Tenant code, e.g. sip (realm jiceng-<code>)")
    String code;
    @Option(names = "--name", required = true, description = "Display name, e.g. 苏州工业园区")
    String name;
    @Option(names = "--kind", required = true, description = "CITY or DISTRICT")
    String kind;
    @Option(names = "--division-code", required = true, description = "6-digit administrative division code")
    String divisionCode;
    @Option(names = "--admin-user", description = "Username of the first tenant admin (a person)")
    String adminUser;
    @Option(names = "--admin-email", description = "E-mail of that person")
    String adminEmail;
    @Option(names = "--browser-origin", description = "Origin of a vendor's browser app (repeatable): creates a "
            + "public PKCE client and allows the origin for CORS")
    List<String> browserOrigins = List.of();
    @Option(names = "--grid-file", description = ".geojson, .csv (UTF-8 or GB18030) or .xlsx grid file to import")
    Path gridFile;

    @Override
    public Integer call() throws IOException {
        byte[] grid = null;
        GridFileFormat format = null;
        if (gridFile != null) {
            if (!Files.isReadable(gridFile)) {
                throw new CliError("Cannot read grid file " + gridFile);
            }
            try {
                format = GridFileFormat.of(gridFile);
            } catch (IllegalArgumentException e) {
                throw new CliError(e.getMessage());
            }
            grid = Files.readAllBytes(gridFile);
        }
        TenantSpec spec = new TenantSpec(code, name, kind.toUpperCase(java.util.Locale.ROOT), divisionCode, adminUser,
                adminEmail, browserOrigins, grid, format);
        try (RealmProvisioner realms = connections.realms()) {
            // the tenant's staff sign in to the platform's console, served from the platform's own URL
            OnboardingResult r = new Onboarder(realms, connections.platform(), connections::issuer,
                    c -> connections.tenant(c.issuer(), c.clientId(), c.secret()))
                    .withConsoleAt(List.of(java.net.URI.create(connections.platformUrl()).resolve("/").toString()
                            .replaceAll("/$", ""))).onboard(spec);
            print(r);
            if (realms.shareWithProvisioner(provisionerClientId, code)) {
                System.out.println("  the platform's Keycloak account " + provisionerClientId + " manages the realm too");
            }
        }
        return 0;
    }

    @picocli.CommandLine.Option(names = "--provisioner-client-id", defaultValue = "jiceng-provisioner",
            description = "The platform's Keycloak service account, if the operator made one: it is given the "
                    + "management of the new realm (default ${DEFAULT-VALUE})")
    String provisionerClientId;

    private void print(OnboardingResult r) {
        System.out.println((r.tenantCreated() ? "Onboarded " : "Already onboarded, brought up to date: ") + r.code());
        System.out.println("  issuer          " + r.issuer());
        System.out.println("  machine client  " + r.machineClientId() + r.machineClientSecret()
                .map(s -> "  secret " + s + "   (shown once)").orElse("  (exists; rotate with clients rotate-secret)"));
        r.adminUser().ifPresent(u -> System.out.println("  tenant admin    " + u + r.adminTemporaryPassword()
                .map(p -> "  temporary password " + p + "   (shown once, changed at first login)")
                .orElse("  (exists)")));
        r.browserClientId().ifPresent(b -> System.out.println("  browser client  " + b + " (public, PKCE)"));
        r.gridImport().ifPresent(g -> System.out.println("  grid file       " + g.rows() + " rows: " + g.created()
                + " created, " + g.updated() + " updated, " + g.unchanged() + " unchanged"));
    }
}
