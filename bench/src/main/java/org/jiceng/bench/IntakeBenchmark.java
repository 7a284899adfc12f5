package org.jiceng.bench;

import org.jiceng.sdk.JicengClient;
import org.jiceng.sdk.ListParams;
import org.jiceng.sdk.cases.CaseCreateParams;
import org.jiceng.sdk.grids.Grid;
import org.jiceng.sdk.grids.GridListParams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Case intake through the SDK against a running platform, then the same SQL transaction through pgbench on the same
 * database, with the same concurrency; prints both rates and their ratio. Run it against {@code jiceng-admin dev}
 * (see bench/README.md).
 */
@Command(name = "intake-benchmark", mixinStandardHelpOptions = true,
        description = "Case intake through the SDK vs. the same transaction in pgbench.")
public final class IntakeBenchmark implements Callable<Integer> {
    @Mixin
    PlatformOptions platform;
    @Option(names = "--requests", defaultValue = "2000")
    int requests;
    @Option(names = "--concurrency", defaultValue = "4")
    int concurrency;
    @Option(names = "--warmup", defaultValue = "200")
    int warmup;
    @Option(names = "--pgbench", defaultValue = "pgbench", description = "pgbench executable")
    String pgbench;
    @Option(names = "--db-url", defaultValue = "postgresql://jiceng_app:jiceng_app@127.0.0.1:54329/jiceng",
            description = "libpq URL of the platform's database, as the application role")
    String dbUrl;

    public static void main(String[] args) {
        System.exit(new CommandLine(new IntakeBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        JicengClient client = JicengClient.builder().baseUrl(platform.platformUrl)
                .clientCredentials(platform.issuer, platform.clientId, platform.clientSecret)
                .timeout(Duration.ofSeconds(60)).build();
        Grid root = client.grids().list(GridListParams.none()).data().get(0);
        client.caseCategories().list(ListParams.none()); // the catalogue exists before either side runs

        List<Long> latencies;
        double seconds;
        try (RateLimitLift lifted = platform.liftRateLimit()) {
            run(client, root.id(), warmup);
            long t0 = System.nanoTime();
            latencies = run(client, root.id(), requests);
            seconds = (System.nanoTime() - t0) / 1e9;
        }
        double platformRate = requests / seconds;
        Collections.sort(latencies);

        double pgRate = pgbench(root.id());
        System.out.printf("platform (SDK → Payara → PostgreSQL): %d intakes, %d clients: %.1f/s, p50 %.1f ms, "
                        + "p95 %.1f ms, p99 %.1f ms%n", requests, concurrency, platformRate, ms(latencies, 0.50),
                ms(latencies, 0.95), ms(latencies, 0.99));
        System.out.printf("pgbench (same transaction, same database): %.1f/s%n", pgRate);
        System.out.printf("ratio platform / raw PostgreSQL: %.3f%n", platformRate / pgRate);
        return 0;
    }

    private List<Long> run(JicengClient client, String gridId, int n) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        AtomicInteger seq = new AtomicInteger();
        List<Future<Long>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            futures.add(pool.submit(() -> {
                long start = System.nanoTime();
                client.cases().report(CaseCreateParams.builder().title("路灯不亮").description("benchmark")
                        .categoryCode("FACILITY_REPAIR").gridId(gridId)
                        .reporterExternalId("bench-" + seq.incrementAndGet()).build());
                return System.nanoTime() - start;
            }));
        }
        List<Long> latencies = new ArrayList<>();
        for (Future<Long> f : futures) {
            latencies.add(f.get());
        }
        pool.shutdown();
        return latencies;
    }

    private double pgbench(String gridId) throws Exception {
        Path script = Files.createTempFile("intake", ".sql");
        try (InputStream in = IntakeBenchmark.class.getResourceAsStream("/intake.sql")) {
            Files.write(script, in.readAllBytes());
        }
        Process p = new ProcessBuilder(pgbench, "-n", "-c", Integer.toString(concurrency), "-j",
                Integer.toString(Math.min(concurrency, 2)), "-t", Integer.toString(requests / concurrency),
                "-D", "tenant=" + platform.tenant, "-D", "grid=" + gridId, "-f", script.toString(), dbUrl)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("pgbench failed:\n" + out);
        }
        Matcher m = Pattern.compile("tps = ([0-9.]+)").matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("no tps in pgbench output:\n" + out);
        }
        return Double.parseDouble(m.group(1));
    }

    private static double ms(List<Long> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) (q * sorted.size()))) / 1e6;
    }
}
