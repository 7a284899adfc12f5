package org.jiceng.platform.events.domain;

import java.util.List;

/**
 * Events after a position, and where to continue: after the last event given, or — when the reader has caught up —
 * past everything the feed could show, so that the next read starts where new events will appear.
 */
public record FeedPage(List<FeedEvent> events, FeedPosition next, boolean hasMore) {
    public FeedPage {
        events = List.copyOf(events);
    }

    /** The page of {@code fetched} (one more than {@code limit} if there is more) read below {@code horizon}. */
    public static FeedPage of(List<FeedEvent> fetched, int limit, FeedPosition after, long horizon) {
        if (fetched.size() > limit) {
            List<FeedEvent> page = fetched.subList(0, limit);
            return new FeedPage(page, page.get(page.size() - 1).position(), true);
        }
        FeedPosition caughtUp = new FeedPosition(horizon - 1, Long.MAX_VALUE);
        return new FeedPage(fetched, caughtUp.compareTo(after) > 0 ? caughtUp : after, false);
    }
}
