package org.jiceng.platform.tenancy.api;

import org.jiceng.platform.shared.api.Cursors;
import org.jiceng.platform.shared.api.PageRequest;
import org.jiceng.platform.tenancy.domain.IdentityRealms.StaffMember;

import java.util.List;

/**
 * One page of a realm's people. Keycloak pages by offset; the cursor carries the next offset, signed for one tenant
 * and one route, so it is refused anywhere else.
 */
record StaffPage(List<StaffMember> members, String nextCursor) {

    /** What a page fetch asks the realm: the people from {@code first}, at most {@code max}. */
    interface Fetch {
        List<StaffMember> people(int first, int max);
    }

    static StaffPage of(Cursors cursors, String cursorTenant, String scope, String cursor, Integer limit,
                        Fetch fetch) {
        PageRequest page = PageRequest.of(limit);
        int first = cursor == null ? 0 : Integer.parseInt(cursors.decode(cursorTenant, scope, cursor));
        List<StaffMember> found = fetch.people(first, page.limit() + 1);
        boolean more = found.size() > page.limit();
        return new StaffPage(found.stream().limit(page.limit()).toList(),
                more ? cursors.encode(cursorTenant, scope, Integer.toString(first + page.limit())) : null);
    }
}
