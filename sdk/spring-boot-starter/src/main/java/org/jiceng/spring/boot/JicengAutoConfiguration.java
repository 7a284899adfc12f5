package org.jiceng.spring.boot;

import org.jiceng.sdk.JicengClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * A {@link JicengClient} from {@code jiceng.*}, unless the application defines its own, and a
 * {@link JicengWebhookVerifier} when {@code jiceng.webhook.secret} is set.
 */
@AutoConfiguration
@ConditionalOnClass(JicengClient.class)
@EnableConfigurationProperties(JicengProperties.class)
public class JicengAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public JicengClient jicengClient(JicengProperties properties,
                                     ObjectProvider<JicengClientBuilderCustomizer> customizers) {
        JicengClient.Builder builder = JicengClient.builder()
                .baseUrl(required(properties.getBaseUrl(), "jiceng.base-url"))
                .clientCredentials(required(properties.getIssuer(), "jiceng.issuer"),
                        required(properties.getClientId(), "jiceng.client-id"),
                        required(properties.getClientSecret(), "jiceng.client-secret"))
                .timeout(properties.getTimeout())
                .connectTimeout(properties.getConnectTimeout())
                .maxRetries(properties.getMaxRetries());
        if (properties.getLanguage() != null && !properties.getLanguage().isBlank()) {
            builder.acceptLanguage(properties.getLanguage());
        }
        customizers.orderedStream().forEach(c -> c.customize(builder));
        return builder.build();
    }

    @Bean
    @ConditionalOnMissingBean
    @Conditional(OnWebhookSecret.class)
    public JicengWebhookVerifier jicengWebhookVerifier(JicengProperties properties) {
        return new JicengWebhookVerifier(properties.getWebhook().getSecret(),
                properties.getWebhook().getPreviousSecret());
    }

    @Bean
    @ConditionalOnMissingBean
    public JicengPlatformProbe jicengPlatformProbe(JicengProperties properties) {
        String readiness = properties.getHealthUrl() != null && !properties.getHealthUrl().isBlank()
                ? properties.getHealthUrl().strip()
                : required(properties.getBaseUrl(), "jiceng.base-url").replaceAll("/+$", "") + "/health/ready";
        return new JicengPlatformProbe(java.net.URI.create(readiness), properties.getConnectTimeout());
    }

    private static String required(String value, String property) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Set " + property + " to use the Jiceng client (or define your own "
                    + "JicengClient bean)");
        }
        return value.strip();
    }
}
