package org.jiceng.examples.springboot;

import org.jiceng.sdk.events.CloudEvent;
import org.jiceng.spring.boot.JicengWebhookVerifier;
import org.jiceng.spring.boot.webhook.JicengWebhookController;
import org.jiceng.spring.boot.OnWebhookSecret;
import org.springframework.context.annotation.Conditional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Receives the platform's signed webhooks at {@code /jiceng/webhooks} (only when {@code jiceng.webhook.secret} is
 * set). A real app would update its own records; this one keeps the last events, deduplicated by id, to show them.
 */
@RestController
@RequestMapping("/jiceng/webhooks")
@Conditional(OnWebhookSecret.class)
public class CaseEventsReceiver extends JicengWebhookController {
    private final Deque<CloudEvent> received = new ArrayDeque<>();

    public CaseEventsReceiver(JicengWebhookVerifier verifier) {
        super(verifier);
    }

    @Override
    protected synchronized void onEvent(CloudEvent event) {
        if (received.stream().noneMatch(e -> e.id().equals(event.id()))) {
            received.addFirst(event);
            while (received.size() > 100) {
                received.removeLast();
            }
        }
    }

    @GetMapping("/received")
    public synchronized List<Map<String, Object>> received() {
        return received.stream().map(e -> Map.<String, Object>of("id", e.id(), "type", e.type(),
                "subject", e.subject() == null ? "" : e.subject())).toList();
    }
}
