package org.jiceng.sdk.core;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jiceng.sdk.JicengClient;
import org.jiceng.sdk.Page;
import org.jiceng.sdk.errors.ConflictException;
import org.jiceng.sdk.errors.JicengIoException;
import org.jiceng.sdk.errors.NotFoundException;
import org.jiceng.sdk.errors.RateLimitException;
import org.jiceng.sdk.errors.UnprocessableEntityException;
import org.jiceng.sdk.grids.Grid;
import org.jiceng.sdk.grids.GridCreateParams;
import org.jiceng.sdk.grids.GridLevel;
import org.jiceng.sdk.grids.GridListParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The transport against a local HTTP server that plays the platform's part, scripted per request. */
class HttpTransportTest {
    private static final String GRID = "{\"id\":\"g1\",\"level\":\"STREET\",\"code\":\"320571001\","
            + "\"name\":\"娄葑街道\",\"depth\":1,\"rollup\":{\"population\":0,\"households\":0},\"version\":1}";

    private HttpServer server;
    private final ConcurrentLinkedQueue<HttpExchange> seen = new ConcurrentLinkedQueue<>();
    private final List<String> requests = new ArrayList<>();
    private final List<Duration> sleeps = new ArrayList<>();
    private Function<Integer, Reply> script;
    private final AtomicInteger calls = new AtomicInteger();

    private record Reply(int status, String body, String... headers) {
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            int n = calls.getAndIncrement();
            synchronized (requests) {
                requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " key="
                        + exchange.getRequestHeaders().getFirst("Idempotency-Key") + " auth="
                        + exchange.getRequestHeaders().getFirst("Authorization") + " ifMatch="
                        + exchange.getRequestHeaders().getFirst("If-Match"));
            }
            Reply reply = script.apply(n);
            for (int i = 0; i < reply.headers().length; i += 2) {
                exchange.getResponseHeaders().add(reply.headers()[i], reply.headers()[i + 1]);
            }
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private JicengClient client(String url) {
        return JicengClient.builder().baseUrl(url).tokenSupplier(() -> "t0k3n").maxRetries(3)
                .sleeper(sleeps::add).build();
    }

    private JicengClient client() {
        return client("http://127.0.0.1:" + server.getAddress().getPort() + "/base");
    }

    private static Reply problem(int status, String title, String... headers) {
        return new Reply(status, "{\"type\":\"https://jiceng.org/problems/x\",\"title\":\"" + title
                + "\",\"status\":" + status + "}", headers);
    }

    @Test
    void retriesA503HonouringRetryAfterAndReusesTheIdempotencyKey() {
        script = n -> n < 2 ? problem(503, "Unavailable", "Retry-After", "2")
                : new Reply(201, GRID, "Content-Type", "application/json");
        Grid grid = client().grids().create(GridCreateParams.builder().level(GridLevel.STREET)
                .code("320571001").name("娄葑街道").parentId("root").build());
        assertEquals("g1", grid.id());
        assertEquals(3, requests.size());
        String key = requests.get(0).replaceAll(".*key=(\\S+).*", "$1");
        assertTrue(key.length() > 10, requests.get(0));
        requests.forEach(r -> assertTrue(r.contains("key=" + key), "same key on every retry: " + r));
        assertTrue(requests.get(0).startsWith("POST /base/api/v1/grids"), "paths stay under the base URL");
        assertTrue(requests.get(0).contains("auth=Bearer t0k3n"));
        assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(2)), sleeps);
    }

    @Test
    void backsOffExponentiallyWithJitterWhenNoRetryAfter() {
        script = n -> problem(502, "Bad Gateway");
        assertThrows(org.jiceng.sdk.errors.InternalServerException.class,
                () -> client().grids().retrieve("g1"));
        assertEquals(4, calls.get(), "1 try + 3 retries");
        for (int i = 0; i < sleeps.size(); i++) {
            long cap = 500L << i;
            long ms = sleeps.get(i).toMillis();
            assertTrue(ms >= cap / 2 && ms <= cap, "attempt " + i + " slept " + ms);
        }
    }

    @Test
    void gives429BackAsRateLimitExceptionAfterRetries() {
        script = n -> problem(429, "Too Many Requests", "Retry-After", "1");
        RateLimitException e = assertThrows(RateLimitException.class, () -> client().grids().retrieve("g1"));
        assertEquals(429, e.statusCode());
        assertEquals(4, calls.get());
    }

    @Test
    void mapsErrorsToTypedExceptionsWithProblemAndRequestId() {
        script = n -> problem(404, "Not Found", "X-Request-Id", "req-12345678", "Content-Type",
                "application/problem+json");
        NotFoundException e = assertThrows(NotFoundException.class, () -> client().grids().retrieve("nope"));
        assertEquals("req-12345678", e.requestId().orElseThrow());
        assertEquals("Not Found", e.problem().title());
        assertEquals(1, calls.get(), "4xx is not retried");

        calls.set(0);
        script = n -> problem(409, "Conflict");
        assertThrows(ConflictException.class, () -> client().grids().retrieve("x"));
        script = n -> problem(422, "Unprocessable");
        assertThrows(UnprocessableEntityException.class, () -> client().grids().retrieve("x"));
        script = n -> new Reply(500, "<html>oops</html>");
        var ise = assertThrows(org.jiceng.sdk.errors.InternalServerException.class,
                () -> client().grids().retrieve("x"));
        assertTrue(ise.problem().detail().orElseThrow().contains("oops"));
    }

    @Test
    void connectionFailuresAreRetriedThenReported() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        JicengIoException e = assertThrows(JicengIoException.class,
                () -> client("http://127.0.0.1:" + closedPort).grids().retrieve("g1"));
        assertTrue(e.getMessage().contains("4 attempt"), e.getMessage());
        assertEquals(3, sleeps.size());
    }

    @Test
    void autoPagerFetchesFollowingPagesLazily() {
        script = n -> switch (n) {
            case 0 -> new Reply(200, "{\"data\":[" + GRID + "," + GRID.replace("g1", "g2") + "],\"nextCursor\":\"c1\"}");
            case 1 -> new Reply(200, "{\"data\":[" + GRID.replace("g1", "g3") + "],\"nextCursor\":null}");
            default -> problem(500, "unexpected");
        };
        Page<Grid> page = client().grids().list(GridListParams.builder().parentId("p").limit(2).build());
        assertEquals(1, calls.get(), "the second page is not fetched before it is needed");
        List<String> ids = page.stream().map(Grid::id).toList();
        assertEquals(List.of("g1", "g2", "g3"), ids);
        assertTrue(requests.get(1).contains("cursor=c1") && requests.get(1).contains("parentId=p")
                && requests.get(1).contains("limit=2"), requests.get(1));
    }

    @Test
    void updatesSendTheModelsVersionAsIfMatch() {
        script = n -> new Reply(200, GRID.replace("\"version\":1", "\"version\":2"));
        Grid current = Grid.builder().id("g1").version(1).build();
        Grid updated = client().grids().update(current,
                org.jiceng.sdk.grids.GridUpdateParams.builder().name("新").build());
        assertEquals(2, updated.version());
        assertTrue(requests.get(0).startsWith("PATCH /base/api/v1/grids/g1"));
        assertTrue(requests.get(0).contains("ifMatch=\"1\""), requests.get(0));
    }

    @Test
    void idsAreEncodedIntoTheirPathSegment() {
        script = n -> problem(404, "Not Found");
        assertThrows(NotFoundException.class, () -> client().grids().retrieve("../admin/v1/tenants"));
        assertTrue(requests.get(0).startsWith("GET /base/api/v1/grids/..%2Fadmin%2Fv1%2Ftenants"), requests.get(0));
    }

    @Test
    void everyChangeCarriesOneKeyAcrossItsRetriesAndReadsCarryNone() {
        script = n -> n % 2 == 0 ? problem(503, "Unavailable", "Retry-After", "1")
                : new Reply(n == 5 ? 204 : 200, n == 5 ? "" : GRID, "Content-Type", "application/json");
        Grid current = Grid.builder().id("g1").version(1).build();
        client().grids().update(current, org.jiceng.sdk.grids.GridUpdateParams.builder().name("新").build());
        client().grids().retrieve("g1");
        client().grids().delete(current);
        assertEquals(6, requests.size(), requests.toString());
        String patchKey = requests.get(0).replaceAll(".*key=(\\S+).*", "$1");
        assertTrue(requests.get(0).startsWith("PATCH") && patchKey.length() > 10, requests.get(0));
        assertTrue(requests.get(1).contains("key=" + patchKey), "the retry of the PATCH sends the same key");
        assertTrue(requests.get(2).startsWith("GET") && requests.get(2).contains("key=null"), requests.get(2));
        String deleteKey = requests.get(4).replaceAll(".*key=(\\S+).*", "$1");
        assertTrue(requests.get(4).startsWith("DELETE") && deleteKey.length() > 10, requests.get(4));
        assertTrue(requests.get(5).contains("key=" + deleteKey), "the retry of the DELETE sends the same key");
        assertTrue(!deleteKey.equals(patchKey), "one key per change");
    }
}
