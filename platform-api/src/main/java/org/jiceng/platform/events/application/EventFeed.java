package org.jiceng.platform.events.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jiceng.platform.events.domain.EventFeedRepository;
import org.jiceng.platform.events.domain.EventTypes;
import org.jiceng.platform.events.domain.FeedPage;
import org.jiceng.platform.events.domain.FeedPosition;
import org.jiceng.platform.shared.security.CallerContext;

/** The caller's view of the tenant's event feed. */
@ApplicationScoped
public class EventFeed {
    @Inject
    EventFeedRepository feed;
    @Inject
    EventReaders readers;
    @Inject
    CallerContext callers;

    /** Up to {@code limit} events after the position that the caller may read; one short read-only transaction. */
    @Transactional
    public FeedPage read(FeedPosition after, EventTypes types, int limit) {
        long horizon = feed.horizon();
        return FeedPage.of(feed.after(readers.of(callers.get()), after, types, horizon, limit + 1), limit, after,
                horizon);
    }
}
