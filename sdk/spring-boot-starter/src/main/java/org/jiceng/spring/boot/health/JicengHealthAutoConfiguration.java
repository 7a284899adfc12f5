package org.jiceng.spring.boot.health;

import org.jiceng.spring.boot.JicengAutoConfiguration;
import org.jiceng.spring.boot.JicengPlatformProbe;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Registers {@link JicengHealthIndicator} as {@code jiceng} where Spring Boot 4's health API is present; turn it
 * off with {@code management.health.jiceng.enabled=false}.
 */
@AutoConfiguration(after = JicengAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
@ConditionalOnBean(JicengPlatformProbe.class)
@ConditionalOnProperty(prefix = "management.health.jiceng", name = "enabled", matchIfMissing = true)
public class JicengHealthAutoConfiguration {

    @Bean(name = "jicengHealthIndicator")
    @ConditionalOnMissingBean(name = "jicengHealthIndicator")
    public JicengHealthIndicator jicengHealthIndicator(JicengPlatformProbe probe) {
        return new JicengHealthIndicator(probe);
    }
}
