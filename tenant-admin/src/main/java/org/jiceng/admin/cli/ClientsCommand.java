package org.jiceng.admin.cli;

import org.jiceng.keycloak.RealmProvisioner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code clients create|list|rotate-secret}: a tenant's machine clients. */
@Command(name = "clients", mixinStandardHelpOptions = true, description = "Manage a tenant's API clients.",
        subcommands = {ClientsCommand.Create.class, ClientsCommand.ListClients.class, ClientsCommand.Rotate.class})
public final class ClientsCommand {

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a machine client (client-credentials grant); prints its secret once.")
    static final class Create implements Callable<Integer> {
        @Mixin
        Connections connections;
        @Option(names = "--tenant", required = true)
        String tenant;
        @Option(names = "--client-id", required = true)
        String clientId;
        @Option(names = "--role", description = "Realm role of its service account (repeatable), e.g. vendor-app")
        List<String> roles = List.of("vendor-app");

        @Override
        public Integer call() {
            try (RealmProvisioner realms = connections.realms()) {
                requireTenantRealm(realms, tenant);
                for (String role : roles) {
                    if (!RealmProvisioner.ROLES.contains(role)) {
                        throw new CliError("Unknown role '" + role + "'; one of " + RealmProvisioner.ROLES);
                    }
                }
                if (realms.clientExists(tenant, clientId)) {
                    throw new CliError("Client '" + clientId + "' exists; use clients rotate-secret for a new secret");
                }
                String secret = realms.ensureServiceClient(tenant, clientId, roles, 0);
                System.out.println(clientId + "  secret " + secret + "   (shown once)");
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the tenant's API clients.")
    static final class ListClients implements Callable<Integer> {
        @Mixin
        Connections connections;
        @Option(names = "--tenant", required = true)
        String tenant;

        @Override
        public Integer call() {
            try (RealmProvisioner realms = connections.realms()) {
                requireTenantRealm(realms, tenant);
                realms.listClients(tenant).forEach((id, kind) -> System.out.printf("%-30s %s%n", id, kind));
            }
            return 0;
        }
    }

    @Command(name = "rotate-secret", mixinStandardHelpOptions = true,
            description = "Issue a new secret for a machine client; the old one stops working at once.")
    static final class Rotate implements Callable<Integer> {
        @Mixin
        Connections connections;
        @Option(names = "--tenant", required = true)
        String tenant;
        @Option(names = "--client-id", required = true)
        String clientId;

        @Override
        public Integer call() {
            try (RealmProvisioner realms = connections.realms()) {
                requireTenantRealm(realms, tenant);
                try {
                    System.out.println(clientId + "  new secret " + realms.rotateSecret(tenant, clientId)
                            + "   (shown once)");
                } catch (IllegalArgumentException e) {
                    throw new CliError(e.getMessage());
                }
            }
            return 0;
        }
    }

    static void requireTenantRealm(RealmProvisioner realms, String tenant) {
        if (!realms.realmExists(tenant)) {
            throw new CliError("No realm " + RealmProvisioner.realmName(tenant) + ": onboard the tenant first");
        }
    }
}
