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

    void add(Object entity);

    void flush();
}
