package org.jiceng.platform.shared.security;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What a caller may do, derived from the Keycloak realm roles in its token. Data-level scope (which subtree or
 * department) is the platform's own data and is checked by each context.
 */
public enum Permission {
    GRIDS_READ, GRIDS_WRITE,
    /** Read every case of the tenant. */
    CASES_READ,
    /** Read the cases one filed oneself (a resident), or that one's application filed (a vendor's app). */
    CASES_READ_OWN,
    /** File a case; a vendor's app may file it for a resident named by an external id. */
    CASES_REPORT,
    /** Accept, dispatch, acknowledge, resolve, verify … */
    CASES_HANDLE,
    /** Evaluate or reopen one's own closed case. */
    CASES_EVALUATE,
    /** Manage the case catalogue and the departments. */
    CASES_ADMIN,
    /** Assign people and applications to grid nodes and departments. */
    ASSIGNMENTS_WRITE,
    /** See personal data (names, phones, ID numbers) unmasked; every such read is logged. */
    PII_READ,
    /** See volunteers, activities, rewards and balances. */
    VOLUNTEERS_READ,
    /** Register volunteers, run activities and rewards, redeem and correct points. */
    VOLUNTEERS_WRITE,
    /** Post, withdraw and confirm one's own wishes. */
    WISHES_POST,
    /** See households of the register, within the caller's reach (every household only tenant-wide roles). */
    HOUSEHOLDS_READ,
    /** See Party organisations and members. */
    PARTY_READ,
    /** Establish organisations and admit members. */
    PARTY_WRITE,
    /** See deliberation as staff do: every topic, the rolls of open votes, bindings, comments awaiting moderation. */
    DELIBERATION_READ,
    /** Run councils and topics: agendas, meetings, votes, tasks, the property register, verifying bindings. */
    DELIBERATION_WRITE,
    /** Take part as a resident: propose, second, comment, bind oneself to a household, vote, evaluate. */
    DELIBERATION_TAKE_PART,
    /** See fund ledgers as kept, unpublished periods and sealed counterparties included (masked without PII_READ). */
    FUNDS_READ,
    /** Keep fund ledgers: accounts, budget lines, entries, approvals, closing and publishing periods. */
    FUNDS_WRITE,
    /** Invite the tenant's people into its realm, give them roles, remove leavers (where the platform may). */
    STAFF_MANAGE;

    private static final Set<Permission> WORKER = EnumSet.of(GRIDS_READ, CASES_READ, CASES_REPORT, CASES_HANDLE,
            PII_READ, HOUSEHOLDS_READ, DELIBERATION_READ, DELIBERATION_WRITE, FUNDS_READ, FUNDS_WRITE);

    /** Realm role → permissions. Roles not listed grant nothing. */
    static final Map<String, Set<Permission>> BY_ROLE = Map.ofEntries(
            Map.entry("tenant-admin", EnumSet.allOf(Permission.class)),
            Map.entry("grid-manager", EnumSet.of(GRIDS_READ, GRIDS_WRITE, CASES_READ, HOUSEHOLDS_READ,
                    DELIBERATION_READ)),
            Map.entry("street-officer", WORKER),
            Map.entry("community-worker", WORKER),
            Map.entry("grid-worker", WORKER),
            Map.entry("department-officer", EnumSet.of(GRIDS_READ, CASES_READ, CASES_HANDLE, DELIBERATION_READ)),
            Map.entry("party-secretary", EnumSet.of(GRIDS_READ, CASES_READ, PARTY_READ, PARTY_WRITE, PII_READ,
                    HOUSEHOLDS_READ, DELIBERATION_READ, DELIBERATION_WRITE, FUNDS_READ)),
            Map.entry("party-member", EnumSet.of(GRIDS_READ, HOUSEHOLDS_READ, DELIBERATION_TAKE_PART)),
            Map.entry("volunteer-coordinator", EnumSet.of(GRIDS_READ, VOLUNTEERS_READ, VOLUNTEERS_WRITE, PARTY_READ)),
            Map.entry("vendor-app", EnumSet.of(GRIDS_READ, CASES_READ_OWN, CASES_REPORT, CASES_EVALUATE,
                    DELIBERATION_TAKE_PART)),
            Map.entry("resident", EnumSet.of(GRIDS_READ, CASES_READ_OWN, CASES_REPORT, CASES_EVALUATE, WISHES_POST,
                    DELIBERATION_TAKE_PART)));

    public static Set<Permission> of(Set<String> roles) {
        EnumSet<Permission> granted = EnumSet.noneOf(Permission.class);
        roles.forEach(role -> granted.addAll(BY_ROLE.getOrDefault(role, Set.of())));
        return granted;
    }
}
