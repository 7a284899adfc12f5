package org.jiceng.spring.boot;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code jiceng.*}: where the platform is and how this application signs in to its tenant. The client signs in
 * with the OAuth 2.0 client-credentials grant of a machine client of the tenant's realm.
 */
@ConfigurationProperties(prefix = "jiceng")
public class JicengProperties {
    /** The platform's base URL, e.g. https://jiceng.example.cn. */
    private String baseUrl;
    /**
     * Where the platform reports its readiness, for the health indicator; by default {@code <base-url>/health/ready}.
     * Set it when a gateway serves the API below a path of its own.
     */
    private String healthUrl;
    /** The tenant realm's issuer, e.g. https://id.example.cn/realms/jiceng-sip (or its token endpoint). */
    private String issuer;
    /** The machine client's id in the tenant realm. */
    private String clientId;
    /** The machine client's secret. */
    private String clientSecret;
    /** Timeout of each request. */
    private Duration timeout = Duration.ofSeconds(30);
    /** Timeout of opening a connection. */
    private Duration connectTimeout = Duration.ofSeconds(10);
    /** Retries after a connection failure, 429, 502, 503 or 504; each write keeps its idempotency key. */
    private int maxRetries = 2;
    /** Language of problem details (zh-CN or en); the tenant's language when unset. */
    private String language;
    private final Webhook webhook = new Webhook();

    /** Signed webhooks the platform sends this application. */
    public static class Webhook {
        /** The endpoint's signing secret (whsec_...), as the platform showed it once when the endpoint was created. */
        private String secret;
        /** A second secret accepted during a rotation's overlap. */
        private String previousSecret;

        public String getSecret() {
            return secret;
        }

        public void setSecret(String secret) {
            this.secret = secret;
        }

        public String getPreviousSecret() {
            return previousSecret;
        }

        public void setPreviousSecret(String previousSecret) {
            this.previousSecret = previousSecret;
        }
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getHealthUrl() {
        return healthUrl;
    }

    public void setHealthUrl(String healthUrl) {
        this.healthUrl = healthUrl;
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public Duration getTimeout() {
        return timeout;
    }

    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Webhook getWebhook() {
        return webhook;
    }
}
