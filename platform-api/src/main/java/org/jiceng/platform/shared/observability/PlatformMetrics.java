package org.jiceng.platform.shared.observability;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
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
    @Resource
    TransactionSynchronizationRegistry transactions;

    public void request(String method, String route, int status, Duration latency) {
        metrics.timer(REQUESTS_META, new Tag("method", method), new Tag("route", route),
                new Tag("status", Integer.toString(status))).update(latency);
    }

    /** A request refused by the rate limiter, by tenant. */
    public void rateLimited(String tenant) {
        counter("jiceng_rate_limit_refusals", "Requests refused with 429 by the rate limiter", tenant).inc();
    }

    /** A case filed: counted when its transaction commits, never for one rolled back. */
    public void caseCreated(String tenant) {
        onCommit(() -> counter("jiceng_cases_created", "Cases filed (committed)", tenant).inc());
    }

    /** A case closed (verified): counted when its transaction commits. */
    public void caseClosed(String tenant) {
        onCommit(() -> counter("jiceng_cases_closed", "Cases closed (committed)", tenant).inc());
    }

    private void onCommit(Runnable count) {
        if (transactions.getTransactionKey() == null) {
            count.run();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    count.run();
                }
            }
        });
    }

    private Counter counter(String name, String description, String tenant) {
        return metrics.counter(Metadata.builder().withName(name).withDescription(description).build(),
                new Tag("tenant", tenant == null ? "" : tenant));
    }
}
