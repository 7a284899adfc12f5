package org.jiceng.platform.party.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jiceng.platform.party.domain.BodySeat;
import org.jiceng.platform.party.domain.CommunityBody;
import org.jiceng.platform.party.domain.PartyMember;
import org.jiceng.platform.party.domain.PartyRepository;
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
import java.util.Map;

/**
 * Owners' committees, property companies, supervisory and residents' committees and "two new" organisations, with
 * the people seated on them or standing for them. A Party member's seat is named by their member record, so the
 * Party share of a committee and a secretary's concurrent chair can be counted.
 */
@ApplicationScoped
@Transactional
public class CommunityBodies {
    static final String NAME = "body_seat.name_enc";
    static final String PHONE = "body_seat.phone_enc";

    @Inject
    PartyRepository repo;
    @Inject
    org.jiceng.platform.party.domain.PartyStatistics statistics;
    @Inject
    PartyRecords records;
    @Inject
    Disclosure disclosure;
    @Inject
    CallerContext callers;
    @Inject
    Outbox outbox;

    public CommunityBody create(String kind, String name, String gridId, LocalDate establishedOn) {
        callers.get().require(Permission.PARTY_WRITE);
        CommunityBody b = new CommunityBody(Ids.newId(), kind, name, records.grid(gridId).id(), establishedOn,
                records.now());
        repo.add(b);
        repo.flush();
        outbox.record("community-body.created", "community-body", b.id(), Map.of("id", b.id(), "kind", kind));
        return b;
    }

    public CommunityBody get(String id) {
        callers.get().require(Permission.PARTY_READ);
        return records.body(id);
    }

    /** The bodies serving the grid subtree of {@code gridId}, optionally of one kind. */
    public Slice<CommunityBody> list(String gridId, String kind, String afterId, int limit) {
        callers.get().require(Permission.PARTY_READ);
        if (kind != null && !CommunityBody.KINDS.contains(kind)) {
            throw new RuleViolation("kind", "one of " + CommunityBody.KINDS);
        }
        return Slice.of(repo.bodiesByIds(statistics.bodiesIn(records.grid(gridId).path(), kind, afterId, limit)),
                limit);
    }

    /**
     * Seats a person on the body or records their candidacy: a Party member by {@code partyMemberId} (their name
     * is copied, sealed), anyone else by name and phone.
     */
    public SeatView seat(String bodyId, String partyMemberId, String name, String phone, String role,
                         String standing, LocalDate startedOn) {
        callers.get().require(Permission.PARTY_WRITE);
        CommunityBody b = records.locked(CommunityBody.class, "community body", bodyId);
        String nameEnc;
        String memberId = null;
        if (partyMemberId != null) {
            PartyMember m = records.member(partyMemberId);
            if (m.leftOn().isPresent()) {
                throw new RuleViolation("partyMemberId", "the member left on " + m.leftOn().get());
            }
            String s = standing == null ? "SEATED" : standing;
            if (repo.seatsOfBody(b.id()).stream().anyMatch(x -> x.endedOn().isEmpty() && x.standing().equals(s)
                    && x.partyMemberId().filter(m.id()::equals).isPresent())) {
                throw new StateConflict("the member holds a " + s.toLowerCase(java.util.Locale.ROOT)
                        + " place on this body already");
            }
            memberId = m.id();
            nameEnc = disclosure.seal(NAME, disclosure.open(PartyMembers.NAME, m.nameEnc()));
            if (phone == null && m.phoneEnc().isPresent()) {
                phone = disclosure.open(PartyMembers.PHONE, m.phoneEnc().get());
            }
        } else {
            if (name == null || name.isBlank() || name.length() > 50) {
                throw new RuleViolation("name", "1-50 characters, or a partyMemberId");
            }
            nameEnc = disclosure.seal(NAME, name.strip());
        }
        String digits = PhoneNumbers.normalize("phone", phone, false);
        BodySeat seat = new BodySeat(Ids.newId(), b, nameEnc, disclosure.seal(PHONE, digits), memberId,
                role == null ? "MEMBER" : role, standing == null ? "SEATED" : standing, startedOn == null
                ? records.today() : startedOn, records.now());
        repo.add(seat);
        repo.flush();
        outbox.record("community-body.seat-taken", "community-body", b.id(), Map.of("seatId", seat.id()));
        return view(seat);
    }

    public SeatView endSeat(String bodyId, String seatId, long expectedVersion, LocalDate on) {
        callers.get().require(Permission.PARTY_WRITE);
        CommunityBody b = records.body(bodyId);
        BodySeat s = records.locked(BodySeat.class, "seat", seatId);
        if (!s.bodyId().equals(b.id())) {
            throw new org.jiceng.platform.shared.domain.RecordNotFound("seat", seatId);
        }
        s.requireVersion(expectedVersion);
        s.end(on == null ? records.today() : on);
        outbox.record("community-body.seat-ended", "community-body", b.id(), Map.of("seatId", s.id()));
        return view(s);
    }

    public SeatView seatOf(String bodyId, String seatId) {
        callers.get().require(Permission.PARTY_READ);
        CommunityBody b = records.body(bodyId);
        BodySeat s = records.found(BodySeat.class, "seat", seatId);
        if (!s.bodyId().equals(b.id())) {
            throw new org.jiceng.platform.shared.domain.RecordNotFound("seat", seatId);
        }
        return view(s);
    }

    public List<SeatView> seats(String bodyId) {
        callers.get().require(Permission.PARTY_READ);
        return repo.seatsOfBody(records.body(bodyId).id()).stream().map(this::view).toList();
    }

    public SeatView view(BodySeat s) {
        Disclosure.Shown shown = disclosure.show("body-seat", s.id(),
                new Disclosure.Field("name", NAME, s.nameEnc(), Masking::name),
                new Disclosure.Field("phone", PHONE, s.phoneEnc().orElse(null), Masking::phone));
        return new SeatView(s, shown.get("name"), shown.get("phone"), shown.masked());
    }
}
