package org.jiceng.platform.volunteer.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jiceng.platform.grid.domain.GridRepository;
import org.jiceng.platform.shared.domain.PreconditionMissing;
import org.jiceng.platform.shared.domain.RecordNotFound;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.domain.Slice;
import org.jiceng.platform.shared.events.Outbox;
import org.jiceng.platform.shared.persistence.Ids;
import org.jiceng.platform.shared.pii.Disclosure;
import org.jiceng.platform.shared.pii.Masking;
import org.jiceng.platform.shared.pii.PhoneNumbers;
import org.jiceng.platform.shared.security.Caller;
import org.jiceng.platform.shared.security.CallerContext;
import org.jiceng.platform.shared.security.Permission;
import org.jiceng.platform.volunteer.domain.AccountKind;
import org.jiceng.platform.volunteer.domain.PointsAccount;
import org.jiceng.platform.volunteer.domain.PointsEntry;
import org.jiceng.platform.volunteer.domain.PointsTransaction;
import org.jiceng.platform.volunteer.domain.Volunteer;
import org.jiceng.platform.volunteer.domain.VolunteerRepository;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Volunteers, their statements, point corrections and the ledger check. */
@ApplicationScoped
@Transactional
public class Volunteers {
    static final String NAME_COLUMN = "volunteer.name_enc";
    static final String PHONE_COLUMN = "volunteer.phone_enc";

    @Inject
    VolunteerRepository repo;
    @Inject
    org.jiceng.platform.volunteer.domain.VolunteerStatistics statistics;
    @Inject
    GridRepository grids;
    @Inject
    Ledger ledger;
    @Inject
    Disclosure disclosure;
    @Inject
    CallerContext callers;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;
    @Inject
    org.jiceng.platform.party.domain.PartyRepository partyMembers;

    public VolunteerView register(String name, String phone, String subject, String externalId, String homeGridId,
                                  List<String> skills, String partyMemberId) {
        Caller caller = callers.get();
        caller.require(Permission.VOLUNTEERS_WRITE);
        if (name == null || name.isBlank() || name.length() > 50) {
            throw new RuleViolation("name", "1-50 characters");
        }
        String digits = PhoneNumbers.normalize("phone", phone, false);
        String grid = grids.find(homeGridId).orElseThrow(() -> new RecordNotFound("grid", homeGridId)).id();
        OffsetDateTime now = now();
        String id = Ids.newId();
        int year = now.atZoneSameInstant(ZoneId.of(caller.tenant().settings().timeZone())).getYear();
        String certificate = String.format(Locale.ROOT, "%s-V%d-%06d", caller.tenant().settings().caseNumberPrefix(),
                year, repo.nextCertificateNumber(year));
        Volunteer v = new Volunteer(id, subject, externalId, disclosure.seal(NAME_COLUMN, name.strip()),
                disclosure.seal(PHONE_COLUMN, digits), disclosure.lookupHash(digits), grid, certificate, now);
        if (skills != null) {
            v.skills(skillsJson(skills));
        }
        if (partyMemberId != null) {
            v.linkPartyMember(partyMembers.member(partyMemberId)
                    .orElseThrow(() -> new RecordNotFound("Party member", partyMemberId)).id());
        }
        repo.add(v);
        repo.flush();
        repo.add(new PointsAccount(Ids.newId(), AccountKind.VOLUNTEER, v.id()));
        repo.flush();
        outbox.record("volunteer.registered", "volunteer", v.id(), Map.of("id", v.id(), "homeGridId", grid));
        return view(caller, v);
    }

    public VolunteerView get(String id) {
        Caller caller = callers.get();
        caller.require(Permission.VOLUNTEERS_READ);
        return view(caller, find(id));
    }

    public Slice<VolunteerView> list(String afterId, int limit) {
        Caller caller = callers.get();
        caller.require(Permission.VOLUNTEERS_READ);
        Slice<Volunteer> page = Slice.of(repo.volunteers(afterId, limit + 1), limit);
        List<VolunteerView> views = new ArrayList<>();
        for (Volunteer v : page.items()) {
            views.add(view(caller, v));
        }
        return new Slice<>(views, page.hasMore());
    }

    /** The volunteer's ledger entries, newest first. */
    public Slice<PointsEntry> statement(String volunteerId, String afterId, int limit) {
        callers.get().require(Permission.VOLUNTEERS_READ);
        PointsAccount account = repo.accountOfVolunteer(find(volunteerId).id()).orElseThrow();
        return Slice.of(repo.statement(account.id(), afterId, limit + 1), limit);
    }

    public PointsTransaction reverse(String transactionId, String reason) {
        Caller caller = callers.get();
        caller.require(Permission.VOLUNTEERS_WRITE);
        PointsTransaction t = ledger.reverse(transactionId, reason, caller.subject(), now());
        outbox.record("points.reversed", "points-transaction", t.id(), Map.of("id", t.id(), "reverses",
                t.reversesId().orElseThrow(), "amount", t.amount()));
        return t;
    }

    /** The record of service a district prints: services, verified hours, points earned, certificate number. */
    public ServiceRecordView serviceRecord(String volunteerId) {
        Caller caller = callers.get();
        caller.require(Permission.VOLUNTEERS_READ);
        VolunteerView v = view(caller, find(volunteerId));
        return new ServiceRecordView(v, repo.serviceRecord(v.volunteer().id()));
    }

    /** A volunteer and their record of service. */
    public record ServiceRecordView(VolunteerView volunteer, VolunteerRepository.ServiceRecord record) {
    }

    /** Volunteers ranked by points earned for service in [from, to) of the tenant's calendar, optionally in a grid. */
    public List<org.jiceng.platform.volunteer.domain.VolunteerStatistics.LeaderboardRow> leaderboard(java.time.LocalDate from, java.time.LocalDate to,
                                                               java.util.Optional<String> gridId,
                                                               java.util.Optional<String> teamId, int limit) {
        Caller caller = callers.get();
        caller.require(Permission.VOLUNTEERS_READ);
        if (!to.isAfter(from)) {
            throw new RuleViolation("to", "must be after from");
        }
        ZoneId zone = ZoneId.of(caller.tenant().settings().timeZone());
        java.util.Optional<String> path = gridId.map(id -> grids.find(id)
                .orElseThrow(() -> new RecordNotFound("grid", id)).path());
        java.util.Optional<String> team = teamId.map(id -> repo.team(id)
                .orElseThrow(() -> new RecordNotFound("volunteer team", id)).id());
        return statistics.leaderboard(from.atStartOfDay(zone).toOffsetDateTime(), to.atStartOfDay(zone).toOffsetDateTime(),
                path, team, limit);
    }

    /** A month of verified service, zeros included. */
    public record MonthHours(java.time.YearMonth month, long services, long volunteers, long verifiedMinutes) {
    }

    /**
     * Verified service month by month over [from, to) of the tenant's calendar (default the six months up to and
     * including this one, at most 24), for activities held in gridId's subtree (default all); every month listed.
     */
    public List<MonthHours> hoursByMonth(java.util.Optional<java.time.YearMonth> from,
                                         java.util.Optional<java.time.YearMonth> to, java.util.Optional<String> gridId) {
        Caller caller = callers.get();
        caller.require(Permission.VOLUNTEERS_READ);
        ZoneId zone = ZoneId.of(caller.tenant().settings().timeZone());
        org.jiceng.platform.shared.domain.MonthSpan span = org.jiceng.platform.shared.domain.MonthSpan.of(from, to,
                java.time.YearMonth.now(clock.withZone(zone)));
        java.util.Optional<String> path = gridId.map(id -> grids.find(id)
                .orElseThrow(() -> new RecordNotFound("grid", id)).path());
        java.util.Map<java.time.YearMonth, org.jiceng.platform.volunteer.domain.VolunteerStatistics.MonthHours> found =
                new java.util.HashMap<>();
        statistics.hoursByMonth(span.from().atDay(1).atStartOfDay(zone).toOffsetDateTime(),
                span.to().atDay(1).atStartOfDay(zone).toOffsetDateTime(), zone.getId(), path)
                .forEach(m -> found.put(m.month(), m));
        List<MonthHours> out = new java.util.ArrayList<>();
        for (java.time.YearMonth m : span.months()) {
            var h = found.get(m);
            out.add(h == null ? new MonthHours(m, 0, 0, 0)
                    : new MonthHours(m, h.services(), h.volunteers(), h.verifiedMinutes()));
        }
        return out;
    }

    /** What an expiry run did. */
    public record ExpiryResult(int accounts, long points) {
    }

    /**
     * Expires the points credited before {@code creditedBefore} (a date of the tenant's calendar) that are still
     * unspent, oldest points spent first, into the expiry sink. Running it again with the same date expires nothing
     * more.
     */
    public ExpiryResult expire(java.time.LocalDate creditedBefore) {
        Caller caller = callers.get();
        caller.require(Permission.VOLUNTEERS_WRITE);
        ZoneId zone = ZoneId.of(caller.tenant().settings().timeZone());
        if (!creditedBefore.isBefore(java.time.LocalDate.now(clock.withZone(zone)).plusDays(2))) {
            throw new RuleViolation("creditedBefore", "a date no later than tomorrow");
        }
        OffsetDateTime cutoff = creditedBefore.atStartOfDay(zone).toOffsetDateTime();
        // a second run waits here, then sees what the first booked (each statement reads what has committed)
        repo.lockExpiryRuns();
        String sink = repo.systemAccount(AccountKind.EXPIRY).id();
        long total = 0;
        Map<String, Long> due = repo.expirable(cutoff);
        for (Map.Entry<String, Long> e : due.entrySet()) {
            ledger.book("EXPIRY", e.getValue(), e.getKey(), sink, "points credited before " + creditedBefore
                    + " expired", "expiry", creditedBefore.toString(), null, caller.subject(), now());
            total += e.getValue();
        }
        outbox.record("points.expired", "points-expiry", creditedBefore.toString(), Map.of("accounts", due.size(),
                "points", total));
        return new ExpiryResult(due.size(), total);
    }

    /** A multiplier after {@link #setMultiplier}, and whether that call created it. */
    public record MultiplierSet(org.jiceng.platform.volunteer.domain.PointsMultiplier multiplier, boolean created) {
    }

    /**
     * Creates a tenant points multiplier, or replaces it as it was at {@code expectedVersion}: replacing one
     * without naming the version it replaces is refused (428), like any other change.
     */
    public MultiplierSet setMultiplier(String code, java.util.OptionalLong expectedVersion, String name, int percent) {
        callers.get().require(Permission.VOLUNTEERS_WRITE);
        var existing = repo.multiplierForUpdate(code);
        org.jiceng.platform.volunteer.domain.PointsMultiplier m;
        if (existing.isPresent()) {
            m = existing.get();
            m.requireVersion(expectedVersion.orElseThrow(() -> new PreconditionMissing("points multiplier " + code)));
            m.set(name, percent, now());
        } else if (expectedVersion.isPresent()) {
            throw new RecordNotFound("points multiplier", code);
        } else {
            m = new org.jiceng.platform.volunteer.domain.PointsMultiplier(code, name, percent, now());
            repo.add(m);
        }
        repo.flush();
        outbox.record("points.multiplier-set", "points-multiplier", code, Map.of("code", code, "percent", percent));
        return new MultiplierSet(m, existing.isEmpty());
    }

    public org.jiceng.platform.volunteer.domain.PointsMultiplier multiplier(String code) {
        callers.get().require(Permission.VOLUNTEERS_READ);
        return repo.multiplier(code).orElseThrow(() -> new RecordNotFound("points multiplier", code));
    }

    public Slice<org.jiceng.platform.volunteer.domain.PointsMultiplier> multipliers(String afterCode, int limit) {
        callers.get().require(Permission.VOLUNTEERS_READ);
        return Slice.of(repo.multipliers(afterCode, limit + 1), limit);
    }

    private static String skillsJson(List<String> skills) {
        if (skills.size() > 20) {
            throw new RuleViolation("skills", "at most 20");
        }
        jakarta.json.JsonArrayBuilder a = jakarta.json.Json.createArrayBuilder();
        for (String s : skills) {
            if (s == null || s.isBlank() || s.length() > 20) {
                throw new RuleViolation("skills", "each skill 1-20 characters");
            }
            a.add(s.strip());
        }
        return a.build().toString();
    }

    public VolunteerRepository.LedgerState check() {
        callers.get().require(Permission.VOLUNTEERS_READ);
        return repo.ledgerState();
    }

    Volunteer find(String id) {
        return repo.volunteer(id).orElseThrow(() -> new RecordNotFound("volunteer", id));
    }

    private VolunteerView view(Caller caller, Volunteer v) {
        Disclosure.Shown shown = disclosure.show("volunteer", v.id(),
                new Disclosure.Field("name", NAME_COLUMN, v.nameEnc(), Masking::name),
                new Disclosure.Field("phone", PHONE_COLUMN, v.phoneEnc().orElse(null), Masking::phone));
        long balance = repo.accountOfVolunteer(v.id()).map(PointsAccount::balance).orElse(0L);
        return new VolunteerView(v, shown.get("name"), shown.get("phone"), shown.masked(), balance);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
