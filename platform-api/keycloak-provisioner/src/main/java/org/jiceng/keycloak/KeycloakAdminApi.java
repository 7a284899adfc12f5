package org.jiceng.keycloak;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Keycloak's admin REST API ({@code /admin/realms/...}) over the JDK HttpClient: JSON in and out as JSON-P
 * values, a bearer token from the master realm fetched when needed and again shortly before it expires.
 */
final class KeycloakAdminApi {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final String base;
    private final Map<String, String> grant;
    private String token;
    private Instant renewAt = Instant.MIN;

    KeycloakAdminApi(String keycloakUrl, Map<String, String> grant) {
        this.base = keycloakUrl.endsWith("/") ? keycloakUrl.substring(0, keycloakUrl.length() - 1) : keycloakUrl;
        this.grant = Map.copyOf(grant);
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A path segment, encoded (realm names, ids and usernames come from callers). */
    static String seg(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The resource, or empty when Keycloak answers 404. */
    Optional<JsonValue> find(String path) {
        HttpResponse<String> r = send("GET", path, null);
        if (r.statusCode() == 404) {
            return Optional.empty();
        }
        return Optional.of(parse(expect(r, "GET", path)));
    }

    JsonValue get(String path) {
        return parse(expect(send("GET", path, null), "GET", path));
    }

    /** Posts and returns the created resource's id (the last segment of Location), when Keycloak gives one. */
    Optional<String> post(String path, JsonStructure body) {
        HttpResponse<String> r = expect(send("POST", path, body), "POST", path);
        return r.headers().firstValue("Location").map(l -> l.substring(l.lastIndexOf('/') + 1));
    }

    /** Posts and returns the answer's JSON body. */
    JsonValue postForJson(String path, JsonStructure body) {
        return parse(expect(send("POST", path, body), "POST", path));
    }

    void put(String path, JsonStructure body) {
        expect(send("PUT", path, body), "PUT", path);
    }

    /** Deletes; a resource already gone counts as deleted. */
    void delete(String path, JsonStructure body) {
        HttpResponse<String> r = send("DELETE", path, body);
        if (r.statusCode() != 404) {
            expect(r, "DELETE", path);
        }
    }

    /** Forgets the token: the next call fetches one, with the roles the account holds now. */
    void renewToken() {
        renewAt = Instant.MIN;
    }

    private HttpResponse<String> send(String method, String path, JsonStructure body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/admin/realms" + path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token())
                .header("Accept", "application/json");
        if (body != null) {
            b.header("Content-Type", "application/json");
            b.method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return exchange(b.build());
    }

    private synchronized String token() {
        if (Instant.now().isBefore(renewAt)) {
            return token;
        }
        String form = grant.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(base + "/realms/master/protocol/openid-connect/token")).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> r = exchange(request);
        if (r.statusCode() != 200) {
            throw new KeycloakAdminException("Keycloak refused the provisioner's credentials at " + base
                    + " (HTTP " + r.statusCode() + ")", r.statusCode());
        }
        var answer = parse(r.body()).asJsonObject();
        token = answer.getString("access_token");
        long lifetime = answer.getJsonNumber("expires_in").longValue();
        renewAt = Instant.now().plusSeconds(Math.max(5, lifetime - 30));
        return token;
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new KeycloakAdminException("Keycloak at " + base + " is unreachable: " + e.getMessage(), 0, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeycloakAdminException("interrupted while calling Keycloak", 0, e);
        }
    }

    private static HttpResponse<String> expect(HttpResponse<String> r, String method, String path) {
        if (r.statusCode() / 100 != 2) {
            String detail = r.body() == null || r.body().isBlank() ? ""
                    : ": " + r.body().substring(0, Math.min(300, r.body().length()));
            throw new KeycloakAdminException("Keycloak answered " + method + " /admin/realms" + path + " with HTTP "
                    + r.statusCode() + detail, r.statusCode());
        }
        return r;
    }

    private static JsonValue parse(HttpResponse<String> r) {
        return parse(r.body());
    }

    private static JsonValue parse(String body) {
        if (body == null || body.isBlank()) {
            return JsonValue.NULL;
        }
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readValue();
        }
    }
}
