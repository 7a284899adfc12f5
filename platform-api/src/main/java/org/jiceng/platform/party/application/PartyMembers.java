package org.jiceng.platform.party.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jiceng.platform.grid.domain.GridNode;
import org.jiceng.platform.grid.domain.Household;
import org.jiceng.platform.grid.domain.HouseholdRepository;
import org.jiceng.platform.party.domain.BodySeat;
import org.jiceng.platform.party.domain.MemberLink;
import org.jiceng.platform.party.domain.PartyMember;
import org.jiceng.platform.party.domain.PartyOrganization;
import org.jiceng.platform.party.domain.PartyPost;
import org.jiceng.platform.party.domain.PartyRepository;
import org.jiceng.platform.shared.domain.RecordNotFound;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.domain.Slice;
import org.jiceng.platform.shared.domain.StateConflict;
import org.jiceng.platform.shared.events.Outbox;
import org.jiceng.platform.shared.persistence.Ids;
import org.jiceng.platform.shared.pii.Disclosure;
import org.jiceng.platform.shared.pii.Masking;
import org.jiceng.platform.shared.pii.PhoneNumbers;
import org.jiceng.platform.shared.security.CallerContext;
import org.jiceng.platform.shared.security.Permission;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Party members: their records (name, phone and ID number sealed, shown masked without pii:read), the rosters
 * they are on, the posts they hold in organisations and in other bodies, and the households they are linked to.
 */
@ApplicationScoped
@Transactional
public class PartyMembers {
    static final String NAME = "party_member.name_enc";
    static final String PHONE = "party_member.phone_enc";
    static final String ID_NUMBER = "party_member.id_number_enc";

    @Inject
    PartyRepository repo;
    @Inject
    org.jiceng.platform.party.domain.PartyStatistics statistics;
    @Inject
    PartyRecords records;
    @Inject
    HouseholdRepository households;
    @Inject
    Disclosure disclosure;
    @Inject
    CallerContext callers;
    @Inject
    Outbox outbox;

    /** A person as a request gives them; the ID number normalised to upper case. */
    public record Person(String name, String phone, String idNumber) {
        public Person {
            if (name == null || name.isBlank() || name.length() > 50) {
                throw new RuleViolation("name", "1-50 characters");
            }
            name = name.strip();
            idNumber = idNumber == null ? null : idNumber.strip().toUpperCase(Locale.ROOT);
            if (!PartyMember.isValidIdNumber(idNumber)) {
                throw new RuleViolation("idNumber", "an 18-character resident ID number with a valid check digit");
            }
            phone = PhoneNumbers.normalize("phone", phone, false);
        }
    }

    public MemberView admit(String organizationId, Person person, String status, String kind, LocalDate joinedOn) {
        callers.get().require(Permission.PARTY_WRITE);
        PartyOrganization o = records.organization(organizationId);
        String hash = disclosure.lookupHash(person.idNumber());
        if (repo.idNumberTaken(hash)) {
            throw new StateConflict("a member with this ID number is registered already");
        }
        PartyMember m = newMember(o, person, hash, status == null ? "FULL" : status,
                kind == null ? "REGISTERED" : kind, joinedOn);
        return view(m);
    }

    /** Records a member (the caller has checked the ID number is free) and announces it. */
    PartyMember newMember(PartyOrganization o, Person person, String hash, String status, String kind,
                          LocalDate joinedOn) {
        PartyMember m = new PartyMember(Ids.newId(), o, disclosure.seal(NAME, person.name()),
                disclosure.seal(PHONE, person.phone()), disclosure.seal(ID_NUMBER, person.idNumber()), hash,
                status, kind, joinedOn, records.now());
        repo.add(m);
        repo.flush();
        outbox.record("party-member.admitted", "party-member", m.id(), Map.of("id", m.id(), "organizationId",
                o.id(), "kind", kind));
        return m;
    }

    public MemberView get(String id) {
        callers.get().require(Permission.PARTY_READ);
        return view(records.member(id));
    }

    public Slice<MemberView> roster(String organizationId, String afterId, int limit) {
        callers.get().require(Permission.PARTY_READ);
        List<PartyMember> page = repo.roster(records.organization(organizationId).id(), afterId, limit);
        return Slice.of(page, limit).map(this::view);
    }

    /** Posts held in Party organisations and seats in other bodies: together, the member's concurrent posts. */
    public record Posts(List<PartyPost> partyPosts, List<BodySeat> bodySeats) {
    }

    public Posts posts(String memberId) {
        callers.get().require(Permission.PARTY_READ);
        PartyMember m = records.member(memberId);
        return new Posts(repo.postsOfMember(m.id()), repo.seatsOfMember(m.id()));
    }

    /** Links the member to one household or to a building, compound or grid (all its households). */
    public MemberLink link(String memberId, String householdId, String gridId, LocalDate linkedOn) {
        callers.get().require(Permission.PARTY_WRITE);
        PartyMember m = records.member(memberId);
        if (m.leftOn().isPresent()) {
            throw new RuleViolation("memberId", "the member left on " + m.leftOn().get());
        }
        if ((householdId == null) == (gridId == null)) {
            throw new RuleViolation("householdId", "either a household or a building, compound or grid");
        }
        String grid = null;
        String household = null;
        if (gridId != null) {
            GridNode node = records.grid(gridId);
            if (!Household.LEVELS.contains(node.level())) {
                throw new RuleViolation("gridId", "a building, compound or grid, not a " + node.level());
            }
            grid = node.id();
        } else {
            household = households.find(householdId)
                    .orElseThrow(() -> new RecordNotFound("household", householdId)).id();
        }
        String target = grid != null ? grid : household;
        if (repo.links(m.id()).stream().anyMatch(l -> target.equals(l.gridId().orElse(l.householdId()
                .orElse(null))))) {
            throw new StateConflict("the member is linked to it already");
        }
        MemberLink l = new MemberLink(Ids.newId(), m.id(), grid, household, linkedOn == null ? records.today()
                : linkedOn, records.now());
        repo.add(l);
        repo.flush();
        outbox.record("party-member.linked", "party-member", m.id(), Map.of("linkId", l.id()));
        return l;
    }

    public void unlink(String memberId, String linkId, long expectedVersion) {
        callers.get().require(Permission.PARTY_WRITE);
        MemberLink l = link(memberId, linkId);
        l.requireVersion(expectedVersion);
        repo.remove(l);
        outbox.record("party-member.unlinked", "party-member", l.memberId(), Map.of("linkId", l.id()));
    }

    /** One of the member's household links. */
    public MemberLink link(String memberId, String linkId) {
        callers.get().require(Permission.PARTY_READ);
        PartyMember m = records.member(memberId);
        MemberLink l = records.link(linkId);
        if (!l.memberId().equals(m.id())) {
            throw new RecordNotFound("household link", linkId);
        }
        return l;
    }

    public List<MemberLink> links(String memberId) {
        callers.get().require(Permission.PARTY_READ);
        return repo.links(records.member(memberId).id());
    }

    /** The ids of the households the member covers, a page at a time. */
    public Slice<String> households(String memberId, String afterId, int limit) {
        callers.get().require(Permission.PARTY_READ);
        return Slice.of(statistics.householdsCoveredBy(records.member(memberId).id(), afterId, limit), limit);
    }

    /** How many households each member on the organisation's roster covers. */
    public Map<String, Long> householdCounts(String organizationId) {
        callers.get().require(Permission.PARTY_READ);
        return statistics.householdCountsOfRoster(records.organization(organizationId).id());
    }

    /**
     * Links the member to the account (token subject) they sign in with, so that the platform knows whose
     * households they cover and which organisation they serve; null unlinks. One account, one member.
     */
    public MemberView linkAccount(String memberId, long expectedVersion, String subject) {
        callers.get().require(Permission.PARTY_WRITE);
        PartyMember m = records.locked(PartyMember.class, "party member", memberId);
        if (m.version() != expectedVersion) {
            throw new org.jiceng.platform.shared.domain.VersionMismatch(expectedVersion, m.version());
        }
        if (subject != null && repo.memberByAccount(subject.strip()).filter(o -> !o.id().equals(m.id())).isPresent()) {
            throw new org.jiceng.platform.shared.domain.StateConflict("the account is linked to another member");
        }
        m.linkAccount(subject);
        repo.flush();
        outbox.record("party-member.account-linked", "party-member", m.id(), Map.of("id", m.id(),
                "linked", subject != null));
        return view(m);
    }

    /** The members covering a household, directly or through its building, compound or grid. */
    public List<MemberView> covering(String householdId) {
        callers.get().require(Permission.PARTY_READ);
        Household h = households.find(householdId)
                .orElseThrow(() -> new RecordNotFound("household", householdId));
        return repo.membersByIds(statistics.membersCovering(h.id())).stream().map(this::view).toList();
    }

    MemberView view(PartyMember m) {
        Disclosure.Shown s = disclosure.show("party-member", m.id(),
                new Disclosure.Field("name", NAME, m.nameEnc(), Masking::name),
                new Disclosure.Field("phone", PHONE, m.phoneEnc().orElse(null), Masking::phone),
                new Disclosure.Field("idNumber", ID_NUMBER, m.idNumberEnc(), Masking::idNumber));
        return new MemberView(m, s.get("name"), s.get("phone"), s.get("idNumber"), s.masked());
    }
}
