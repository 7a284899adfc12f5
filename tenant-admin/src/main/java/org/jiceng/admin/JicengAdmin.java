package org.jiceng.admin;

import org.jiceng.admin.cli.ClientsCommand;
import org.jiceng.admin.cli.ErrorReporter;
import org.jiceng.admin.cli.OffboardCommand;
import org.jiceng.admin.cli.OnboardCommand;
import org.jiceng.admin.cli.StatusCommands;
import org.jiceng.admin.cli.UsersCommand;
import org.jiceng.admin.dev.DevCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code jiceng-admin}: the platform admins' command line. */
@Command(name = "jiceng-admin", mixinStandardHelpOptions = true, version = "jiceng-admin 0.1.0",
        description = "Operate the Jiceng platform: run it locally, onboard and manage tenants.",
        subcommands = {DevCommand.class, OnboardCommand.class, StatusCommands.Suspend.class,
                StatusCommands.Resume.class, OffboardCommand.class, ClientsCommand.class, UsersCommand.class,
                CommandLine.HelpCommand.class})
public final class JicengAdmin {
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with its error reporting, as {@code main} runs it. */
    public static CommandLine commandLine() {
        return new CommandLine(new JicengAdmin()).setExecutionExceptionHandler(new ErrorReporter());
    }
}
