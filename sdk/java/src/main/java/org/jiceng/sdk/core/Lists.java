package org.jiceng.sdk.core;

import com.fasterxml.jackson.databind.JavaType;
import org.jiceng.sdk.ListParams;
import org.jiceng.sdk.Page;
import org.jiceng.sdk.RequestOptions;

import java.util.function.Supplier;

/** Fetches a cursor-paged list as a {@link Page} whose following pages are fetched with the same request. */
public final class Lists {
    private Lists() {
    }

    public static <T> JavaType of(Class<T> item) {
        return Json.mapper().getTypeFactory().constructParametricType(ListResponse.class, item);
    }

    /**
     * The page at {@code params}' cursor (or the first), then each following one. {@code request} makes a fresh
     * request with the list's own filters each time.
     */
    public static <T> Page<T> page(HttpTransport transport, Supplier<ApiRequest> request, JavaType type,
                                   ListParams params, RequestOptions options) {
        return fetch(transport, request, type, params.limit().orElse(null), params.cursor().orElse(null), options);
    }

    private static <T> Page<T> fetch(HttpTransport transport, Supplier<ApiRequest> request, JavaType type,
                                     Integer limit, String cursor, RequestOptions options) {
        ApiRequest r = request.get().query("limit", limit).query("cursor", cursor);
        ListResponse<T> page = transport.execute(r, options).as(type);
        return new Page<>(page.data(), page.nextCursor(),
                next -> fetch(transport, request, type, limit, next, options));
    }
}
