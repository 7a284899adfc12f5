package org.jiceng.sdk.core;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** Wire shape of every list: {@code {"data": [...], "nextCursor": "..." | null}}. */
public final class ListResponse<T> {
    @JsonProperty("data")
    private List<T> data;
    @JsonProperty("nextCursor")
    private String nextCursor;

    private ListResponse() {
    }

    public List<T> data() {
        return data;
    }

    public String nextCursor() {
        return nextCursor;
    }
}
