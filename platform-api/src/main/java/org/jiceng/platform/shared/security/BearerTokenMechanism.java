package org.jiceng.platform.shared.security;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jiceng.platform.shared.api.Problem;
import org.jiceng.platform.shared.config.PlatformConfig;
import org.jiceng.platform.shared.api.RequestIds;
import org.jiceng.platform.shared.tenant.Tenant;
import org.jiceng.platform.shared.tenant.TenantRegistry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Authenticates every request by bearer token, except the routes {@link PublicRoutes} lists. On {@code /admin} the platform realm's
 * tokens are also accepted (as a {@link PlatformAdmin}); tenant tokens there authenticate but hold no admin rights. The token's {@code iss} is read unverified only to pick a
 * verifier: an issuer the tenant registry does not know is refused on the spot, with no network call. The
 * registered issuer's verifier then checks signature, expiry, {@code nbf}, issuer and audience; the tenant must
 * be ACTIVE. The verified caller (tenant, subject, roles) is the only source of the request's tenant.
 */
@ApplicationScoped
public class BearerTokenMechanism implements HttpAuthenticationMechanism {
    private static final Logger LOG = Logger.getLogger(BearerTokenMechanism.class.getName());
    private static final String CHALLENGE = "Bearer realm=\"jiceng\"";

    @Inject
    TenantRegistry tenants;
    @Inject
    TokenVerifiers verifiers;
    @Inject
    PlatformConfig config;
    @Inject
    FailedAuthentications failures;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String raw = request.getRequestURI().substring(request.getContextPath().length());
        if (isCorsPreflight(request) || PublicRoutes.isPublic(request.getMethod(), raw)) {
            return context.doNothing();
        }
        // deny by default: every other route needs a verified caller, whatever its spelling
        String path = PublicRoutes.normalised(raw);
        boolean admin = path.equals("/admin") || path.startsWith("/admin/");
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return refuse(request, response, CHALLENGE, "An access token is required: Authorization: Bearer <token>");
        }
        String token = header.substring(7).trim();
        long wait = failures.retryAfter(request.getRemoteAddr());
        if (wait > 0) {
            response.setHeader("Retry-After", Long.toString(wait));
            return respond(request, response, 429, null, Problem.of(429, "rate-limited", "Too Many Requests",
                    "Too many invalid tokens from this address; retry after " + wait + " s"));
        }
        try {
            String issuer = unverifiedIssuer(token);
            if (admin && issuer != null && issuer.equals(config.platformIssuer().orElse(null))) {
                JWTClaimsSet claims = verifiers.verify(issuer, token);
                Set<String> roles = realmRoles(claims);
                request.setAttribute(CallerContext.ADMIN_ATTRIBUTE, new PlatformAdmin(issuer, claims.getSubject(),
                        claims.getStringClaim("azp"), Set.copyOf(roles)));
                return context.notifyContainerAboutLogin(new CallerPrincipal(claims.getSubject()), roles);
            }
            Optional<Tenant> tenant = issuer == null ? Optional.empty() : tenants.byIssuer(issuer);
            if (tenant.isEmpty()) {
                return invalid(request, response, "The token's issuer is not a registered tenant realm");
            }
            JWTClaimsSet claims = verifiers.verify(issuer, token);
            if (!tenant.get().isActive()) {
                return invalid(request, response, "Tenant '" + tenant.get().id() + "' is suspended");
            }
            Set<String> roles = realmRoles(claims);
            Caller caller = new Caller(tenant.get(), claims.getSubject(), claims.getStringClaim("azp"),
                    Set.copyOf(roles), Permission.of(roles), isServiceAccount(claims));
            request.setAttribute(CallerContext.ATTRIBUTE, caller);
            return context.notifyContainerAboutLogin(new CallerPrincipal(caller.subject()), roles);
        } catch (TokenVerifiers.InvalidToken | ParseException e) {
            return invalid(request, response, "The access token is not valid: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Authentication failed unexpectedly", e);
            response.setHeader("Retry-After", "2");
            return respond(request, response, 503, null, Problem.of(503, "authentication-unavailable",
                    "Service Unavailable", "Tokens cannot be verified right now; retry shortly"));
        }
    }

    /** A browser's CORS preflight carries no credentials; {@code CorsFilter} answers it. */
    private static boolean isCorsPreflight(HttpServletRequest request) {
        return "OPTIONS".equals(request.getMethod()) && request.getHeader("Origin") != null
                && request.getHeader("Access-Control-Request-Method") != null;
    }

    private static String unverifiedIssuer(String token) throws ParseException {
        return JWTParser.parse(token).getJWTClaimsSet().getIssuer();
    }

    @SuppressWarnings("unchecked")
    private static Set<String> realmRoles(JWTClaimsSet claims) throws ParseException {
        Map<String, Object> realmAccess = claims.getJSONObjectClaim("realm_access");
        Set<String> roles = new HashSet<>();
        if (realmAccess != null && realmAccess.get("roles") instanceof List<?> list) {
            list.forEach(r -> roles.add(String.valueOf(r)));
        }
        return roles;
    }

    /** Keycloak marks a client-credentials token with {@code client_id}, its user {@code service-account-…}. */
    private static boolean isServiceAccount(JWTClaimsSet claims) {
        Object user = claims.getClaim("preferred_username");
        return claims.getClaim("client_id") != null || claims.getClaim("clientId") != null
                || user != null && user.toString().startsWith("service-account-");
    }

    private AuthenticationStatus invalid(HttpServletRequest request, HttpServletResponse response, String detail) {
        failures.failed(request.getRemoteAddr());
        return refuse(request, response, CHALLENGE + ", error=\"invalid_token\", error_description=\""
                + detail.replace("\"", "'") + "\"", detail);
    }

    private AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response, String challenge,
                                        String detail) {
        return respond(request, response, 401, challenge,
                Problem.of(401, "unauthorized", "Unauthorized", detail));
    }

    private AuthenticationStatus respond(HttpServletRequest request, HttpServletResponse response, int status,
                                         String challenge, Problem body) {
        Problem problem = body.at(request.getRequestURI());
        try {
            response.setStatus(status);
            if (challenge != null) {
                response.setHeader("WWW-Authenticate", challenge);
            }
            response.setHeader(RequestIds.HEADER, RequestIds.of(request));
            // no tenant is known before a token is verified: the caller's Accept-Language, else Chinese
            java.util.Locale locale = org.jiceng.platform.shared.api.Languages.choose(
                    org.jiceng.platform.shared.api.Languages.ranges(request.getHeader("Accept-Language")),
                    java.util.Optional.empty());
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Content-Language", org.jiceng.platform.shared.api.Languages.tag(locale));
            response.getOutputStream().write(org.jiceng.platform.shared.api.ProblemTexts.get()
                    .localize(problem.toJson(), locale).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.log(Level.FINE, "client went away", e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
