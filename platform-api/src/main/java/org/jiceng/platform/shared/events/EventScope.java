package org.jiceng.platform.shared.events;

import java.util.List;

/**
 * Where a record lay and whose it was when an event about it happened, for records that callers reach by place or
 * department rather than by permission alone (cases). The feed and webhooks compare it with the reader's reach.
 *
 * @param gridPath      the path of the grid node the record lies in, or null
 * @param departmentIds departments handling or summoned to the record
 * @param ownerSubject  the person the record is theirs (a resident's own case), or null
 * @param ownerClient   the application that filed it for someone (a vendor's app), or null
 */
public record EventScope(String gridPath, List<String> departmentIds, String ownerSubject, String ownerClient) {
    /** An event every holder of its family's read permission may read. */
    public static final EventScope FAMILY = new EventScope(null, List.of(), null, null);

    public EventScope {
        departmentIds = List.copyOf(departmentIds);
    }

    /** A record that is someone's own (a wish, a booking) without a place of its own. */
    public static EventScope ownedBy(String subject, String client) {
        return new EventScope(null, List.of(), subject, client);
    }
}
