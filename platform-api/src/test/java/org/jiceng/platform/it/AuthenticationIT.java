package org.jiceng.platform.it;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.jiceng.keycloak.RealmProvisioner;
import org.jiceng.sdk.JicengClient;
import org.jiceng.sdk.errors.PermissionDeniedException;
import org.jiceng.sdk.grids.GridCreateParams;
import org.jiceng.sdk.grids.GridLevel;
import org.jiceng.sdk.grids.GridListParams;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.URL;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.jiceng.platform.it.GridApiIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who gets in: real Keycloak tokens, forged ones, expired ones, suspended tenants, missing roles, key rotation. */
class AuthenticationIT extends AgainstPlatform {
    URL base;

    @org.junit.jupiter.api.BeforeEach
    void onLoopback() {
        base = PlatformEnvironment.local(deployed);
    }

    private String grids() {
        return base + "api/v1/grids";
    }

    @Test
    void aValidTokenGetsIn() {
        Http.Reply ok = Http.get(grids(), Tenants.token(PlatformEnvironment.ALPHA, "alpha-admin"));
        assertEquals(200, ok.status(), ok.body());
    }

    @Test
    void noTokenOrAMalformedOneIs401WithAChallenge() {
        Http.Reply none = Http.get(grids(), null);
        assertProblem(none, 401);
        assertEquals("Bearer realm=\"jiceng\"", none.header("WWW-Authenticate").orElseThrow());

        Http.Reply garbage = Http.get(grids(), "not.a.jwt");
        assertProblem(garbage, 401);
        assertTrue(garbage.header("WWW-Authenticate").orElseThrow().contains("invalid_token"));

        Http.Reply basic = Http.send("GET", grids(), null, null, null, "Authorization", "Basic YWxhZGRpbjpvcGVu");
        assertProblem(basic, 401);
    }

    @Test
    void aTamperedSignatureIs401() {
        String token = Tenants.token(PlatformEnvironment.ALPHA, "alpha-admin");
        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]));
        String forgedClaims = Base64.getUrlEncoder().withoutPadding().encodeToString(
                claims.replace("\"tenant-admin\"", "\"tenant-admin\",\"grid-manager\"").getBytes());
        assertProblem(Http.get(grids(), parts[0] + "." + forgedClaims + "." + parts[2]), 401);
    }

    @Test
    void anExpiredTokenIs401() throws InterruptedException {
        String token = Tenants.token(PlatformEnvironment.ALPHA, "alpha-shortlived");
        assertEquals(200, Http.get(grids(), token).status());
        Thread.sleep(3_500);
        Http.Reply expired = Http.get(grids(), token);
        assertProblem(expired, 401);
        assertTrue(expired.json().get("detail").asText().toLowerCase().contains("expired"), expired.body());
    }

    @Test
    void aRealmThatIsNoTenantIs401() {
        String token = Tenants.token(PlatformEnvironment.STRANGER, "stranger-admin");
        Http.Reply r = Http.get(grids(), token);
        assertProblem(r, 401);
        assertTrue(r.json().get("detail").asText().contains("not a registered tenant"), r.body());
    }

    @Test
    void anUnknownIssuerIsRefusedWithoutAnyNetworkCall() throws Exception {
        AtomicInteger hits = new AtomicInteger();
        HttpServer fakeIdp = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        fakeIdp.createContext("/", exchange -> {
            hits.incrementAndGet();
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        fakeIdp.start();
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID("forged").generate();
            String issuer = "http://127.0.0.1:" + fakeIdp.getAddress().getPort() + "/realms/jiceng-alpha";
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("forged").build(),
                    new JWTClaimsSet.Builder().issuer(issuer).subject("intruder").audience("jiceng-api")
                            .issueTime(new Date()).expirationTime(new Date(System.currentTimeMillis() + 60_000))
                            .claim("realm_access", Map.of("roles", List.of("tenant-admin"))).build());
            jwt.sign(new RSASSASigner(key));
            assertProblem(Http.get(grids(), jwt.serialize()), 401);
            assertEquals(0, hits.get(), "the platform must not fetch keys of an unregistered issuer");
        } finally {
            fakeIdp.stop(0);
        }
    }

    @Test
    void aTokenSignedWithAnotherKeyForARegisteredIssuerIs401() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("attacker").generate();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("attacker").build(),
                new JWTClaimsSet.Builder().issuer(PlatformEnvironment.state().issuer(PlatformEnvironment.ALPHA))
                        .subject("intruder").audience("jiceng-api").issueTime(new Date())
                        .expirationTime(new Date(System.currentTimeMillis() + 60_000))
                        .claim("realm_access", Map.of("roles", List.of("tenant-admin"))).build());
        jwt.sign(new RSASSASigner(key));
        assertProblem(Http.get(grids(), jwt.serialize()), 401);
    }

    @Test
    void rolesDecideWhatACallerMayDo() {
        Http.Reply noRole = Http.get(grids(), Tenants.token(PlatformEnvironment.ALPHA, "alpha-norole"));
        assertProblem(noRole, 403);

        JicengClient viewer = Tenants.client(base, PlatformEnvironment.ALPHA, "alpha-viewer");
        JicengClient admin = Tenants.client(base, PlatformEnvironment.ALPHA, "alpha-admin");
        var root = Tenants.alphaRoot(admin);
        assertEquals(root.id(), viewer.grids().list(GridListParams.none()).data().get(0).id());
        int before = viewer.grids().list(GridListParams.builder().parentId(root.id()).limit(500).build()).data().size();
        assertThrows(PermissionDeniedException.class, () -> viewer.grids().create(GridCreateParams.builder()
                .parentId(root.id()).level(GridLevel.STREET).code(root.code() + "990").name("not allowed").build()));
        assertEquals(before,
                viewer.grids().list(GridListParams.builder().parentId(root.id()).limit(500).build()).data().size());
    }

    @Test
    void aSuspendedTenantIsRefusedWithinSecondsAndResumes() throws Exception {
        String token = Tenants.token(PlatformEnvironment.BETA, "beta-admin");
        assertEquals(200, Http.get(grids(), token).status());
        PlatformEnvironment.state().registrar().setStatus(PlatformEnvironment.BETA, "SUSPENDED");
        try {
            Http.Reply refused = awaitStatus(token, 401);
            assertProblem(refused, 401);
            assertTrue(refused.json().get("detail").asText().contains("suspended"), refused.body());
            assertEquals(200, Http.get(grids(), Tenants.token(PlatformEnvironment.ALPHA, "alpha-admin")).status(),
                    "other tenants are unaffected");
        } finally {
            PlatformEnvironment.state().registrar().setStatus(PlatformEnvironment.BETA, "ACTIVE");
        }
        assertEquals(200, awaitStatus(token, 200).status());
    }

    @Test
    void signingKeyRotationNeedsNoRestart() throws Exception {
        String before = Tenants.token(PlatformEnvironment.ALPHA, "alpha-admin");
        assertEquals(200, Http.get(grids(), before).status());
        try (RealmProvisioner realms = PlatformEnvironment.state().provisioner()) {
            realms.rotateSigningKey(PlatformEnvironment.ALPHA, 500);
        }
        String after = Tenants.token(PlatformEnvironment.ALPHA, "alpha-admin");
        assertFalse(kid(before).equals(kid(after)), "Keycloak signs with the new key");
        assertEquals(200, awaitStatus(after, 200).status());
    }

    private static String kid(String token) throws java.text.ParseException {
        return SignedJWT.parse(token).getHeader().getKeyID();
    }

    /** Polls for a few seconds: caches (registry, JWKS rate limit) converge within seconds by design. */
    private Http.Reply awaitStatus(String token, int status) throws InterruptedException {
        Http.Reply last = null;
        for (int i = 0; i < 50; i++) {
            last = Http.get(grids(), token);
            if (last.status() == status) {
                return last;
            }
            Thread.sleep(200);
        }
        return last;
    }
}
