package org.jiceng.bench;

import org.jiceng.sdk.JicengClient;
import org.jiceng.sdk.grids.GridListParams;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * P5: what the SDK adds to a call. The same read ({@code GET /api/v1/grids?limit=1}) with the same token, once
 * through the SDK (request building, retries wrapper, JSON into models) and once with the JDK {@code HttpClient}
 * alone, alternating in rounds so that both see the same server and JIT state; prints both latencies and their ratio.
 */
@Command(name = "sdk-overhead-benchmark", mixinStandardHelpOptions = true,
        description = "An SDK call vs. the same call with the JDK HttpClient.")
public final class SdkOverheadBenchmark implements Callable<Integer> {
    @Mixin
    PlatformOptions platform;
    @Option(names = "--calls", defaultValue = "2000", description = "Calls of each kind")
    int calls;
    @Option(names = "--warmup", defaultValue = "500")
    int warmup;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SdkOverheadBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String token = ClientCredentials.token(http, platform.issuer, platform.clientId, platform.clientSecret);
        JicengClient sdk = JicengClient.builder().baseUrl(platform.platformUrl).tokenSupplier(() -> token)
                .httpClient(http).build();
        HttpRequest raw = HttpRequest.newBuilder(URI.create(platform.platformUrl + "/api/v1/grids?limit=1"))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build();
        GridListParams one = GridListParams.builder().limit(1).build();

        Runnable viaSdk = () -> sdk.grids().list(one).data();
        Runnable viaJdk = () -> {
            try {
                HttpResponse<String> r = http.send(raw, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("HTTP " + r.statusCode());
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        long[] sdkNanos = new long[calls];
        long[] jdkNanos = new long[calls];
        try (RateLimitLift lifted = platform.liftRateLimit()) {
            for (int i = 0; i < warmup; i++) {
                viaSdk.run();
                viaJdk.run();
            }
            for (int i = 0; i < calls; i++) {
                // alternate which goes first, so neither always meets the warmer connection
                if (i % 2 == 0) {
                    sdkNanos[i] = time(viaSdk);
                    jdkNanos[i] = time(viaJdk);
                } else {
                    jdkNanos[i] = time(viaJdk);
                    sdkNanos[i] = time(viaSdk);
                }
            }
        }
        double sdkMean = mean(sdkNanos);
        double jdkMean = mean(jdkNanos);
        System.out.printf("SDK:  mean %.3f ms, median %.3f ms, p99 %.3f ms%n", sdkMean / 1e6,
                percentile(sdkNanos, 50) / 1e6, percentile(sdkNanos, 99) / 1e6);
        System.out.printf("JDK:  mean %.3f ms, median %.3f ms, p99 %.3f ms%n", jdkMean / 1e6,
                percentile(jdkNanos, 50) / 1e6, percentile(jdkNanos, 99) / 1e6);
        System.out.printf("P5 ratio (SDK ÷ JDK, means): %.3f; medians: %.3f%n", sdkMean / jdkMean,
                (double) percentile(sdkNanos, 50) / percentile(jdkNanos, 50));
        return 0;
    }

    private static long time(Runnable call) {
        long start = System.nanoTime();
        call.run();
        return System.nanoTime() - start;
    }

    private static double mean(long[] values) {
        return Arrays.stream(values).average().orElse(0);
    }

    private static long percentile(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
