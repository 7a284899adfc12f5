package org.jiceng.sdk.core;

import com.sun.net.httpserver.HttpServer;
import org.jiceng.sdk.errors.JicengException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClientCredentialsTokenProviderTest {
    private HttpServer server;
    private final AtomicInteger issued = new AtomicInteger();
    private volatile int status = 200;
    private volatile String lastForm;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/realms/jiceng-sip/protocol/openid-connect/token", ex -> {
            lastForm = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            byte[] body = (status == 200 ? "{\"access_token\":\"token-" + issued.incrementAndGet()
                    + "\",\"expires_in\":300,\"token_type\":\"Bearer\"}" : "{\"error\":\"unauthorized_client\"}")
                    .getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(status, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-11-22T08:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private ClientCredentialsTokenProvider provider(Clock clock) {
        URI endpoint = ClientCredentialsTokenProvider.tokenEndpointOf("http://127.0.0.1:"
                + server.getAddress().getPort() + "/realms/jiceng-sip");
        return new ClientCredentialsTokenProvider(endpoint, "sip-admin", "s3cr&t", HttpClient.newHttpClient(),
                Duration.ofSeconds(5), clock);
    }

    @Test
    void cachesTheTokenAndRefreshesItBeforeItExpires() {
        MutableClock clock = new MutableClock();
        ClientCredentialsTokenProvider tokens = provider(clock);
        assertEquals("token-1", tokens.accessToken());
        assertTrue(lastForm.contains("client_secret=s3cr%26t"), lastForm);
        clock.now = clock.now.plusSeconds(200);
        assertEquals("token-1", tokens.accessToken());
        clock.now = clock.now.plusSeconds(71);
        assertEquals("token-2", tokens.accessToken(), "30 s before expiry a new token is fetched");
        tokens.invalidate();
        assertEquals("token-3", tokens.accessToken());
    }

    @Test
    void refusedCredentialsAreReportedClearly() {
        status = 401;
        JicengException e = assertThrows(JicengException.class, () -> provider(Clock.systemUTC()).accessToken());
        assertTrue(e.getMessage().contains("sip-admin") && e.getMessage().contains("401"), e.getMessage());
    }

    @Test
    void tokenEndpointIsDerivedFromTheIssuer() {
        assertEquals("https://sso/realms/x/protocol/openid-connect/token",
                ClientCredentialsTokenProvider.tokenEndpointOf("https://sso/realms/x/").toString());
        assertEquals("https://sso/custom/token", ClientCredentialsTokenProvider.tokenEndpointOf("https://sso/custom/token")
                .toString());
    }
}
