package org.jiceng.platform.shared.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.jiceng.platform.shared.security.CallerContext;
import org.jiceng.platform.shared.tenant.TenantRegistry;

/**
 * CORS for vendors' browser front ends, per tenant: a response carries {@code Access-Control-Allow-Origin} only
 * when the caller's tenant lists that origin in its settings. A preflight carries no token, so it is answered for
 * any origin that some active tenant allows; the actual request is then judged by its own tenant.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 50)
public class CorsFilter implements ContainerRequestFilter, ContainerResponseFilter {
    static final String ALLOWED_METHODS = "GET, POST, PATCH, DELETE";
    static final String ALLOWED_HEADERS = "Authorization, Content-Type, Idempotency-Key, If-Match, X-Request-Id";
    static final String EXPOSED_HEADERS = "ETag, Location, X-Request-Id, Retry-After, RateLimit-Limit, "
            + "RateLimit-Remaining, RateLimit-Reset";

    @Inject
    TenantRegistry tenants;
    @Inject
    CallerContext callers;

    @Override
    public void filter(ContainerRequestContext request) {
        String origin = request.getHeaderString("Origin");
        if (!"OPTIONS".equals(request.getMethod()) || origin == null
                || request.getHeaderString("Access-Control-Request-Method") == null) {
            return;
        }
        if (!tenants.anyAllowsOrigin(origin)) {
            request.abortWith(Response.status(403).type(Problem.MEDIA_TYPE).header("Vary", "Origin")
                    .entity(Problem.of(403, "cors-origin-not-allowed", "Forbidden", "No tenant allows browser "
                            + "pages from " + origin + "; a platform admin adds it to the tenant's allowedOrigins")
                            .toJson()).build());
            return;
        }
        request.abortWith(Response.noContent()
                .header("Access-Control-Allow-Origin", origin)
                .header("Access-Control-Allow-Methods", ALLOWED_METHODS)
                .header("Access-Control-Allow-Headers", ALLOWED_HEADERS)
                .header("Access-Control-Max-Age", "600")
                .header("Vary", "Origin").build());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String origin = request.getHeaderString("Origin");
        if (origin == null || "OPTIONS".equals(request.getMethod())) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.add("Vary", "Origin");
        if (callers.current().map(c -> c.tenant().allowsOrigin(origin)).orElse(false)) {
            headers.putSingle("Access-Control-Allow-Origin", origin);
            headers.putSingle("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        }
    }
}
