package org.jiceng.spring.boot3;

import org.jiceng.spring.boot.JicengAutoConfiguration;
import org.jiceng.spring.boot.JicengPlatformProbe;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Registers {@link JicengBoot3HealthIndicator} as {@code jiceng} where Spring Boot 3's Actuator is present; turn it
 * off with {@code management.health.jiceng.enabled=false}.
 */
@AutoConfiguration(after = JicengAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
@ConditionalOnBean(JicengPlatformProbe.class)
@ConditionalOnProperty(prefix = "management.health.jiceng", name = "enabled", matchIfMissing = true)
public class JicengBoot3HealthAutoConfiguration {

    @Bean(name = "jicengHealthIndicator")
    @ConditionalOnMissingBean(name = "jicengHealthIndicator")
    public JicengBoot3HealthIndicator jicengHealthIndicator(JicengPlatformProbe probe) {
        return new JicengBoot3HealthIndicator(probe);
    }
}
