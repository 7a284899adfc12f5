package org.jiceng.platform.events.domain;

import org.jiceng.platform.shared.domain.RuleViolation;

/**
 * A place in a tenant's event feed: the id of the transaction that wrote an event and the event's sequence number.
 * Events are ordered by both; see {@code SqlEventFeed} for why that order never lets a reader skip one.
 */
public record FeedPosition(long tx, long seq) implements Comparable<FeedPosition> {
    /** Before every event. */
    public static final FeedPosition ORIGIN = new FeedPosition(0, 0);

    public static FeedPosition parse(String key) {
        int colon = key.indexOf(':');
        try {
            return new FeedPosition(Long.parseLong(key.substring(0, colon)), Long.parseLong(key.substring(colon + 1)));
        } catch (RuntimeException e) {
            throw new RuleViolation("after", "not a position of this feed");
        }
    }

    public String key() {
        return tx + ":" + seq;
    }

    @Override
    public int compareTo(FeedPosition o) {
        int byTx = Long.compare(tx, o.tx);
        return byTx != 0 ? byTx : Long.compare(seq, o.seq);
    }
}
