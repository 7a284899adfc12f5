package org.jiceng.admin.cli;

/** An operator mistake or an unreachable service, reported as one clear line and exit code 1. */
public class CliError extends RuntimeException {
    public CliError(String message) {
        super(message);
    }
}
