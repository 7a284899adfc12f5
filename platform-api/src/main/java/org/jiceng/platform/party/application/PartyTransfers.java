package org.jiceng.platform.party.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jiceng.platform.party.domain.PartyMember;
import org.jiceng.platform.party.domain.PartyOrganization;
import org.jiceng.platform.party.domain.PartyPost;
import org.jiceng.platform.party.domain.PartyRepository;
import org.jiceng.platform.party.domain.PartyTransfer;
import org.jiceng.platform.shared.domain.StateConflict;
import org.jiceng.platform.shared.events.Outbox;
import org.jiceng.platform.shared.persistence.Ids;
import org.jiceng.platform.shared.security.CallerContext;
import org.jiceng.platform.shared.security.Permission;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Transfers of organisational relationship, recorded as they happen in the national system: issued out of the
 * member's organisation, then accepted in (the member moves, their posts in the old organisation end) or
 * declined (nothing moves). Every transfer stays in the member's history.
 */
@ApplicationScoped
@Transactional
public class PartyTransfers {
    @Inject
    PartyRepository repo;
    @Inject
    PartyRecords records;
    @Inject
    CallerContext callers;
    @Inject
    Outbox outbox;

    public PartyTransfer issue(String memberId, String toOrganizationId, String destination, String letterNumber,
                               String reason, LocalDate issuedOn) {
        callers.get().require(Permission.PARTY_WRITE);
        PartyMember m = records.locked(PartyMember.class, "Party member", memberId);
        Optional<PartyOrganization> to = toOrganizationId == null ? Optional.empty()
                : Optional.of(records.organization(toOrganizationId));
        if (repo.openTransfer(m.id())) {
            throw new StateConflict("the member has a transfer under way: accept or decline it first");
        }
        PartyTransfer t = new PartyTransfer(Ids.newId(), m, to, destination, letterNumber, reason,
                issuedOn == null ? records.today() : issuedOn, records.now());
        repo.add(t);
        repo.flush();
        outbox.record("party-transfer.issued", "party-member", m.id(), Map.of("transferId", t.id()));
        return t;
    }

    public PartyTransfer accept(String transferId, long expectedVersion, LocalDate on, String note) {
        callers.get().require(Permission.PARTY_WRITE);
        PartyTransfer t = records.locked(PartyTransfer.class, "transfer", transferId);
        t.requireVersion(expectedVersion);
        PartyMember m = records.locked(PartyMember.class, "Party member", t.memberId());
        LocalDate date = on == null ? records.today() : on;
        if (t.toOrganizationId().isPresent()) {
            PartyOrganization to = records.organization(t.toOrganizationId().get());
            if (to.dissolvedOn().isPresent()) {
                throw new StateConflict("the receiving organisation was dissolved on " + to.dissolvedOn().get());
            }
        }
        t.accept(m, date, note);
        for (PartyPost p : repo.postsOfMember(m.id())) {
            if (p.endedOn().isEmpty() && p.organizationId().equals(t.fromOrganizationId())) {
                p.end(date.isBefore(p.startedOn()) ? p.startedOn() : date);
            }
        }
        outbox.record("party-transfer.accepted", "party-member", m.id(), Map.of("transferId", t.id()));
        return t;
    }

    public PartyTransfer decline(String transferId, long expectedVersion, LocalDate on, String reason) {
        callers.get().require(Permission.PARTY_WRITE);
        PartyTransfer t = records.locked(PartyTransfer.class, "transfer", transferId);
        t.requireVersion(expectedVersion);
        t.decline(on == null ? records.today() : on, reason);
        outbox.record("party-transfer.declined", "party-member", t.memberId(), Map.of("transferId", t.id()));
        return t;
    }

    public PartyTransfer get(String transferId) {
        callers.get().require(Permission.PARTY_READ);
        return records.found(PartyTransfer.class, "transfer", transferId);
    }

    public List<PartyTransfer> history(String memberId) {
        callers.get().require(Permission.PARTY_READ);
        return repo.transfersOfMember(records.member(memberId).id());
    }
}
