package org.jiceng.sdk;

import org.jiceng.sdk.core.ApiRequest;
import org.jiceng.sdk.core.ApiResponse;
import org.jiceng.sdk.core.HttpTransport;

import java.util.Map;

/**
 * Calls the API as it is on the wire, for what a typed method does not cover: any path, and the whole response
 * (status, headers such as {@code ETag}, {@code Location} and {@code RateLimit-Remaining}, and the body). Reached
 * through {@code client.withRawResponse()}. It authenticates, retries and sends idempotency keys like the typed
 * services; an error status still raises the typed exception.
 *
 * <pre>{@code
 * ApiResponse r = client.withRawResponse().get("/api/v1/cases", Map.of("status", "DISPATCHED"));
 * String remaining = r.header("RateLimit-Remaining").orElse("?");
 * }</pre>
 */
public final class RawClient {
    private final HttpTransport transport;

    RawClient(HttpTransport transport) {
        this.transport = transport;
    }

    public ApiResponse get(String path, Map<String, ?> query) {
        return get(path, query, RequestOptions.none());
    }

    public ApiResponse get(String path, Map<String, ?> query, RequestOptions options) {
        ApiRequest r = ApiRequest.get(path);
        query.forEach(r::query);
        return transport.execute(r, options);
    }

    /** POSTs {@code body} (serialised as JSON; null sends no body). */
    public ApiResponse post(String path, Object body, RequestOptions options) {
        return transport.execute(ApiRequest.post(path, body), options);
    }

    /** PUTs {@code body}; {@code ifMatch} (the record's version) may be null for a create. */
    public ApiResponse put(String path, Object body, Long ifMatch, RequestOptions options) {
        ApiRequest r = ApiRequest.put(path, body);
        return transport.execute(ifMatch == null ? r : r.ifMatch(ifMatch), options);
    }

    /** Sends {@code patch} as a JSON merge patch of the record at version {@code ifMatch}. */
    public ApiResponse patch(String path, Object patch, long ifMatch, RequestOptions options) {
        return transport.execute(ApiRequest.patch(path, patch).ifMatch(ifMatch), options);
    }

    public ApiResponse delete(String path, long ifMatch, RequestOptions options) {
        return transport.execute(ApiRequest.delete(path).ifMatch(ifMatch), options);
    }
}
