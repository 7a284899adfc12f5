package org.jiceng.spring.boot;

import org.jiceng.sdk.core.Json;
import org.jiceng.sdk.events.CloudEvent;
import org.jiceng.sdk.webhooks.WebhookVerificationException;
import org.jiceng.sdk.webhooks.Webhooks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Checks the Standard Webhooks signature of a delivery from the platform (with the SDK's {@link Webhooks}) and
 * reads its event. During a secret rotation's overlap both the new and the previous secret are accepted. Receivers
 * should deduplicate on {@link CloudEvent#id()}: a redelivery carries the same id.
 */
public class JicengWebhookVerifier {
    private final String secret;
    private final String previousSecret;

    public JicengWebhookVerifier(String secret, String previousSecret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("A webhook signing secret (whsec_...) is required");
        }
        this.secret = secret.strip();
        this.previousSecret = previousSecret == null || previousSecret.isBlank() ? null : previousSecret.strip();
    }

    /** As {@link #verify(byte[], Map)}, with multi-valued headers as a servlet or the JDK's server gives them. */
    public CloudEvent verifyHeaders(byte[] body, Map<String, List<String>> headers) {
        Map<String, String> first = new java.util.HashMap<>();
        headers.forEach((name, values) -> {
            if (name != null && values != null && !values.isEmpty()) {
                first.put(name, values.get(0));
            }
        });
        return verify(body, first);
    }

    /**
     * The event of a delivery whose signature is valid and recent.
     *
     * @param headers the request's headers (the first value of each), names in any case
     * @throws WebhookVerificationException when the signature, its timestamp or the body is not right
     */
    public CloudEvent verify(byte[] body, Map<String, String> headers) {
        try {
            Webhooks.verify(body, headers, secret);
        } catch (WebhookVerificationException e) {
            if (previousSecret == null) {
                throw e;
            }
            Webhooks.verify(body, headers, previousSecret);
        }
        try {
            return Json.mapper().readValue(body, CloudEvent.class);
        } catch (IOException e) {
            throw new UncheckedIOException("A signed delivery that is not a CloudEvent", e);
        }
    }
}
