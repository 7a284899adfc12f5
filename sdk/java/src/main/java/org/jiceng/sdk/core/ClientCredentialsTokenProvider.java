package org.jiceng.sdk.core;

import com.fasterxml.jackson.databind.JsonNode;
import org.jiceng.sdk.errors.JicengException;
import org.jiceng.sdk.errors.JicengIoException;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * OAuth 2.0 client-credentials grant against the tenant's token endpoint (its Keycloak realm). The token is
 * cached and fetched again {@link #REFRESH_MARGIN} before it expires, so requests never carry an expiring token.
 */
public final class ClientCredentialsTokenProvider implements TokenProvider {
    static final Duration REFRESH_MARGIN = Duration.ofSeconds(30);

    private final URI tokenEndpoint;
    private final String clientId;
    private final String clientSecret;
    private final HttpClient http;
    private final Duration timeout;
    private final Clock clock;

    private String token;
    private Instant refreshAt = Instant.MIN;

    public ClientCredentialsTokenProvider(URI tokenEndpoint, String clientId, String clientSecret,
                                          HttpClient http, Duration timeout, Clock clock) {
        this.tokenEndpoint = tokenEndpoint;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.http = http;
        this.timeout = timeout;
        this.clock = clock;
    }

    /**
     * The token endpoint of an OpenID Connect issuer such as {@code https://sso.example/realms/jiceng-sip}: Keycloak's
     * {@code /protocol/openid-connect/token}; any other URL is taken as the token endpoint itself.
     */
    public static URI tokenEndpointOf(String issuerOrTokenUrl) {
        String url = issuerOrTokenUrl.replaceAll("/+$", "");
        return URI.create(url.endsWith("/token") ? url : url + "/protocol/openid-connect/token");
    }

    @Override
    public synchronized String accessToken() {
        if (token == null || !clock.instant().isBefore(refreshAt)) {
            fetch();
        }
        return token;
    }

    @Override
    public synchronized void invalidate() {
        token = null;
    }

    private void fetch() {
        String form = "grant_type=client_credentials&client_id=" + enc(clientId) + "&client_secret=" + enc(clientSecret);
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint)
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new JicengIoException("Token endpoint " + tokenEndpoint + " unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JicengIoException("Interrupted while fetching a token", e);
        }
        if (response.statusCode() != 200) {
            throw new JicengException("Token endpoint " + tokenEndpoint + " refused client '" + clientId + "': HTTP "
                    + response.statusCode() + " " + response.body());
        }
        try {
            JsonNode body = Json.mapper().readTree(response.body());
            Instant now = clock.instant();
            long expiresIn = body.path("expires_in").asLong(60);
            token = body.get("access_token").asText();
            Instant expiry = now.plusSeconds(expiresIn);
            Instant early = expiry.minus(REFRESH_MARGIN);
            // very short-lived tokens: refresh at half-life rather than never using them
            refreshAt = early.isAfter(now) ? early : now.plusMillis(expiresIn * 500);
        } catch (IOException | NullPointerException e) {
            throw new JicengException("Token endpoint " + tokenEndpoint + " returned an unreadable response", e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
