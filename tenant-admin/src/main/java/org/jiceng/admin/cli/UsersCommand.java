package org.jiceng.admin.cli;

import org.jiceng.keycloak.RealmProvisioner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code users invite}: an account for a person in a tenant's realm. */
@Command(name = "users", mixinStandardHelpOptions = true, description = "Manage people's accounts of a tenant.",
        subcommands = {UsersCommand.Invite.class})
public final class UsersCommand {

    @Command(name = "invite", mixinStandardHelpOptions = true,
            description = "Create an account with a temporary password (shown once, changed at first login).")
    static final class Invite implements Callable<Integer> {
        @Mixin
        Connections connections;
        @Option(names = "--tenant", required = true)
        String tenant;
        @Option(names = "--username", required = true)
        String username;
        @Option(names = "--email")
        String email;
        @Option(names = "--role", required = true, description = "Realm role (repeatable), e.g. grid-worker")
        List<String> roles;

        @Override
        public Integer call() {
            try (RealmProvisioner realms = connections.realms()) {
                ClientsCommand.requireTenantRealm(realms, tenant);
                for (String role : roles) {
                    if (!RealmProvisioner.ROLES.contains(role)) {
                        throw new CliError("Unknown role '" + role + "'; one of " + RealmProvisioner.ROLES);
                    }
                }
                String password = realms.ensureUser(tenant, username, email, roles)
                        .orElseThrow(() -> new CliError("User '" + username + "' exists in " + tenant));
                System.out.println(username + "  temporary password " + password + "   (shown once)");
            }
            return 0;
        }
    }
}
