package org.jiceng.platform.shared.security;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What a caller may do, derived from the Keycloak realm roles in its token. Data-level scope (which subtree or
 * department) is the platform's own data and is checked by each context.
 */
public enum Permission {
    GRIDS_READ, GRIDS_WRITE;

    /** Realm role → permissions. Roles not listed grant nothing. */
    static final Map<String, Set<Permission>> BY_ROLE = Map.ofEntries(
            Map.entry("tenant-admin", EnumSet.allOf(Permission.class)),
            Map.entry("grid-manager", EnumSet.of(GRIDS_READ, GRIDS_WRITE)),
            Map.entry("street-officer", EnumSet.of(GRIDS_READ)),
            Map.entry("community-worker", EnumSet.of(GRIDS_READ)),
            Map.entry("grid-worker", EnumSet.of(GRIDS_READ)),
            Map.entry("department-officer", EnumSet.of(GRIDS_READ)),
            Map.entry("party-secretary", EnumSet.of(GRIDS_READ)),
            Map.entry("volunteer-coordinator", EnumSet.of(GRIDS_READ)),
            Map.entry("vendor-app", EnumSet.of(GRIDS_READ)),
            Map.entry("resident", EnumSet.of(GRIDS_READ)));

    public static Set<Permission> of(Set<String> roles) {
        EnumSet<Permission> granted = EnumSet.noneOf(Permission.class);
        roles.forEach(role -> granted.addAll(BY_ROLE.getOrDefault(role, Set.of())));
        return granted;
    }
}
