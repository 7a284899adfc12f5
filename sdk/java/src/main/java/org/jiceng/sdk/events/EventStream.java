package org.jiceng.sdk.events;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * The events after a cursor, page after page. A stream from {@link EventService#autoPager} ends once it has caught
 * up with the feed; one from {@link EventService#follow} never ends: while no event is waiting, each request is a
 * long poll, so iterating blocks until the next event arrives. {@link #cursor()} is where to resume after the last
 * event handed out: store it with what you did with that event, and pass it as {@code after} when you start again.
 * One stream is for one thread.
 */
public final class EventStream implements Iterable<CloudEvent> {
    private final Function<String, EventPage> fetch;
    private final boolean follow;
    private final Deque<CloudEvent> buffered = new ArrayDeque<>();
    private String cursor;
    private String pageCursor;
    private boolean caughtUp;

    EventStream(String after, Function<String, EventPage> fetch, boolean follow) {
        this.cursor = after;
        this.pageCursor = after;
        this.fetch = fetch;
        this.follow = follow;
    }

    /** Where to resume after the last event handed out (null before the first, without a starting cursor). */
    public String cursor() {
        return cursor;
    }

    @Override
    public Iterator<CloudEvent> iterator() {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                while (buffered.isEmpty()) {
                    if (caughtUp && !follow) {
                        return false;
                    }
                    EventPage page = fetch.apply(pageCursor);
                    buffered.addAll(page.data());
                    pageCursor = page.nextCursor();
                    caughtUp = !page.hasMore();
                    if (buffered.isEmpty()) {
                        cursor = pageCursor; // nothing to hand out: the position still moves past what cannot be seen
                    }
                }
                return true;
            }

            @Override
            public CloudEvent next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                CloudEvent e = buffered.removeFirst();
                if (buffered.isEmpty()) {
                    cursor = pageCursor;
                }
                return e;
            }
        };
    }
}
