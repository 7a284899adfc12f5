package org.jiceng.admin;

import org.jiceng.admin.dev.DevCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code jiceng-admin}: the platform admins' command line. */
@Command(name = "jiceng-admin", mixinStandardHelpOptions = true, version = "jiceng-admin 0.1.0",
        description = "Operate the Jiceng platform: run it locally, onboard and manage tenants.",
        subcommands = {DevCommand.class, CommandLine.HelpCommand.class})
public final class JicengAdmin {
    public static void main(String[] args) {
        System.exit(new CommandLine(new JicengAdmin()).execute(args));
    }
}
