package org.jiceng.bench;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A token issuer for synthetic tenants that exists only for benchmarks: one RSA key, a JWKS endpoint on loopback
 * answering for every realm under {@code /realms/*}, and tokens shaped like Keycloak's client-credentials tokens.
 * It lets a benchmark register a thousand tenants without a Keycloak of a thousand realms; the platform verifies
 * these tokens exactly as it verifies Keycloak's (it fetches and caches each issuer's JWKS).
 */
final class BenchIssuer implements AutoCloseable {
    private static final String CERTS = "/protocol/openid-connect/certs";

    private final RSAKey key;
    private final HttpServer server;
    private final String audience;

    BenchIssuer(int port, String audience) throws IOException, JOSEException {
        this.audience = audience;
        this.key = new RSAKeyGenerator(2048).keyID("bench-" + UUID.randomUUID()).generate();
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.createContext("/realms/", exchange -> {
            try (exchange) {
                if (!exchange.getRequestURI().getPath().endsWith(CERTS)) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(jwks);
                }
            }
        });
        server.start();
    }

    /** The issuer URL of a synthetic realm, as a tenant registers it. */
    String issuer(String realm) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/" + realm;
    }

    /** A service account's token of the realm with the given realm roles, valid for the given time. */
    String token(String realm, String clientId, List<String> roles, Duration validFor) throws JOSEException {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer(realm)).subject("service-account-" + clientId)
                .audience(audience).claim("azp", clientId).claim("client_id", clientId)
                .claim("preferred_username", "service-account-" + clientId)
                .claim("realm_access", Map.of("roles", roles)).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(validFor))).jwtID(UUID.randomUUID().toString()).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
