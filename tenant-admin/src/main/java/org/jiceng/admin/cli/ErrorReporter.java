package org.jiceng.admin.cli;

import org.jiceng.admin.onboarding.OnboardingFailed;
import org.jiceng.keycloak.KeycloakAdminException;
import org.jiceng.sdk.errors.JicengIoException;
import org.jiceng.sdk.errors.JicengServiceException;
import picocli.CommandLine;

import java.io.UncheckedIOException;

/** Turns what goes wrong in a command into one message an operator can act on, and exit code 1. */
public final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        cmd.getErr().println("error: " + describe(e));
        return 1;
    }

    static String describe(Throwable e) {
        if (e instanceof CliError || e instanceof OnboardingFailed) {
            String cause = e.getCause() == null ? "" : rootHint(e.getCause());
            return e.getMessage() + cause;
        }
        if (e instanceof KeycloakAdminException k) {
            if (k.status() == 0) {
                return "Keycloak is unreachable (" + rootMessage(e) + "): check --keycloak-url / JICENG_KEYCLOAK_URL";
            }
            if (k.status() == 400 || k.status() == 401) {
                return "Keycloak refused the admin credentials: check --keycloak-admin / --keycloak-password";
            }
            return k.getMessage();
        }
        if (e instanceof JicengIoException) {
            return "The platform is unreachable (" + rootMessage(e) + "): check --platform-url / JICENG_PLATFORM_URL";
        }
        if (e instanceof JicengServiceException s) {
            if (s.statusCode() == 401 || s.statusCode() == 403) {
                return "The platform refused the platform-admin credentials (HTTP " + s.statusCode() + "): "
                        + s.problem();
            }
            return "The platform refused the request (HTTP " + s.statusCode() + "): " + s.problem();
        }
        if (e instanceof UncheckedIOException io) {
            return io.getMessage() + ": " + rootMessage(io);
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private static String rootHint(Throwable cause) {
        if (cause instanceof KeycloakAdminException || cause instanceof JicengIoException) {
            return " (" + describe(cause) + ")";
        }
        return "";
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
