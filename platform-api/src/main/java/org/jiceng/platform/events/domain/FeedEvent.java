package org.jiceng.platform.events.domain;

import java.time.OffsetDateTime;

/**
 * One event as the feed gives it: what happened ({@code type}), to which record, when, and the record's
 * non-personal fields after the change ({@code data}, JSON).
 */
public record FeedEvent(String id, String type, String aggregateType, String aggregateId, OffsetDateTime time,
                        String data, FeedPosition position) {
}
