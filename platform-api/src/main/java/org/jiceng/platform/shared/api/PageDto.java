package org.jiceng.platform.shared.api;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.util.List;

/** The shape of every list response: {@code {"data": [...], "nextCursor": "..." | null}}. */
@JsonbPropertyOrder({"data", "nextCursor"})
public class PageDto<T> {
    private final List<T> data;
    private final String nextCursor;

    public PageDto(List<T> data, String nextCursor) {
        this.data = data;
        this.nextCursor = nextCursor;
    }

    public List<T> getData() {
        return data;
    }

    /** Opaque; null on the last page. */
    @JsonbNillable
    public String getNextCursor() {
        return nextCursor;
    }
}
