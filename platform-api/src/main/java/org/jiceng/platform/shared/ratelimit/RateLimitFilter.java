package org.jiceng.platform.shared.ratelimit;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.jiceng.platform.shared.api.Problem;
import org.jiceng.platform.shared.security.Caller;
import org.jiceng.platform.shared.security.CallerContext;

import java.util.Optional;

/**
 * Applies the tenant's {@code rateLimitPerMinute} to each of its clients: {@code RateLimit-*} headers on every
 * response, and 429 with {@code Retry-After} once the minute's budget is spent.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class RateLimitFilter implements ContainerRequestFilter, ContainerResponseFilter {
    private static final String DECISION = RateLimiter.Decision.class.getName();

    @Inject
    CallerContext callers;
    @Inject
    RateLimiter limiter;

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<Caller> caller = callers.current();
        if (caller.isEmpty()) {
            return;
        }
        Caller c = caller.get();
        String client = c.clientId() != null ? c.clientId() : "user:" + c.subject();
        RateLimiter.Decision d = limiter.hit(c.tenantId(), client, c.tenant().settings().rateLimitPerMinute());
        request.setProperty(DECISION, d);
        if (!d.allowed()) {
            request.abortWith(Response.status(429).type(Problem.MEDIA_TYPE)
                    .header("Retry-After", d.resetSeconds())
                    .entity(Problem.of(429, "rate-limited", "Too Many Requests", "This client may make "
                            + d.limit() + " requests a minute; retry after " + d.resetSeconds() + " s").toJson())
                    .build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof RateLimiter.Decision d) {
            response.getHeaders().putSingle("RateLimit-Limit", d.limit());
            response.getHeaders().putSingle("RateLimit-Remaining", d.remaining());
            response.getHeaders().putSingle("RateLimit-Reset", d.resetSeconds());
        }
    }
}
