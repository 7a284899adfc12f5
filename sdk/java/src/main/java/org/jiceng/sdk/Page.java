package org.jiceng.sdk;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * One page of a cursor-paginated list. {@link #autoPager()} and {@link #stream()} walk every following page,
 * fetching each lazily only when the previous one is exhausted.
 *
 * @param <T> the item type
 */
public final class Page<T> {
    private final List<T> data;
    private final String nextCursor;
    private final Function<String, Page<T>> fetchNext;

    public Page(List<T> data, String nextCursor, Function<String, Page<T>> fetchNext) {
        this.data = data == null ? List.of() : Collections.unmodifiableList(data);
        this.nextCursor = nextCursor;
        this.fetchNext = fetchNext;
    }

    /** The items of this page only. */
    public List<T> data() {
        return data;
    }

    public Optional<String> nextCursor() {
        return Optional.ofNullable(nextCursor);
    }

    public boolean hasNextPage() {
        return nextCursor != null;
    }

    /** Fetches the following page. */
    public Page<T> nextPage() {
        if (nextCursor == null) {
            throw new NoSuchElementException("last page");
        }
        return fetchNext.apply(nextCursor);
    }

    /** Every item of this and all following pages. */
    public Iterable<T> autoPager() {
        return () -> new Iterator<T>() {
            private Page<T> page = Page.this;
            private Iterator<T> items = page.data.iterator();

            @Override
            public boolean hasNext() {
                while (!items.hasNext() && page.hasNextPage()) {
                    page = page.nextPage();
                    items = page.data.iterator();
                }
                return items.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return items.next();
            }
        };
    }

    /** Every item of this and all following pages, as a sequential stream. */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(autoPager().iterator(),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }
}
