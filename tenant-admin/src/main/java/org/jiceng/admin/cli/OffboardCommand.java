package org.jiceng.admin.cli;

import org.jiceng.keycloak.RealmProvisioner;
import org.jiceng.admin.onboarding.Offboarder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.Console;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code offboard CODE --export FILE}: export everything, then erase the tenant and its realm. */
@Command(name = "offboard", mixinStandardHelpOptions = true,
        description = {"Suspend the tenant, export every record to FILE, then erase its data on the platform and "
                + "delete its realm. Only the access log stays, for its retention period."})
public final class OffboardCommand implements Callable<Integer> {
    @Mixin
    Connections connections;
    @Parameters(paramLabel = "CODE", description = "Tenant code")
    String code;
    @Option(names = "--export", required = true, paramLabel = "FILE", description = "Where to write the ZIP export")
    Path export;
    @Option(names = "--yes", description = "Do not ask for confirmation (for scripts)")
    boolean yes;

    @Override
    public Integer call() {
        if (!yes) {
            Console console = System.console();
            if (console == null) {
                throw new CliError("Offboarding erases the tenant: confirm with --yes when not at a terminal");
            }
            String typed = console.readLine("This erases every record of '%s'. Type its code to confirm: ", code);
            if (!code.equals(typed == null ? null : typed.strip())) {
                throw new CliError("Not confirmed; nothing was changed");
            }
        }
        try (RealmProvisioner realms = connections.realms()) {
            Map<String, Long> deleted = new Offboarder(realms, connections.platform()).offboard(code, export);
            System.out.println("Exported to " + export.toAbsolutePath() + "; erased " + code + ": " + deleted);
        }
        return 0;
    }
}
