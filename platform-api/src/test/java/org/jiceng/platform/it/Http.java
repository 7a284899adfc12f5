package org.jiceng.platform.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** Raw HTTP for what the typed SDK deliberately cannot send: malformed bodies, missing headers, forged tokens. */
public final class Http {
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A response with its body parsed when it is JSON. */
    public record Reply(int status, java.net.http.HttpHeaders headers, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }
    }

    private Http() {
    }

    public static Reply send(String method, String url, String token, String contentType, byte[] body,
                             String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                // a large body waits for the server's verdict, as a careful client does: a 413 can come first
                .expectContinue(body != null && body.length > 64 * 1024);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        boolean languageGiven = false;
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
            languageGiven |= headers[i].equalsIgnoreCase("Accept-Language");
        }
        if (!languageGiven && !url.contains("/protocol/openid-connect/")) {
            // the tests read problem details in English; the languages themselves are tested with explicit headers
            b.header("Accept-Language", "en");
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new AssertionError(method + " " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public static Reply get(String url, String token, String... headers) {
        return send("GET", url, token, null, null, headers);
    }

    public static Reply json(String method, String url, String token, String body, String... headers) {
        return send(method, url, token, "application/json", body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                headers);
    }

    /** An access token of the client-credentials grant, fetched directly from Keycloak. */
    public static String token(String issuer, String clientId, String secret) {
        String form = "grant_type=client_credentials&client_id=" + clientId + "&client_secret=" + secret;
        Reply r = send("POST", issuer + "/protocol/openid-connect/token", null, "application/x-www-form-urlencoded",
                form.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (r.status() != 200) {
            throw new AssertionError("token for " + clientId + ": " + r.status() + " " + r.body());
        }
        return r.json().get("access_token").asText();
    }
}
