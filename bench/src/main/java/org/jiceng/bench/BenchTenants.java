package org.jiceng.bench;

import org.jiceng.sdk.JicengClient;
import org.jiceng.sdk.ListParams;
import org.jiceng.sdk.errors.NotFoundException;
import org.jiceng.sdk.grids.Grid;
import org.jiceng.sdk.grids.GridCreateParams;
import org.jiceng.sdk.grids.GridLevel;
import org.jiceng.sdk.grids.GridListParams;
import org.jiceng.sdk.tenants.TenantRegisterParams;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;

/**
 * The synthetic district tenants of the benchmarks ({@code bench-0000} …), registered once with tokens from a
 * {@link BenchIssuer} and a rate limit no run reaches, each with its root grid.
 */
final class BenchTenants {
    static final List<String> ADMIN = List.of("tenant-admin");

    /** A tenant's client (acting as its administrator) and its root grid. */
    record Target(String code, JicengClient client, Grid root) {
    }

    private BenchTenants() {
    }

    static String code(int i) {
        return String.format("bench-%04d", i);
    }

    /** The tenant registered if new, with its root grid; a client signed by {@code issuer}. */
    static Target prepare(JicengClient platform, BenchIssuer issuer, HttpClient http, String platformUrl, int i)
            throws Exception {
        String code = code(i);
        try {
            platform.tenants().retrieve(code);
        } catch (NotFoundException e) {
            platform.tenants().register(TenantRegisterParams.builder().code(code).name("压测区 " + i)
                    .kind("DISTRICT").divisionCode(division(i)).issuer(issuer.issuer(realm(code)))
                    .rateLimitPerMinute(1_000_000).build());
        }
        JicengClient client = client(issuer, http, platformUrl, code);
        List<Grid> roots = client.grids().list(GridListParams.none()).data();
        Grid root = roots.isEmpty() ? client.grids().create(GridCreateParams.builder().level(GridLevel.DISTRICT)
                .code(division(i)).name("压测区 " + i).build()) : roots.get(0);
        client.caseCategories().list(ListParams.none());
        return new Target(code, client, root);
    }

    /** The tenant's administrator, with a token of the bench issuer valid for four hours. */
    static JicengClient client(BenchIssuer issuer, HttpClient http, String platformUrl, String code)
            throws Exception {
        String token = issuer.token(realm(code), code + "-admin", ADMIN, Duration.ofHours(4));
        return JicengClient.builder().baseUrl(platformUrl).httpClient(http).tokenSupplier(() -> token)
                .timeout(Duration.ofSeconds(60)).build();
    }

    static String realm(String code) {
        return "jiceng-" + code;
    }

    /** A district's six-digit division code (never ending in 00), distinct per synthetic tenant. */
    static String division(int i) {
        return String.valueOf(910_001 + i / 99 * 100 + i % 99);
    }
}
