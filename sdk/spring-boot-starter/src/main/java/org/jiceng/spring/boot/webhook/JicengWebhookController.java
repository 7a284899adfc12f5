package org.jiceng.spring.boot.webhook;

import org.jiceng.sdk.events.CloudEvent;
import org.jiceng.sdk.webhooks.WebhookVerificationException;
import org.jiceng.spring.boot.JicengWebhookVerifier;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Base of a Spring MVC controller that receives the platform's webhooks. Map the subclass to the endpoint's path
 * and handle verified events; deliveries whose signature does not verify get 400 and never reach
 * {@link #onEvent}. Answer quickly: the platform counts only 2xx within its timeout as delivered, and retries the
 * rest with the same event id.
 *
 * <pre>{@code
 * @RestController
 * @RequestMapping("/jiceng/webhooks")
 * class CaseEvents extends JicengWebhookController {
 *     CaseEvents(JicengWebhookVerifier verifier) { super(verifier); }
 *     protected void onEvent(CloudEvent event) { ... }
 * }
 * }</pre>
 */
public abstract class JicengWebhookController {
    private final JicengWebhookVerifier verifier;

    protected JicengWebhookController(JicengWebhookVerifier verifier) {
        this.verifier = verifier;
    }

    @PostMapping
    public ResponseEntity<Void> receive(@RequestHeader Map<String, String> headers, @RequestBody byte[] body) {
        CloudEvent event;
        try {
            event = verifier.verify(body, headers);
        } catch (WebhookVerificationException | UncheckedIOException e) {
            return ResponseEntity.badRequest().build();
        }
        onEvent(event);
        return ResponseEntity.noContent().build();
    }

    /** A delivery whose signature verified. Throwing makes the platform retry it later. */
    protected abstract void onEvent(CloudEvent event);
}
