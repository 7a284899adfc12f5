package org.jiceng.spring.boot3;

import org.jiceng.sdk.JicengClient;
import org.jiceng.spring.boot.JicengAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.net.InetSocketAddress;

import static org.assertj.core.api.Assertions.assertThat;

/** The starter on a Spring Boot 3.5 classpath, with this module's health indicator. */
class JicengBoot3HealthAutoConfigurationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JicengAutoConfiguration.class,
                    JicengBoot3HealthAutoConfiguration.class))
            .withPropertyValues("jiceng.issuer=http://127.0.0.1:1/realms/jiceng-sip", "jiceng.client-id=sip-app",
                    "jiceng.client-secret=s3cret", "jiceng.connect-timeout=1s");

    @Test
    void theStarterRunsOnBoot35WithItsHealthIndicator() throws Exception {
        assertThat(SpringBootVersion.getVersion()).startsWith("3.5.");
        runner.withPropertyValues("jiceng.base-url=http://127.0.0.1:1").run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(JicengClient.class)
                    .hasSingleBean(JicengBoot3HealthIndicator.class);
            assertThat(context.getBean(JicengBoot3HealthIndicator.class).health().getStatus()).isEqualTo(Status.DOWN);
        });

        var server = com.sun.net.httpserver.HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/health/ready", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        try {
            runner.withPropertyValues("jiceng.base-url=http://127.0.0.1:" + server.getAddress().getPort())
                    .run(context -> assertThat(context.getBean(JicengBoot3HealthIndicator.class).health().getStatus())
                            .isEqualTo(Status.UP));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void canBeTurnedOff() {
        runner.withPropertyValues("jiceng.base-url=http://127.0.0.1:1", "management.health.jiceng.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(JicengBoot3HealthIndicator.class));
    }
}
