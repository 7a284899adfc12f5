package org.jiceng.platform.it;

import org.jiceng.sdk.JicengClient;
import org.jiceng.sdk.grids.Grid;
import org.jiceng.sdk.grids.GridCreateParams;
import org.jiceng.sdk.grids.GridLevel;
import org.jiceng.sdk.grids.GridListParams;

import java.net.URL;
import java.time.Duration;

/** SDK clients of the test tenants' machine clients, and their roots. */
public final class Tenants {
    private Tenants() {
    }

    public static JicengClient client(URL base, String tenant, String clientId) {
        PlatformEnvironment.State env = PlatformEnvironment.state();
        return JicengClient.builder().acceptLanguage("en").baseUrl(base.toString())
                .clientCredentials(env.issuer(tenant), clientId, env.secret(clientId))
                .timeout(Duration.ofSeconds(30))
                .build();
    }

    public static String token(String tenant, String clientId) {
        PlatformEnvironment.State env = PlatformEnvironment.state();
        return Http.token(env.issuer(tenant), clientId, env.secret(clientId));
    }

    /** The tenant's root node, created on first use (IT classes share one database). */
    public static synchronized Grid root(JicengClient client, String kind, String divisionCode, String name) {
        var roots = client.grids().list(GridListParams.none()).data();
        if (!roots.isEmpty()) {
            return roots.get(0);
        }
        return client.grids().create(GridCreateParams.builder().level(GridLevel.valueOf(kind)).code(divisionCode)
                .name(name).build());
    }

    public static Grid alphaRoot(JicengClient alpha) {
        return root(alpha, "DISTRICT", PlatformEnvironment.ALPHA_DIVISION, "Alpha District");
    }

    public static Grid betaRoot(JicengClient beta) {
        return root(beta, "CITY", PlatformEnvironment.BETA_DIVISION, "Beta City");
    }
}
