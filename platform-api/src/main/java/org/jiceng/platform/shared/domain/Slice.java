package org.jiceng.platform.shared.domain;

import java.util.List;

/** One page of results and whether more follow. */
public record Slice<T>(List<T> items, boolean hasMore) {
    public static <T> Slice<T> of(List<T> fetched, int limit) {
        return fetched.size() > limit ? new Slice<>(fetched.subList(0, limit), true) : new Slice<>(fetched, false);
    }

    public <R> Slice<R> map(java.util.function.Function<T, R> f) {
        return new Slice<>(items.stream().map(f).toList(), hasMore);
    }
}
