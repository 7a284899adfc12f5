package org.jiceng.bench;

import org.jiceng.sdk.JicengClient;
import org.jiceng.sdk.grids.Grid;
import org.jiceng.sdk.grids.GridCreateParams;
import org.jiceng.sdk.grids.GridLevel;
import org.jiceng.sdk.grids.GridListParams;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The read benchmarks' spread data set: {@code --cases} cases over {@code --tenants} synthetic tenants (1 M over 100
 * by default). Each tenant gets a street with five communities through the API, then its share of cases from
 * {@code cases.sql} as the superuser (row-level security does not apply to it); a tenant that already holds its
 * share is left as it is. Run {@code ReadBenchmark --bench-tenant bench-0000} on it afterwards.
 */
@Command(name = "spread-data-set", mixinStandardHelpOptions = true,
        description = "Loads cases over many synthetic tenants for P2 and P3.")
public final class SpreadDataSet implements Callable<Integer> {
    @Option(names = "--platform-url", defaultValue = "http://127.0.0.1:8080")
    String platformUrl;
    @Option(names = "--platform-issuer", defaultValue = "http://127.0.0.1:8180/realms/jiceng-platform")
    String platformIssuer;
    @Option(names = "--platform-client-secret", defaultValue = "${env:JICENG_PLATFORM_CLIENT_SECRET}",
            required = true)
    String platformSecret;
    @Option(names = "--tenants", defaultValue = "100")
    int tenants;
    @Option(names = "--cases", defaultValue = "1000000", description = "cases in all, split evenly")
    int cases;
    @Option(names = "--issuer-port", defaultValue = "18199")
    int issuerPort;
    @Option(names = "--psql", defaultValue = "psql")
    String psql;
    @Option(names = "--db-url", defaultValue = "postgresql://postgres@127.0.0.1:54329/jiceng",
            description = "libpq URL of the platform's database, as the superuser")
    String dbUrl;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SpreadDataSet()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Path script = Files.createTempFile("cases", ".sql");
        try (InputStream in = SpreadDataSet.class.getResourceAsStream("/cases.sql")) {
            Files.write(script, in.readAllBytes());
        }
        int each = cases / tenants;
        long t0 = System.nanoTime();
        try (BenchIssuer issuer = new BenchIssuer(issuerPort, "jiceng-api")) {
            JicengClient platform = JicengClient.builder().baseUrl(platformUrl).httpClient(http)
                    .clientCredentials(platformIssuer, "platform-cli", platformSecret).build();
            for (int i = 0; i < tenants; i++) {
                BenchTenants.Target t = BenchTenants.prepare(platform, issuer, http, platformUrl, i);
                streetWithCommunities(t);
                long held = Long.parseLong(sql("select count(*) from case_record where tenant_id = '" + t.code()
                        + "'").strip());
                if (held < each) {
                    run(List.of(psql, "-q", "-v", "tenant=" + t.code(), "-v", "n=" + each, "-f", script.toString(),
                            dbUrl));
                }
                if ((i + 1) % 10 == 0) {
                    System.out.printf("%d tenants loaded (%.0f s)%n", i + 1, (System.nanoTime() - t0) / 1e9);
                }
            }
        }
        run(List.of(psql, "-q", "-c", "analyze case_record", dbUrl));
        System.out.printf("%,d cases over %d tenants in %.0f s%n", (long) each * tenants, tenants,
                (System.nanoTime() - t0) / 1e9);
        return 0;
    }

    private static void streetWithCommunities(BenchTenants.Target t) {
        Grid root = t.root();
        List<Grid> streets = t.client().grids().list(GridListParams.builder().parentId(root.id())
                .level(GridLevel.STREET).build()).data();
        Grid street = streets.isEmpty() ? t.client().grids().create(GridCreateParams.builder().parentId(root.id())
                .level(GridLevel.STREET).code(root.code() + "601").name("压测街道").build()) : streets.get(0);
        int have = t.client().grids().list(GridListParams.builder().parentId(street.id()).build()).data().size();
        for (int c = have + 1; c <= 5; c++) {
            t.client().grids().create(GridCreateParams.builder().parentId(street.id()).level(GridLevel.COMMUNITY)
                    .code(street.code() + String.format("%03d", c)).name("压测社区 " + c).build());
        }
    }

    private String sql(String statement) throws Exception {
        return run(List.of(psql, "-Atc", statement, dbUrl));
    }

    private static String run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
        }
        return out;
    }
}
