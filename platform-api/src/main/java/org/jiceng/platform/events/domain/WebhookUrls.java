package org.jiceng.platform.events.domain;

import org.jiceng.platform.shared.domain.RuleViolation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** What a webhook target URL must look like before its host is even resolved. */
public final class WebhookUrls {
    private WebhookUrls() {
    }

    /**
     * An absolute https URL without credentials or fragment, at most 2,000 characters; plain http only for loopback
     * hosts where the development setting allows loopback.
     */
    public static URI check(String url, boolean loopbackAllowed) {
        if (url == null || url.isBlank() || url.length() > 2000) {
            throw new RuleViolation("url", "an https URL of at most 2000 characters");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new RuleViolation("url", "not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw new RuleViolation("url", "an absolute URL with a host, without user info or fragment");
        }
        boolean loopbackHttp = scheme.equals("http") && loopbackAllowed && isLoopbackName(uri.getHost());
        if (!scheme.equals("https") && !loopbackHttp) {
            throw new RuleViolation("url", "webhook targets must use https");
        }
        return uri;
    }

    static boolean isLoopbackName(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]") || h.equals("::1");
    }
}
