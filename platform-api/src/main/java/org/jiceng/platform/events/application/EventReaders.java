package org.jiceng.platform.events.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jiceng.platform.casework.application.CaseScopes;
import org.jiceng.platform.casework.domain.CaseScope;
import org.jiceng.platform.events.domain.EventReader;
import org.jiceng.platform.shared.events.EventFamilies;
import org.jiceng.platform.shared.security.AccessDenied;
import org.jiceng.platform.shared.security.Caller;
import org.jiceng.platform.shared.security.Permission;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What a caller may read of the feed: their permissions, and their reach over cases as the cases API decides it. */
@ApplicationScoped
public class EventReaders {
    @Inject
    CaseScopes caseScopes;

    public EventReader of(Caller caller) {
        Set<String> permissions = new HashSet<>();
        caller.permissions().forEach(p -> permissions.add(p.name()));
        if (caller.roles().contains("tenant-admin")) {
            permissions.add(EventFamilies.TENANT_ADMIN);
        }
        CaseScope scope;
        try {
            scope = caseScopes.of(caller);
        } catch (AccessDenied noCases) {
            permissions.remove(Permission.CASES_READ.name());
            return new EventReader(permissions, false, List.of(), List.of(), null, null);
        }
        return new EventReader(permissions, scope.all(), scope.gridPaths(), scope.departmentIds(),
                scope.reporterSubject().orElse(null), scope.reporterClient().orElse(null));
    }
}
