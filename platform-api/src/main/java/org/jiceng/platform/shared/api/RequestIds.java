package org.jiceng.platform.shared.api;

import jakarta.servlet.http.HttpServletRequest;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id of each request, echoed as {@code X-Request-Id}: taken from a well-formed incoming header (so a gateway's
 * id carries through) or generated.
 */
public final class RequestIds {
    public static final String HEADER = "X-Request-Id";
    private static final String ATTRIBUTE = RequestIds.class.getName();
    private static final Pattern SAFE = Pattern.compile("^[A-Za-z0-9._-]{8,64}$");

    private RequestIds() {
    }

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    /** The id of the request this thread is handling, or null outside one. */
    public static String current() {
        return CURRENT.get();
    }

    public static void bindToThread(String requestId) {
        CURRENT.set(requestId);
    }

    public static void unbindFromThread() {
        CURRENT.remove();
    }

    public static String of(HttpServletRequest request) {
        Object id = request.getAttribute(ATTRIBUTE);
        if (id == null) {
            String incoming = request.getHeader(HEADER);
            id = incoming != null && SAFE.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
            request.setAttribute(ATTRIBUTE, id);
        }
        return (String) id;
    }
}
