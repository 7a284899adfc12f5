package org.jiceng.sdk.core;

import com.fasterxml.jackson.databind.JavaType;

import java.io.IOException;
import java.net.http.HttpHeaders;
import java.util.Optional;

import org.jiceng.sdk.errors.JicengException;

/** A successful response: status, headers and the raw body, decoded on demand. */
public final class ApiResponse {
    private final int statusCode;
    private final HttpHeaders headers;
    private final byte[] body;

    ApiResponse(int statusCode, HttpHeaders headers, byte[] body) {
        this.statusCode = statusCode;
        this.headers = headers;
        this.body = body;
    }

    public int statusCode() {
        return statusCode;
    }

    public HttpHeaders headers() {
        return headers;
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    public Optional<String> requestId() {
        return header("X-Request-Id");
    }

    public byte[] body() {
        return body.clone();
    }

    public <T> T as(Class<T> type) {
        return as(Json.mapper().getTypeFactory().constructType(type));
    }

    public <T> T as(JavaType type) {
        try {
            return Json.mapper().readValue(body, type);
        } catch (IOException e) {
            throw new JicengException("Unreadable response body (HTTP " + statusCode + ", request "
                    + requestId().orElse("?") + "): " + e.getMessage(), e);
        }
    }
}
