package org.jiceng.spring.boot.health;

import org.jiceng.spring.boot.JicengPlatformProbe;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/** {@code jiceng} in Actuator's health (Spring Boot 4): UP while the platform reports itself ready. */
public class JicengHealthIndicator extends AbstractHealthIndicator {
    private final JicengPlatformProbe probe;

    public JicengHealthIndicator(JicengPlatformProbe probe) {
        super("The Jiceng platform did not answer");
        this.probe = probe;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        JicengPlatformProbe.Result r = probe.probe();
        builder.status(r.up() ? "UP" : "DOWN").withDetails(r.details());
    }
}
