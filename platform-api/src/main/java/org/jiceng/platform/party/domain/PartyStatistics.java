package org.jiceng.platform.party.domain;

import java.util.List;
import java.util.Map;

/**
 * What the Party records say about a place: read models that join the grid tree and the household register, the
 * other contexts' tables, which only this read side may do. Everything here reads; nothing writes.
 */
public interface PartyStatistics {
    /**
     * Party statistics of a grid subtree: organisations (covering some node of it) by type, their members by kind,
     * how many of its compounds and grids at least one organisation covers, its owners' committees with the Party
     * share of their seats and candidates, and its households with how many a Party member covers.
     */
    PartyStats stats(String gridPath);

    /** The ids of the households a member covers (linked directly or through a node), after {@code afterId}. */
    List<String> householdsCoveredBy(String memberId, String afterId, int limit);

    /** The ids of the members (not left) who cover a household. */
    List<String> membersCovering(String householdId);

    /** How many households each member on an organisation's roster covers, by member id. */
    Map<String, Long> householdCountsOfRoster(String organizationId);

    /** The ids of the community bodies serving a grid subtree, optionally of one kind, after {@code afterId}. */
    List<String> bodiesIn(String gridPath, String kind, String afterId, int limit);

    record PartyStats(Map<String, Long> organizationsByType, Map<String, Long> membersByKind,
                      long compounds, long compoundsCovered, long grids, long gridsCovered,
                      List<OwnersCommitteeShare> ownersCommittees, long households, long householdsCovered) {
    }

    /** Seated members and candidates of one owners' committee, and how many of each are Party members. */
    record OwnersCommitteeShare(String bodyId, String name, long seated, long seatedPartyMembers, long candidates,
                                long candidatePartyMembers, boolean chairIsSecretary) {
    }
}
