package org.jiceng.spring.boot;

import com.svix.Webhook;
import org.jiceng.sdk.JicengClient;
import org.jiceng.sdk.events.CloudEvent;
import org.jiceng.sdk.webhooks.WebhookVerificationException;
import org.jiceng.spring.boot.health.JicengHealthAutoConfiguration;
import org.jiceng.spring.boot.health.JicengHealthIndicator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JicengAutoConfigurationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JicengAutoConfiguration.class,
                    JicengHealthAutoConfiguration.class));

    private static final String[] CONNECTION = {"jiceng.base-url=http://127.0.0.1:1",
            "jiceng.issuer=http://127.0.0.1:1/realms/jiceng-sip", "jiceng.client-id=sip-app",
            "jiceng.client-secret=s3cret"};

    @Test
    void buildsAClientFromTheProperties() {
        runner.withPropertyValues(CONNECTION).withPropertyValues("jiceng.timeout=5s", "jiceng.max-retries=4",
                "jiceng.language=en").run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(JicengClient.class)
                    .hasSingleBean(JicengPlatformProbe.class).hasSingleBean(JicengHealthIndicator.class);
            JicengProperties p = context.getBean(JicengProperties.class);
            assertThat(p.getTimeout()).hasSeconds(5);
            assertThat(p.getMaxRetries()).isEqualTo(4);
            assertThat(context).doesNotHaveBean(JicengWebhookVerifier.class);
        });
        // an empty secret, as a placeholder's empty default leaves it, means no webhooks
        runner.withPropertyValues(CONNECTION).withPropertyValues("jiceng.webhook.secret=")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(JicengWebhookVerifier.class));
    }

    @Test
    void refusesToStartWithoutWhereThePlatformIs() {
        runner.withPropertyValues("jiceng.issuer=http://x/realms/jiceng-sip", "jiceng.client-id=a",
                "jiceng.client-secret=b").run(context -> assertThat(context).hasFailed().getFailure()
                .rootCause().hasMessageContaining("jiceng.base-url"));
        runner.withPropertyValues("jiceng.base-url=http://127.0.0.1:1").run(context -> assertThat(context)
                .hasFailed().getFailure().rootCause().hasMessageContaining("jiceng.issuer"));
    }

    @Test
    void backsOffForTheApplicationsOwnClientAndCustomizesItsOwn() {
        JicengClient own = JicengClient.builder().baseUrl("http://127.0.0.1:2").tokenSupplier(() -> "t").build();
        runner.withPropertyValues(CONNECTION).withBean(JicengClient.class, () -> own)
                .run(context -> assertThat(context.getBean(JicengClient.class)).isSameAs(own));

        int[] customized = {0};
        runner.withPropertyValues(CONNECTION)
                .withBean(JicengClientBuilderCustomizer.class, () -> b -> customized[0]++)
                .run(context -> {
                    assertThat(context).hasSingleBean(JicengClient.class);
                    assertThat(customized[0]).isEqualTo(1);
                });
    }

    @Test
    void theReadinessUrlDefaultsBelowTheBaseUrlAndCanBeSet() {
        runner.withPropertyValues(CONNECTION).run(context -> assertThat(context.getBean(JicengPlatformProbe.class)
                .readiness()).hasToString("http://127.0.0.1:1/health/ready"));
        runner.withPropertyValues(CONNECTION).withPropertyValues("jiceng.health-url=http://gw:9/jiceng/health/ready")
                .run(context -> assertThat(context.getBean(JicengPlatformProbe.class).readiness())
                        .hasToString("http://gw:9/jiceng/health/ready"));
    }

    @Test
    void theHealthIndicatorCanBeTurnedOff() {
        runner.withPropertyValues(CONNECTION).withPropertyValues("management.health.jiceng.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(JicengHealthIndicator.class));
    }

    @Test
    void healthIsDownWhileThePlatformDoesNotAnswerAndUpWhenItIsReady() throws IOException {
        runner.withPropertyValues(CONNECTION).withPropertyValues("jiceng.connect-timeout=1s").run(context -> {
            var health = context.getBean(JicengHealthIndicator.class).health(true);
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsKey("error").containsEntry("url",
                    "http://127.0.0.1:1/health/ready");
        });

        // the platform's readiness route answers without a token; a JDK server stands in for its route alone
        var server = com.sun.net.httpserver.HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/health/ready", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        try {
            runner.withPropertyValues(CONNECTION).withPropertyValues("jiceng.base-url=http://127.0.0.1:"
                    + server.getAddress().getPort()).run(context -> {
                var health = context.getBean(JicengHealthIndicator.class).health(true);
                assertThat(health.getStatus()).isEqualTo(Status.UP);
                assertThat(health.getDetails()).containsEntry("status", 200);
            });
        } finally {
            server.stop(0);
        }
    }

    @Test
    void verifiesSignedDeliveriesWithTheConfiguredSecretAndThePreviousOneDuringARotation() throws Exception {
        String secret = "whsec_" + Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef"
                .getBytes(StandardCharsets.US_ASCII));
        String previous = "whsec_" + Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210"
                .getBytes(StandardCharsets.US_ASCII));
        byte[] body = ("{\"specversion\":\"1.0\",\"id\":\"evt_1\",\"source\":\"/tenants/sip\","
                + "\"type\":\"case.dispatched\",\"subject\":\"case/42\",\"time\":\"2026-12-01T08:00:00Z\","
                + "\"data\":{\"status\":\"DISPATCHED\"}}").getBytes(StandardCharsets.UTF_8);

        runner.withPropertyValues(CONNECTION).withPropertyValues("jiceng.webhook.secret=" + secret,
                "jiceng.webhook.previous-secret=" + previous).run(context -> {
            JicengWebhookVerifier verifier = context.getBean(JicengWebhookVerifier.class);
            CloudEvent event = verifier.verify(body, signed("msg_1", body, secret));
            assertThat(event.type()).isEqualTo("case.dispatched");
            assertThat(event.subject()).isEqualTo("case/42");
            assertThat(verifier.verify(body, signed("msg_2", body, previous)).id()).isEqualTo("evt_1");

            byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("DISPATCHED", "CLOSED")
                    .getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> verifier.verify(tampered, signed("msg_3", body, secret)))
                    .isInstanceOf(WebhookVerificationException.class);
        });
    }

    /** Headers as Svix's independent implementation signs them. */
    private static Map<String, String> signed(String id, byte[] body, String secret) throws Exception {
        long now = System.currentTimeMillis() / 1000;
        String signature = new Webhook(secret).sign(id, now, new String(body, StandardCharsets.UTF_8));
        Map<String, String> headers = new HashMap<>();
        headers.put("Webhook-Id", id);
        headers.put("Webhook-Timestamp", Long.toString(now));
        headers.put("Webhook-Signature", signature);
        return headers;
    }

    @Test
    void publishesConfigurationMetadataForIdes() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).isNotNull();
            String metadata = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(metadata).contains("\"jiceng.base-url\"", "\"jiceng.client-secret\"",
                    "\"jiceng.webhook.secret\"", "The platform's base URL");
        }
    }
}
