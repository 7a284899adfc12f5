package org.jiceng.admin.cli;

import org.jiceng.keycloak.RealmProvisioner;
import org.jiceng.sdk.JicengClient;
import picocli.CommandLine.Option;

/**
 * Where the platform and Keycloak are, and the credentials of a platform admin. Every option also reads an
 * environment variable, so that secrets need not appear on the command line ({@code jiceng-admin dev} writes
 * them to a file to source).
 */
public final class Connections {
    @Option(names = "--platform-url", defaultValue = "${env:JICENG_PLATFORM_URL:-http://127.0.0.1:8080}",
            description = "Platform base URL ($JICENG_PLATFORM_URL, default ${DEFAULT-VALUE})")
    String platformUrl;
    @Option(names = "--keycloak-url", defaultValue = "${env:JICENG_KEYCLOAK_URL:-http://127.0.0.1:8180}",
            description = "Keycloak base URL ($JICENG_KEYCLOAK_URL, default ${DEFAULT-VALUE})")
    String keycloakUrl;
    @Option(names = "--keycloak-admin", defaultValue = "${env:JICENG_KEYCLOAK_ADMIN:-admin}",
            description = "Keycloak admin user of the master realm ($JICENG_KEYCLOAK_ADMIN)")
    String keycloakAdmin;
    @Option(names = "--keycloak-password", defaultValue = "${env:JICENG_KEYCLOAK_PASSWORD:-admin}",
            description = "Its password ($JICENG_KEYCLOAK_PASSWORD)")
    String keycloakPassword;
    @Option(names = "--platform-client-id", defaultValue = "${env:JICENG_PLATFORM_CLIENT_ID:-platform-cli}",
            description = "Machine client of the jiceng-platform realm with the platform-admin role "
                    + "($JICENG_PLATFORM_CLIENT_ID)")
    String platformClientId;
    @Option(names = "--platform-client-secret", defaultValue = "${env:JICENG_PLATFORM_CLIENT_SECRET}",
            description = "Its secret ($JICENG_PLATFORM_CLIENT_SECRET)")
    String platformClientSecret;

    public RealmProvisioner realms() {
        return new RealmProvisioner(trim(keycloakUrl), keycloakAdmin, keycloakPassword);
    }

    public String issuer(String realm) {
        return trim(keycloakUrl) + "/realms/" + realm;
    }

    /** A client acting as platform admin. */
    public JicengClient platform() {
        if (platformClientSecret == null || platformClientSecret.isBlank()) {
            throw new CliError("No platform admin credentials: set JICENG_PLATFORM_CLIENT_SECRET (and "
                    + "JICENG_PLATFORM_CLIENT_ID) or pass --platform-client-secret");
        }
        return JicengClient.builder().baseUrl(trim(platformUrl))
                .clientCredentials(issuer(RealmProvisioner.PLATFORM_REALM), platformClientId, platformClientSecret)
                .build();
    }

    public JicengClient tenant(String issuer, String clientId, String secret) {
        return JicengClient.builder().baseUrl(trim(platformUrl)).clientCredentials(issuer, clientId, secret).build();
    }

    String platformUrl() {
        return trim(platformUrl);
    }

    String keycloakUrl() {
        return trim(keycloakUrl);
    }

    private static String trim(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
