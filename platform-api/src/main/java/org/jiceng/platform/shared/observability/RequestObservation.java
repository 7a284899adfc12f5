package org.jiceng.platform.shared.observability;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jiceng.platform.shared.api.RequestIds;
import org.jiceng.platform.shared.security.CallerContext;

import java.io.IOException;
import java.time.Duration;

/**
 * Times every request the application handles, records it in the request metrics and writes its log line. The
 * request id is held for the thread meanwhile, so that an application error logged on the way carries the id the
 * problem response shows the caller.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestObservation extends HttpFilter {
    @Inject
    PlatformMetrics metrics;
    @Inject
    RequestLog log;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long started = System.nanoTime();
        String requestId = RequestIds.of(request);
        RequestIds.bindToThread(requestId);
        try {
            chain.doFilter(request, response);
        } finally {
            RequestIds.unbindFromThread();
            Duration latency = Duration.ofNanos(System.nanoTime() - started);
            String route = RouteTemplates.of(request);
            int status = response.getStatus();
            metrics.request(request.getMethod(), route, status, latency);
            log.request(new RequestLog.Entry(requestId, CallerContext.tenantOf(request),
                    CallerContext.clientOf(request), request.getMethod(), route, status, latency));
        }
    }
}
