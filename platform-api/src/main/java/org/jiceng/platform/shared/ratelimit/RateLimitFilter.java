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
import org.jiceng.platform.shared.observability.PlatformMetrics;
import org.jiceng.platform.shared.api.Problem;
import org.jiceng.platform.shared.security.Caller;
import org.jiceng.platform.shared.security.CallerContext;

import java.util.ArrayList;
import java.util.List;
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
    @Inject
    org.jiceng.platform.shared.config.PlatformConfig config;

    /** The header in which a vendor's app names the resident (external id) a request is made for. */
    public static final String END_USER_HEADER = "Jiceng-End-User";

    @Inject
    PlatformMetrics metrics;

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<Caller> caller = callers.current();
        if (caller.isEmpty()) {
            return;
        }
        Caller c = caller.get();
        int clientLimit = c.tenant().settings().rateLimitPerMinute();
        List<RateLimiter.Bucket> buckets = new ArrayList<>();
        buckets.add(new RateLimiter.Bucket(c.clientId() != null ? c.clientId() : "user:" + c.subject(), clientLimit));
        endUser(c, request).ifPresent(user -> buckets.add(new RateLimiter.Bucket(user,
                Math.min(clientLimit, config.perUserPerMinute()))));
        RateLimiter.Decision d = limiter.hit(c.tenantId(), buckets);
        request.setProperty(DECISION, d);
        if (!d.allowed()) {
            metrics.rateLimited(c.tenantId());
            request.abortWith(Response.status(429).type(Problem.MEDIA_TYPE)
                    .header("Retry-After", d.resetSeconds())
                    .entity(Problem.of(429, "rate-limited", "Too Many Requests", "At most " + d.limit()
                            + " requests a minute; retry after " + d.resetSeconds() + " s").toJson())
                    .build());
        }
    }

    /**
     * The end user a request is counted for besides its client: a person's own token counts for its subject; a
     * vendor's app names the resident it acts for in {@value #END_USER_HEADER}. An application acting for itself has
     * no end user, only its client budget.
     */
    static Optional<String> endUser(Caller c, ContainerRequestContext request) {
        if (!c.serviceAccount()) {
            return Optional.of("user:" + c.subject());
        }
        String actingFor = request.getHeaderString(END_USER_HEADER);
        if (actingFor != null && !actingFor.isBlank() && c.roles().contains("vendor-app")) {
            String id = actingFor.strip();
            return Optional.of("end-user:" + c.clientId() + ":" + (id.length() > 128 ? id.substring(0, 128) : id));
        }
        return Optional.empty();
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
