package org.jiceng.platform.events.domain;

import java.util.List;

/** The tenant's event feed, as its readers may see it. */
public interface EventFeedRepository {
    /**
     * The feed's horizon now: the id of the oldest transaction still running. Every event below it is final in
     * place and content; none can appear there later.
     */
    long horizon();

    /**
     * Up to {@code limit} events after {@code after} and below {@code horizon} that {@code reader} may read, of the
     * given types, in feed order.
     */
    List<FeedEvent> after(EventReader reader, FeedPosition after, EventTypes types, long horizon, int limit);
}
