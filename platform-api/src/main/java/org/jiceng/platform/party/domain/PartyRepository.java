package org.jiceng.platform.party.domain;

import java.util.List;
import java.util.Optional;

/** Party organisations and members of the caller's tenant. */
public interface PartyRepository {
    Optional<PartyOrganization> organization(String id);

    /** The organisation's whole subtree (itself excluded), by path. */
    List<PartyOrganization> subtree(PartyOrganization o);

    List<PartyOrganization> byIds(List<String> ids);

    List<PartyOrganization> tops();

    Optional<PartyMember> member(String id);

    boolean idNumberTaken(String hash);

    List<PartyMember> members(String organizationId);

    /** Replaces the grid nodes the organisation covers. */
    void cover(String organizationId, List<String> gridIds);

    List<String> coveredGrids(String organizationId);

    /** Organisations by type, members by kind, and coverage of the COMPOUND and GRID nodes, in a grid subtree. */
    PartyStats stats(String gridPath);

    /**
     * Party statistics of a grid subtree: organisations (covering some node of it) by type, their members by kind,
     * and how many of its compounds and grids at least one organisation covers.
     */
    record PartyStats(java.util.Map<String, Long> organizationsByType, java.util.Map<String, Long> membersByKind,
                      long compounds, long compoundsCovered, long grids, long gridsCovered) {
    }

    void add(Object entity);

    void flush();
}
