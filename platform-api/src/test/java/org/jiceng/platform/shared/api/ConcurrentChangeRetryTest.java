package org.jiceng.platform.shared.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The retry of changes that lost to a concurrent one, with a plain request and response standing in for Payara's. */
class ConcurrentChangeRetryTest {
    private static final String LOST = "{\"type\":\"https://jiceng.org/problems/concurrent-change\",\"status\":409}";

    /** A response that keeps its status and what reached the client. */
    static final class Client {
        int status = 200;
        final ByteArrayOutputStream received = new ByteArrayOutputStream();
        int resets;
        final java.util.Map<String, String> headers = new java.util.HashMap<>();

        HttpServletResponse response() {
            return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[]{HttpServletResponse.class}, (p, m, a) -> switch (m.getName()) {
                        case "setStatus" -> {
                            status = (Integer) a[0];
                            yield null;
                        }
                        case "getStatus" -> status;
                        case "setHeader" -> {
                            headers.put((String) a[0], (String) a[1]);
                            yield null;
                        }
                        case "reset" -> {
                            resets++;
                            headers.clear();
                            status = 200;
                            received.reset();
                            yield null;
                        }
                        case "getOutputStream" -> new ServletOutputStream() {
                            @Override
                            public void write(int b) {
                                received.write(b);
                            }

                            @Override
                            public boolean isReady() {
                                return true;
                            }

                            @Override
                            public void setWriteListener(jakarta.servlet.WriteListener l) {
                            }
                        };
                        case "isCommitted" -> false;
                        default -> null;
                    });
        }
    }

    private static HttpServletRequest request(String method, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        return (HttpServletRequest) Proxy.newProxyInstance(ConcurrentChangeRetryTest.class.getClassLoader(),
                new Class<?>[]{HttpServletRequest.class}, (p, m, a) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getContentLengthLong" -> (long) bytes.length;
                    case "getInputStream" -> new ServletInputStream() {
                        @Override
                        public int read() {
                            return in.read();
                        }

                        @Override
                        public boolean isFinished() {
                            return in.available() == 0;
                        }

                        @Override
                        public boolean isReady() {
                            return true;
                        }

                        @Override
                        public void setReadListener(jakarta.servlet.ReadListener l) {
                        }
                    };
                    default -> null;
                });
    }

    /** A chain whose n-th attempt (from 1) answers as {@code answer} says; it records the bodies it read. */
    private static FilterChain chain(List<String> bodiesRead, IntFunction<Object[]> answer) {
        return (req, res) -> {
            bodiesRead.add(new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            Object[] a = answer.apply(bodiesRead.size());
            HttpServletResponse r = (HttpServletResponse) res;
            r.setStatus((Integer) a[0]);
            r.getOutputStream().write(((String) a[1]).getBytes(StandardCharsets.UTF_8));
            r.flushBuffer();
        };
    }

    @Test
    void aChangeThatLostIsRunAgainWithItsBodyAndOnlyTheFinalAnswerReachesTheClient() throws Exception {
        Client client = new Client();
        List<String> read = new ArrayList<>();
        new ConcurrentChangeRetry().doFilter(request("POST", "{\"choice\":\"YES\"}"), client.response(),
                chain(read, n -> n < 3 ? new Object[]{409, LOST} : new Object[]{201, "{\"id\":\"x\"}"}));
        assertEquals(List.of("{\"choice\":\"YES\"}", "{\"choice\":\"YES\"}", "{\"choice\":\"YES\"}"), read);
        assertEquals(201, client.status);
        assertEquals("{\"id\":\"x\"}", client.received.toString(StandardCharsets.UTF_8));
        assertEquals(2, client.resets);
        assertEquals(null, client.headers.get("Retry-After"));
    }

    @Test
    void afterTheLastAttemptTheCallerGetsTheConflict() throws Exception {
        Client client = new Client();
        List<String> read = new ArrayList<>();
        new ConcurrentChangeRetry().doFilter(request("PATCH", "{}"), client.response(),
                chain(read, n -> new Object[]{409, LOST}));
        assertEquals(ConcurrentChangeRetry.ATTEMPTS, read.size());
        assertEquals(409, client.status);
        assertEquals(LOST, client.received.toString(StandardCharsets.UTF_8));
        assertEquals("1", client.headers.get("Retry-After"), "the caller may try again shortly");
    }

    @Test
    void otherConflictsAndReadsAreNotRunAgain() throws Exception {
        Client client = new Client();
        List<String> read = new ArrayList<>();
        new ConcurrentChangeRetry().doFilter(request("POST", "{}"), client.response(), chain(read,
                n -> new Object[]{409, "{\"type\":\"https://jiceng.org/problems/conflict\"}"}));
        assertEquals(1, read.size(), "a unique key's conflict is the caller's to resolve");
        Client reader = new Client();
        List<String> gets = new ArrayList<>();
        new ConcurrentChangeRetry().doFilter(request("GET", ""), reader.response(),
                chain(gets, n -> new Object[]{409, LOST}));
        assertEquals(1, gets.size());
    }
}
