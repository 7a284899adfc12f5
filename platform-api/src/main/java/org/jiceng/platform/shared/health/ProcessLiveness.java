package org.jiceng.platform.shared.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Live while the JVM can answer at all; restarting will not fix a database outage, so that is readiness only. */
@Liveness
@ApplicationScoped
public class ProcessLiveness implements HealthCheck {
    @Override
    public HealthCheckResponse call() {
        Runtime rt = Runtime.getRuntime();
        return HealthCheckResponse.named("process").up()
                .withData("freeMemoryMiB", rt.freeMemory() / (1024 * 1024)).build();
    }
}
