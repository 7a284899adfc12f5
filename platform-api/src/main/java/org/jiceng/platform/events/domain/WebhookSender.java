package org.jiceng.platform.events.domain;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Posts one signed webhook and says how it went; never throws for the receiver's failures. */
public interface WebhookSender {
    /**
     * @param status   the receiver's HTTP status, empty when it could not be reached or was refused
     * @param error    why there is no status
     * @param retryAfter the receiver's {@code Retry-After}, in seconds
     */
    record Result(Optional<Integer> status, int latencyMs, Optional<String> responseExcerpt, Optional<String> error,
                  Optional<Duration> retryAfter) {
        public boolean delivered() {
            return status.map(s -> s >= 200 && s < 300).orElse(false);
        }
    }

    Result send(URI target, String messageId, List<String> secrets, byte[] body);
}
