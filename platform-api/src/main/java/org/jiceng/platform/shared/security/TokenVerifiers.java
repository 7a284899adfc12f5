package org.jiceng.platform.shared.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jiceng.platform.shared.config.PlatformConfig;

import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One JWT processor per registered issuer (a Keycloak realm), each with its own cached JWKS. A token whose key id
 * is not in the cached set triggers a refetch (Keycloak key rotation needs no restart), rate-limited so that
 * forged key ids cannot flood the realm. Only issuers the registry knows ever reach this class.
 */
@ApplicationScoped
public class TokenVerifiers {
    private static final int JWKS_TIMEOUT_MS = 3_000;
    private static final long JWKS_TTL_MS = 10 * 60_000;
    /** Longer than any access token lives: a Keycloak outage never fails a token it issued before. */
    private static final long OUTAGE_TOLERANCE_MS = 24 * 60 * 60_000L;

    @Inject
    PlatformConfig config;

    private final ConcurrentHashMap<String, ConfigurableJWTProcessor<SecurityContext>> byIssuer =
            new ConcurrentHashMap<>();

    /** Verifies signature, {@code exp}, {@code nbf}, {@code iss} and {@code aud}; returns the claims. */
    public JWTClaimsSet verify(String issuer, String token) throws InvalidToken {
        try {
            return byIssuer.computeIfAbsent(issuer, this::processor).process(token, null);
        } catch (ParseException | BadJOSEException e) {
            throw new InvalidToken(e.getMessage());
        } catch (JOSEException e) {
            throw new InvalidToken("signature could not be checked: " + e.getMessage());
        }
    }

    private ConfigurableJWTProcessor<SecurityContext> processor(String issuer) {
        JWKSource<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.create(URI.create(issuer + "/protocol/openid-connect/certs").toURL(),
                            new DefaultResourceRetriever(JWKS_TIMEOUT_MS, JWKS_TIMEOUT_MS, 512 * 1024))
                    .cache(JWKS_TTL_MS, JWKS_TIMEOUT_MS)
                    .rateLimited(config.jwksMinRefresh().toMillis())
                    .retrying(true)
                    // Keycloak down: keep verifying with the keys last fetched, so tokens already issued work
                    // until they expire and only new token requests fail
                    .outageTolerant(OUTAGE_TOLERANCE_MS)
                    .build();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalStateException("Registered issuer is not a URL: " + issuer, e);
        }
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(
                Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512, JWSAlgorithm.PS256,
                        JWSAlgorithm.ES256), keys));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
                new HashSet<>(Set.of(config.audience())),
                new JWTClaimsSet.Builder().issuer(issuer).build(),
                new HashSet<>(Set.of("sub", "exp", "iat")),
                new HashSet<>());
        claims.setMaxClockSkew((int) config.clockSkew().toSeconds());
        processor.setJWTClaimsSetVerifier(claims);
        return processor;
    }

    /** The token is malformed, forged, expired, not yet valid or meant for someone else. */
    public static class InvalidToken extends Exception {
        public InvalidToken(String message) {
            super(message);
        }
    }
}
