package org.jiceng.platform.events.domain;

import java.util.List;
import java.util.Set;

/**
 * Who reads events, as far as the feed needs to know: the permissions (by name) that open each family of events,
 * and, for records reached by place or department, the reader's reach — everywhere, some grid subtrees and
 * departments, or only their own records.
 *
 * @param permissions   permission names, plus {@code TENANT_ADMIN} for the tenant's administrators
 * @param everywhere    reaches every case of the tenant
 * @param gridPaths     paths of the grid subtrees reached
 * @param departmentIds departments reached
 * @param ownSubject    reads only the records that are this person's own, or null
 * @param ownClient     reads only the records this application filed, or null
 */
public record EventReader(Set<String> permissions, boolean everywhere, List<String> gridPaths,
                          List<String> departmentIds, String ownSubject, String ownClient) {
    public EventReader {
        permissions = Set.copyOf(permissions);
        gridPaths = List.copyOf(gridPaths);
        departmentIds = List.copyOf(departmentIds);
    }
}
