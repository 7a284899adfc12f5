package org.jiceng.bench;

import org.jiceng.sdk.JicengClient;
import org.jiceng.sdk.cases.CaseCreateParams;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * P4: case intake with many tenants active against intake into one. Registers synthetic district tenants whose
 * tokens come from {@link BenchIssuer} (registration is skipped for those that exist), gives each a root grid,
 * warms every tenant once, then alternates a round of intakes into one tenant with a round spread over all of them,
 * same count and concurrency, and prints both rates and their ratio.
 */
@Command(name = "multi-tenant-benchmark", mixinStandardHelpOptions = true,
        description = "Case intake with N tenants active ÷ with one tenant (P4).")
public final class MultiTenantBenchmark implements Callable<Integer> {
    @Option(names = "--platform-url", defaultValue = "http://127.0.0.1:8080")
    String platformUrl;
    @Option(names = "--platform-issuer", defaultValue = "http://127.0.0.1:8180/realms/jiceng-platform")
    String platformIssuer;
    @Option(names = "--platform-client-secret", defaultValue = "${env:JICENG_PLATFORM_CLIENT_SECRET}",
            required = true, description = "platform-cli's secret: registers the synthetic tenants")
    String platformSecret;
    @Option(names = "--tenants", defaultValue = "1000")
    int tenants;
    @Option(names = "--requests", defaultValue = "2000", description = "intakes per round")
    int requests;
    @Option(names = "--rounds", defaultValue = "2", description = "rounds of each kind, alternating")
    int rounds;
    @Option(names = "--concurrency", defaultValue = "4")
    int concurrency;
    @Option(names = "--issuer-port", defaultValue = "18199",
            description = "loopback port of the bench issuer; registered tenants keep it, so keep it across runs")
    int issuerPort;
    @Option(names = "--audience", defaultValue = "jiceng-api")
    String audience;

    public static void main(String[] args) {
        System.exit(new CommandLine(new MultiTenantBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        try (BenchIssuer issuer = new BenchIssuer(issuerPort, audience)) {
            JicengClient platform = JicengClient.builder().baseUrl(platformUrl).httpClient(http)
                    .clientCredentials(platformIssuer, "platform-cli", platformSecret).build();
            long t0 = System.nanoTime();
            List<BenchTenants.Target> targets = new ArrayList<>();
            for (int i = 0; i < tenants; i++) {
                targets.add(BenchTenants.prepare(platform, issuer, http, platformUrl, i));
                if ((i + 1) % 100 == 0) {
                    System.out.printf("prepared %d tenants (%.0f s)%n", i + 1, (System.nanoTime() - t0) / 1e9);
                }
            }
            // every tenant's issuer keys, registry entry and catalogue are loaded before either side is measured
            run(targets, targets.size(), false);
            run(targets, requests / 4, true);

            double one = 0;
            double many = 0;
            for (int r = 0; r < rounds; r++) {
                double oneRate = run(targets, requests, true);
                double manyRate = run(targets, requests, false);
                System.out.printf("round %d: one tenant %.1f/s, %d tenants %.1f/s%n", r + 1, oneRate, tenants,
                        manyRate);
                one += oneRate;
                many += manyRate;
            }
            one /= rounds;
            many /= rounds;
            System.out.printf("intake into one tenant: %.1f/s (%d clients)%n", one, concurrency);
            System.out.printf("intake spread over %d tenants: %.1f/s (%d clients)%n", tenants, many, concurrency);
            System.out.printf("ratio %d tenants / 1 tenant: %.3f%n", tenants, many / one);
        }
        return 0;
    }

    /** Intakes at the configured concurrency, into the first tenant only or round-robin over all; rate per second. */
    private double run(List<BenchTenants.Target> targets, int n, boolean oneTenant) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        AtomicInteger seq = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            futures.add(pool.submit(() -> {
                int k = seq.getAndIncrement();
                BenchTenants.Target t = targets.get(oneTenant ? 0 : k % targets.size());
                t.client().cases().report(CaseCreateParams.builder().title("路灯不亮").description("benchmark")
                        .categoryCode("FACILITY_REPAIR").gridId(t.root().id()).reporterExternalId("bench-" + k)
                        .build());
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return n / seconds;
    }
}
