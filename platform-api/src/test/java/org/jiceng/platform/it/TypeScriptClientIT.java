package org.jiceng.platform.it;

import org.jiceng.sdk.JicengClient;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The TypeScript client ({@code sdk/typescript}, npm and Vitest) against this platform, and Redocly's lint of the
 * document it serves. Needs Node.js: skipped with the reason printed where it is missing, except under
 * {@code CI=true}.
 */
class TypeScriptClientIT extends AgainstPlatform {

    @Test
    void theTypeScriptClientPassesItsTestsAgainstThePlatform() throws Exception {
        Commands.require("node", "the TypeScript client's tests");
        Path npm = Commands.require("npm", "the TypeScript client's tests");
        Path project = Commands.repositoryRoot().resolve("sdk/typescript");
        String base = PlatformEnvironment.local(deployed).toString().replaceAll("/+$", "");
        PlatformEnvironment.State env = PlatformEnvironment.state();
        JicengClient alpha = Tenants.client(PlatformEnvironment.local(deployed), PlatformEnvironment.ALPHA, "alpha-admin");
        Tenants.alphaRoot(alpha);
        Tenants.betaRoot(Tenants.client(PlatformEnvironment.local(deployed), PlatformEnvironment.BETA, "beta-admin"));

        Commands.succeed(project, Map.of(), Duration.ofMinutes(5), npm.toString(), "ci", "--no-audit", "--no-fund");
        String out = Commands.succeed(project, Map.of(
                "JICENG_BASE_URL", base,
                "JICENG_OPENAPI_URL", openApi(),
                "JICENG_ISSUER", env.issuer(PlatformEnvironment.ALPHA),
                "JICENG_CLIENT_ID", "alpha-admin",
                "JICENG_CLIENT_SECRET", env.secret("alpha-admin"),
                "JICENG_OTHER_ISSUER", env.issuer(PlatformEnvironment.BETA),
                "JICENG_OTHER_CLIENT_ID", "beta-admin",
                "JICENG_OTHER_CLIENT_SECRET", env.secret("beta-admin"),
                "NO_COLOR", "1"), Duration.ofMinutes(5), npm.toString(), "test");
        assertTrue(out.contains("passed"), out);
        assertFalse(out.contains("skipped"), "every test ran: " + out);
    }

    /** The runtime serves the document at the server's root, whatever the application's context. */
    private String openApi() {
        java.net.URL local = PlatformEnvironment.local(deployed);
        return local.getProtocol() + "://" + local.getHost() + ":" + local.getPort() + "/openapi";
    }

    @Test
    void theServedDocumentPassesRedoclysRecommendedRules() throws Exception {
        Commands.require("node", "the OpenAPI lint");
        Path npm = Commands.require("npm", "the OpenAPI lint");
        Path project = Commands.repositoryRoot().resolve("sdk/typescript");
        if (!project.resolve("node_modules/.bin/redocly").toFile().exists()) {
            Commands.succeed(project, Map.of(), Duration.ofMinutes(5), npm.toString(), "ci", "--no-audit", "--no-fund");
        }
        String out = Commands.succeed(project, Map.of("NO_COLOR", "1"), Duration.ofMinutes(3), npm.toString(), "run",
                "lint:openapi", "--", openApi());
        assertTrue(out.contains("valid"), out);
    }
}
