package org.jiceng.spring.boot3;

import org.jiceng.spring.boot.JicengPlatformProbe;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/** {@code jiceng} in Actuator's health on Spring Boot 3.5: UP while the platform reports itself ready. */
public class JicengBoot3HealthIndicator extends AbstractHealthIndicator {
    private final JicengPlatformProbe probe;

    public JicengBoot3HealthIndicator(JicengPlatformProbe probe) {
        super("The Jiceng platform did not answer");
        this.probe = probe;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        JicengPlatformProbe.Result r = probe.probe();
        builder.status(r.up() ? "UP" : "DOWN").withDetails(r.details());
    }
}
