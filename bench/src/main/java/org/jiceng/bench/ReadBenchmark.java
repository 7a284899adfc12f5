package org.jiceng.bench;

import org.jiceng.sdk.JicengClient;
import org.jiceng.sdk.cases.CaseListParams;
import org.jiceng.sdk.cases.CaseStatsParams;
import org.jiceng.sdk.cases.CaseStatus;
import org.jiceng.sdk.grids.Grid;
import org.jiceng.sdk.grids.GridLevel;
import org.jiceng.sdk.grids.GridListParams;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * P2 and P3 against a tenant loaded with {@code cases.sql}. P2: the first page of a street's open cases through the
 * API (the SDK's {@code cases().list}) against the same page in raw SQL; p99 ÷ p99. P3: {@code cases:stats} by street
 * for the whole tenant against the raw aggregate SQL of the same counts; mean ÷ mean. The raw SQL runs as the
 * application role behind row-level security, as the platform's does.
 */
@Command(name = "read-benchmark", mixinStandardHelpOptions = true,
        description = "Case lists (P2) and statistics (P3) through the API vs. raw SQL.")
public final class ReadBenchmark implements Callable<Integer> {
    @Mixin
    PlatformOptions platform;
    @Option(names = "--jdbc-url", defaultValue = "jdbc:postgresql://127.0.0.1:54329/jiceng")
    String jdbcUrl;
    @Option(names = "--db-user", defaultValue = "jiceng_app")
    String dbUser;
    @Option(names = "--db-password", defaultValue = "jiceng_app")
    String dbPassword;
    @Option(names = "--lists", defaultValue = "500", description = "List calls of each kind (P2)")
    int lists;
    @Option(names = "--stats", defaultValue = "20", description = "Statistics calls of each kind (P3)")
    int stats;
    @Option(names = "--bench-tenant", description = "A synthetic tenant of SpreadDataSet (bench-0000 …) instead of "
            + "--tenant: its token comes from the bench issuer, and --client-secret is not needed")
    String benchTenant;
    @Option(names = "--issuer-port", defaultValue = "18199", description = "The bench issuer's port, with "
            + "--bench-tenant")
    int issuerPort;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ReadBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        BenchIssuer issuer = benchTenant == null ? null : new BenchIssuer(issuerPort, "jiceng-api");
        try {
            if (benchTenant != null) {
                platform.tenant = benchTenant;
            }
            String token = issuer != null ? issuer.token(BenchTenants.realm(benchTenant), benchTenant + "-admin",
                    BenchTenants.ADMIN, java.time.Duration.ofHours(1))
                    : ClientCredentials.token(http, platform.issuer, platform.clientId, platform.clientSecret);
            return measure(JicengClient.builder().baseUrl(platform.platformUrl).tokenSupplier(() -> token)
                    .httpClient(http).build());
        } finally {
            if (issuer != null) {
                issuer.close();
            }
        }
    }

    private Integer measure(JicengClient sdk) throws Exception {
        Grid root = sdk.grids().list(GridListParams.none()).data().get(0);
        Grid street = sdk.grids().descendants(root.id(), GridListParams.builder().level(GridLevel.STREET).build())
                .data().get(0);
        try (Connection db = DriverManager.getConnection(jdbcUrl, dbUser, dbPassword);
             RateLimitLift lifted = platform.liftRateLimit()) {
            try (PreparedStatement s = db.prepareStatement("select set_config('app.tenant_id', ?, false)")) {
                s.setString(1, platform.tenant);
                s.execute();
            }
            long cases = count(db, "select count(*) from case_record");
            System.out.printf("tenant %s: %,d cases; street %s %s%n", platform.tenant, cases, street.code(),
                    street.name());
            p2(sdk, db, street);
            p3(sdk, db);
        }
        return 0;
    }

    /** The first page (50) of the street's cases in progress, newest first. */
    private void p2(JicengClient sdk, Connection db, Grid street) throws Exception {
        CaseListParams params = CaseListParams.builder().gridId(street.id()).status(CaseStatus.IN_PROGRESS).limit(50)
                .build();
        String sql = "select c.* from case_record c where c.status = 'IN_PROGRESS' and c.grid_id in (select n.id from "
                + "grid_node n where n.path like (select path from grid_node where id = cast(? as uuid)) || '%') "
                + "order by c.id desc limit 51";
        Runnable api = () -> sdk.cases().list(params).data();
        Runnable raw = () -> rows(db, sql, street.id());
        long[][] t = alternate(api, raw, lists, lists / 5);
        report("P2 street's open cases, first page", t, 99);
    }

    /** Counts, the three rates and overdue per street of the whole platform.tenant, this month. */
    private void p3(JicengClient sdk, Connection db) throws Exception {
        LocalDate from = LocalDate.now(ZoneId.of("Asia/Shanghai")).withDayOfMonth(1).minusMonths(1);
        LocalDate to = from.plusMonths(2);
        CaseStatsParams params = CaseStatsParams.builder().groupBy(GridLevel.STREET).from(from).to(to).build();
        String sql = "select s.id, count(c.id), count(c.id) filter (where c.accepted_at is not null), "
                + "count(c.id) filter (where c.closed_at is not null), "
                + "count(c.id) filter (where c.acknowledged_at <= c.acknowledge_due_at), "
                + "count(c.id) filter (where c.evaluation_score >= 4), count(c.id) filter (where c.evaluation_score "
                + "is not null), count(c.id) filter (where c.status = 'DISPATCHED' and c.acknowledge_due_at < now()) "
                + "from grid_node s join grid_node n on n.path like s.path || '%' join case_record c on "
                + "c.grid_id = n.id and c.reported_at >= cast(? as date) and c.reported_at < cast(? as date) "
                + "where s.level = 'STREET' group by s.id";
        Runnable api = () -> sdk.cases().stats(params).groups();
        Runnable raw = () -> rows(db, sql, from.toString(), to.toString());
        long[][] t = alternate(api, raw, stats, 2);
        report("P3 statistics by street", t, 50);
    }

    private static long[][] alternate(Runnable a, Runnable b, int n, int warmup) {
        for (int i = 0; i < warmup; i++) {
            a.run();
            b.run();
        }
        long[] ta = new long[n];
        long[] tb = new long[n];
        for (int i = 0; i < n; i++) {
            if (i % 2 == 0) {
                ta[i] = time(a);
                tb[i] = time(b);
            } else {
                tb[i] = time(b);
                ta[i] = time(a);
            }
        }
        return new long[][] {ta, tb};
    }

    private static void report(String what, long[][] t, int percentile) {
        double apiMean = Arrays.stream(t[0]).average().orElse(0) / 1e6;
        double rawMean = Arrays.stream(t[1]).average().orElse(0) / 1e6;
        double apiP = percentile(t[0], percentile) / 1e6;
        double rawP = percentile(t[1], percentile) / 1e6;
        System.out.printf("%s: API mean %.2f ms, p%d %.2f ms; SQL mean %.2f ms, p%d %.2f ms; ratio of p%d %.2f, "
                + "of means %.2f%n", what, apiMean, percentile, apiP, rawMean, percentile, rawP, percentile,
                apiP / rawP, apiMean / rawMean);
    }

    private static void rows(Connection db, String sql, String... params) {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setString(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    for (int c = 1; c <= columns; c++) {
                        r.getObject(c);
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(Connection db, String sql) throws Exception {
        try (PreparedStatement s = db.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private static long time(Runnable call) {
        long start = System.nanoTime();
        call.run();
        return System.nanoTime() - start;
    }

    private static long percentile(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
