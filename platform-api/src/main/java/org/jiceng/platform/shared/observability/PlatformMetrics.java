package org.jiceng.platform.shared.observability;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

import java.time.Duration;

/**
 * The platform's application metrics. The request timer is published as a Prometheus histogram (its buckets
 * are set in {@code microprofile-config.properties}), labelled by method, route template and status.
 */
@ApplicationScoped
public class PlatformMetrics {
    static final String REQUESTS = "jiceng_http_server_requests";
    private static final Metadata REQUESTS_META = Metadata.builder().withName(REQUESTS)
            .withDescription("Requests by method, route template and status").withUnit(MetricUnits.SECONDS).build();

    @Inject
    MetricRegistry metrics;

    public void request(String method, String route, int status, Duration latency) {
        metrics.timer(REQUESTS_META, new Tag("method", method), new Tag("route", route),
                new Tag("status", Integer.toString(status))).update(latency);
    }

    /** A request refused by the rate limiter, by tenant. */
    public void rateLimited(String tenant) {
        counter("jiceng_rate_limit_refusals", "Requests refused with 429 by the rate limiter", tenant).inc();
    }

    /** A case filed, counted once its transaction committed. */
    public void caseCreated(String tenant) {
        counter("jiceng_cases_created", "Cases filed (committed)", tenant).inc();
    }

    /** A case closed, counted once its transaction committed. */
    public void caseClosed(String tenant) {
        counter("jiceng_cases_closed", "Cases closed (committed)", tenant).inc();
    }

    private Counter counter(String name, String description, String tenant) {
        return metrics.counter(Metadata.builder().withName(name).withDescription(description).build(),
                new Tag("tenant", tenant == null ? "" : tenant));
    }
}
