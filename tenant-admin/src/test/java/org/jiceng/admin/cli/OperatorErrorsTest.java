package org.jiceng.admin.cli;

import org.jiceng.keycloak.KeycloakAdminException;
import org.jiceng.keycloak.RealmProvisioner;
import org.jiceng.admin.JicengAdmin;
import org.jiceng.admin.onboarding.OnboardingFailed;
import org.jiceng.sdk.errors.JicengIoException;
import org.jiceng.sdk.errors.JicengServiceException;
import org.jiceng.sdk.errors.Problem;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each operator mistake ends in one line that says what to fix, and exit code 1. */
class OperatorErrorsTest {

    @Test
    void unreachableServicesAreNamedWithTheOptionThatPointsAtThem() {
        KeycloakAdminException unreachable = assertThrows(KeycloakAdminException.class,
                () -> new RealmProvisioner("http://127.0.0.1:1", "admin", "admin").realmExists("sip"));
        assertTrue(ErrorReporter.describe(unreachable).contains("--keycloak-url"));
        assertTrue(ErrorReporter.describe(new JicengIoException("down", new ConnectException("Connection refused")))
                .contains("--platform-url"));
        assertTrue(ErrorReporter.describe(new OnboardingFailed("Onboarding of 'x' failed and was undone: y",
                unreachable)).contains("Keycloak is unreachable"));
    }

    @Test
    void platformRefusalsCarryTheProblem() {
        Problem taken = new Problem("https://jiceng.org/problems/conflict", "Conflict", 409,
                "Tenant code 'sip' is already registered", null, List.of());
        String message = ErrorReporter.describe(JicengServiceException.of(409, "req-1", taken));
        assertTrue(message.contains("HTTP 409") && message.contains("already registered"), message);
        assertTrue(ErrorReporter.describe(JicengServiceException.of(403, "req-2", null)).contains("platform-admin"));
    }

    @Test
    void theCommandLineReportsAnInvalidCodeAndAnUnreachableKeycloakWithExitCodeOne() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        Run invalid = run("onboard", "--code", "Bad Code", "--name", "x", "--kind", "DISTRICT", "--division-code",
                "320571", "--platform-url", "http://127.0.0.1:" + closedPort, "--keycloak-url",
                "http://127.0.0.1:" + closedPort, "--platform-client-secret", "s");
        assertEquals(1, invalid.exit);
        assertTrue(invalid.err.contains("Tenant code 'Bad Code' is invalid"), invalid.err);

        Run keycloakDown = run("clients", "list", "--tenant", "sip", "--keycloak-url",
                "http://127.0.0.1:" + closedPort);
        assertEquals(1, keycloakDown.exit);
        assertTrue(keycloakDown.err.contains("Keycloak is unreachable"), keycloakDown.err);

        Run noSecret = run("suspend", "sip", "--platform-client-secret", "");
        assertEquals(1, noSecret.exit);
        assertTrue(noSecret.err.contains("JICENG_PLATFORM_CLIENT_SECRET"), noSecret.err);

        Path notAGridFile = Files.createTempFile("grids", ".txt");
        Run badFile = run("onboard", "--code", "sip", "--name", "x", "--kind", "DISTRICT", "--division-code",
                "320571", "--grid-file", notAGridFile.toString(), "--platform-client-secret", "s");
        assertEquals(1, badFile.exit);
        assertTrue(badFile.err.contains(".geojson, .csv or .xlsx"), badFile.err);

        Run offboardUnconfirmed = run("offboard", "sip", "--export", "/tmp/x.zip");
        assertEquals(1, offboardUnconfirmed.exit);
        assertTrue(offboardUnconfirmed.err.contains("--yes"), offboardUnconfirmed.err);
    }

    private record Run(int exit, String err) {
    }

    private static Run run(String... args) {
        CommandLine cmd = JicengAdmin.commandLine();
        StringWriter err = new StringWriter();
        cmd.setErr(new PrintWriter(err));
        int exit = cmd.execute(args);
        return new Run(exit, err.toString());
    }
}
