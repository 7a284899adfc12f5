package org.jiceng.platform.shared.events;

import org.jiceng.platform.shared.security.Permission;

import java.util.Map;

/**
 * Which permission reading an event needs, by the type of record it is about: the same permission that reads the
 * record through its own API. Records of a type not named here are for the tenant's administrators only.
 */
public final class EventFamilies {
    /** The pseudo-permission of events only tenant administrators read. */
    public static final String TENANT_ADMIN = "TENANT_ADMIN";

    private static final Map<String, Permission> BY_AGGREGATE = Map.ofEntries(
            Map.entry("case", Permission.CASES_READ),
            Map.entry("case-category", Permission.CASES_READ),
            Map.entry("department", Permission.CASES_READ),
            Map.entry("assignment", Permission.ASSIGNMENTS_WRITE),
            Map.entry("grid", Permission.GRIDS_READ),
            Map.entry("resource", Permission.GRIDS_READ),
            Map.entry("need", Permission.GRIDS_READ),
            Map.entry("project", Permission.GRIDS_READ),
            Map.entry("household", Permission.HOUSEHOLDS_READ),
            Map.entry("party-member", Permission.PARTY_READ),
            Map.entry("party-organization", Permission.PARTY_READ),
            Map.entry("community-body", Permission.PARTY_READ),
            Map.entry("alliance", Permission.PARTY_READ),
            Map.entry("volunteer", Permission.VOLUNTEERS_READ),
            Map.entry("volunteer-team", Permission.VOLUNTEERS_READ),
            Map.entry("activity", Permission.VOLUNTEERS_READ),
            Map.entry("reward", Permission.VOLUNTEERS_READ),
            Map.entry("redemption", Permission.VOLUNTEERS_READ),
            Map.entry("points-transaction", Permission.VOLUNTEERS_READ),
            Map.entry("points-expiry", Permission.VOLUNTEERS_READ),
            Map.entry("points-multiplier", Permission.VOLUNTEERS_READ),
            Map.entry("wish", Permission.VOLUNTEERS_READ),
            Map.entry("council", Permission.DELIBERATION_READ),
            Map.entry("topic", Permission.DELIBERATION_READ),
            Map.entry("vote", Permission.DELIBERATION_READ),
            Map.entry("task", Permission.DELIBERATION_READ),
            Map.entry("property_unit", Permission.DELIBERATION_READ),
            Map.entry("binding", Permission.DELIBERATION_READ),
            Map.entry("representative", Permission.DELIBERATION_READ),
            Map.entry("fund_account", Permission.FUNDS_READ),
            Map.entry("fund_entry", Permission.FUNDS_READ));

    private EventFamilies() {
    }

    /** The permission (by name) that reads events about records of this type. */
    public static String readPermission(String aggregateType) {
        Permission p = BY_AGGREGATE.get(aggregateType);
        return p == null ? TENANT_ADMIN : p.name();
    }
}
