package org.jiceng.platform.open311.api;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.jiceng.platform.shared.config.PlatformConfig;
import org.jiceng.platform.shared.ratelimit.AddressWindows;

import java.time.Clock;

/**
 * Limits the Open311 reads, which need no key and so meet no client's budget, per source address: at most
 * {@code jiceng.open311.public-reads-per-minute} (300) a minute on each instance, then 429 in GeoReport's error
 * format with {@code Retry-After}. A citizen's app or an aggregator polling the district stays far below; a
 * scraper asking for 1,000 requests at a time does not get to keep the database busy.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class Open311ReadLimit implements ContainerRequestFilter {
    @Inject
    Counts counts;
    @Inject
    PlatformConfig config;
    @Inject
    Clock clock;
    @Context
    HttpServletRequest http;

    /** The instance's counts, kept apart from the filter's own life cycle. */
    @ApplicationScoped
    public static class Counts {
        final AddressWindows windows = new AddressWindows();
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String method = request.getMethod();
        String path = request.getUriInfo().getPath();
        if (!("GET".equals(method) || "HEAD".equals(method)) || !path.startsWith("open311/")) {
            return;
        }
        long wait = counts.windows.hit(http.getRemoteAddr(), config.open311PublicReadsPerMinute(),
                clock.instant().getEpochSecond());
        if (wait > 0) {
            request.abortWith(jakarta.ws.rs.core.Response.fromResponse(Open311Errors.response(path.endsWith(".xml"),
                    429, "Too many requests from this address; retry after " + wait + " s"))
                    .header("Retry-After", wait).build());
        }
    }
}
