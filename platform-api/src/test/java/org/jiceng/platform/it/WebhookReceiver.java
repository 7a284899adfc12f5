package org.jiceng.platform.it;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * A vendor's webhook receiver on loopback, for the tests: it keeps every request (headers and exact body bytes)
 * and answers each path with the statuses it was told, in turn, then 200.
 */
final class WebhookReceiver implements AutoCloseable {
    /** One request as received. */
    record Received(String path, Map<String, List<String>> headers, byte[] body, Instant at) {
        String header(String name) {
            return HttpHeaders.of(headers, (a, b) -> true).firstValue(name).orElse(null);
        }

        String text() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** How to answer: a status with optional headers. */
    record Answer(int status, Map<String, String> headers) {
        static Answer of(int status) {
            return new Answer(status, Map.of());
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Answer>> script = new java.util.concurrent.ConcurrentHashMap<>();

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.createContext("/", exchange -> {
            try (exchange) {
                byte[] body = exchange.getRequestBody().readAllBytes();
                String path = exchange.getRequestURI().getPath();
                received.add(new Received(path, Map.copyOf(exchange.getRequestHeaders()), body, Instant.now()));
                Deque<Answer> answers = script.get(path);
                Answer a = answers == null || answers.isEmpty() ? Answer.of(200) : answers.pollFirst();
                if (answers != null && answers.isEmpty() && a.status() != 200) {
                    answers.addLast(a); // the last scripted answer repeats
                }
                a.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
                byte[] reply = ("answer " + a.status()).getBytes();
                exchange.sendResponseHeaders(a.status(), reply.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(reply);
                }
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Answers requests to {@code path} with these statuses in turn (the last one repeats unless it is 200). */
    void script(String path, Answer... answers) {
        script.put(path, new ConcurrentLinkedDeque<>(List.of(answers)));
    }

    List<Received> at(String path) {
        List<Received> out = new ArrayList<>();
        for (Received r : received) {
            if (r.path().equals(path)) {
                out.add(r);
            }
        }
        return out;
    }

    /** The first request to {@code path} that matches, waiting up to {@code within}. */
    Received await(String path, Predicate<Received> matching, Duration within) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            for (Received r : at(path)) {
                if (matching.test(r)) {
                    return r;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("nothing matching reached " + path + " within " + within + "; got " + at(path).size()
                + " request(s)");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
