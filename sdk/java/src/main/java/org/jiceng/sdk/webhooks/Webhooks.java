package org.jiceng.sdk.webhooks;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Verifies a webhook the platform sent, per the Standard Webhooks specification (v1), for receivers: it needs
 * nothing but the JDK and the endpoint's secret.
 *
 * <pre>{@code
 * // in your HTTP handler, with the raw body bytes exactly as received
 * Webhooks.verify(body, Map.of("webhook-id", id, "webhook-timestamp", ts, "webhook-signature", sig), secret);
 * // then deduplicate on webhook-id: delivery is at least once
 * }</pre>
 *
 * The signature is compared in constant time; a timestamp more than five minutes from now is refused, so a
 * captured message cannot be replayed later. During a secret rotation the platform signs with both secrets, so
 * either one verifies.
 */
public final class Webhooks {
    /** How far a message's timestamp may be from the receiver's clock. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);
    private static final String PREFIX = "whsec_";

    private Webhooks() {
    }

    /**
     * Throws {@link WebhookVerificationException} unless {@code body} was signed with {@code secret} within five
     * minutes of now. Header names are matched without regard to case.
     */
    public static void verify(byte[] body, Map<String, String> headers, String secret) {
        verify(body, headers, secret, Clock.systemUTC());
    }

    /** As {@link #verify(byte[], Map, String)}, with multi-valued headers as a servlet or JDK server gives them. */
    public static void verifyHeaders(byte[] body, Map<String, List<String>> headers, String secret) {
        java.util.Map<String, String> single = new java.util.HashMap<>();
        headers.forEach((k, v) -> {
            if (k != null && v != null && !v.isEmpty()) {
                single.put(k, v.get(0));
            }
        });
        verify(body, single, secret, Clock.systemUTC());
    }

    static void verify(byte[] body, Map<String, String> headers, String secret, Clock clock) {
        String id = header(headers, "webhook-id");
        String timestamp = header(headers, "webhook-timestamp");
        String signatures = header(headers, "webhook-signature");
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            throw new WebhookVerificationException("webhook-timestamp is not a number of seconds");
        }
        long now = clock.instant().getEpochSecond();
        if (Math.abs(now - seconds) > TOLERANCE.getSeconds()) {
            throw new WebhookVerificationException("webhook-timestamp is more than 5 minutes from now");
        }
        byte[] expected = sign(key(secret), id + "." + seconds + ".", body);
        boolean matched = false;
        for (String candidate : signatures.strip().split(" ")) {
            int comma = candidate.indexOf(',');
            if (comma < 0 || !candidate.substring(0, comma).equals("v1")) {
                continue;
            }
            byte[] given;
            try {
                given = Base64.getDecoder().decode(candidate.substring(comma + 1));
            } catch (IllegalArgumentException e) {
                continue;
            }
            // every candidate is compared, in constant time, whatever the earlier ones gave
            matched |= MessageDigest.isEqual(expected, given);
        }
        if (!matched) {
            throw new WebhookVerificationException("no webhook-signature matches the secret");
        }
    }

    private static String header(Map<String, String> headers, String name) {
        for (Map.Entry<String, String> e : headers.entrySet()) {
            if (e.getKey() != null && e.getKey().toLowerCase(Locale.ROOT).equals(name) && e.getValue() != null) {
                return e.getValue();
            }
        }
        throw new WebhookVerificationException("missing header " + name);
    }

    private static byte[] key(String secret) {
        if (secret == null) {
            throw new IllegalArgumentException("secret is required");
        }
        String encoded = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
        try {
            return Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the secret is not whsec_ and base64", e);
        }
    }

    private static byte[] sign(byte[] key, String prefix, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(prefix.getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
