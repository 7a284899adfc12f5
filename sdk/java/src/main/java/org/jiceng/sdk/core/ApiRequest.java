package org.jiceng.sdk.core;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** One API call as the services describe it: method, path, query, optional JSON body and extra headers. */
public final class ApiRequest {
    final String method;
    final String path;
    final Map<String, String> query = new LinkedHashMap<>();
    final Map<String, String> headers = new LinkedHashMap<>();
    Object body;
    String contentType = "application/json";
    boolean create;

    private ApiRequest(String method, String path) {
        this.method = method;
        this.path = path;
    }

    public static ApiRequest get(String path) {
        return new ApiRequest("GET", path);
    }

    public static ApiRequest post(String path, Object body) {
        return new ApiRequest("POST", path).body(body);
    }

    public static ApiRequest patch(String path, Object body) {
        return new ApiRequest("PATCH", path).body(body).contentType("application/merge-patch+json");
    }

    /** Replaces (or creates) the resource at {@code path} with {@code body}; safe to repeat. */
    public static ApiRequest put(String path, Object body) {
        return new ApiRequest("PUT", path).body(body);
    }

    public static ApiRequest delete(String path) {
        return new ApiRequest("DELETE", path);
    }

    public ApiRequest body(Object body) {
        this.body = body;
        return this;
    }

    public ApiRequest contentType(String contentType) {
        this.contentType = contentType;
        return this;
    }

    /** Marks a POST that creates a record: it gets an {@code Idempotency-Key}, reused across its retries. */
    public ApiRequest creates() {
        this.create = true;
        return this;
    }

    public ApiRequest query(String name, Object value) {
        if (value != null) {
            query.put(name, String.valueOf(value));
        }
        return this;
    }

    /** Sends {@code If-Match} for the given record version. */
    public ApiRequest ifMatch(long version) {
        headers.put("If-Match", "\"" + version + "\"");
        return this;
    }

    public ApiRequest header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** Relative to the base URL, so that a platform deployed under a context path works too. */
    String pathAndQuery() {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        if (query.isEmpty()) {
            return relative;
        }
        StringJoiner joiner = new StringJoiner("&", relative + "?", "");
        query.forEach((k, v) -> joiner.add(enc(k) + "=" + enc(v)));
        return joiner.toString();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Encodes one path segment (an id) so that it cannot escape its place in the URL. */
    public static String segment(String id) {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("id must not be empty");
        }
        return enc(id);
    }
}
