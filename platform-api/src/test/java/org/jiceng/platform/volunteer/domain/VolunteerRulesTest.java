package org.jiceng.platform.volunteer.domain;

import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.domain.StateConflict;
import org.jiceng.platform.shared.domain.VersionMismatch;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The points ledger, wishes, sign-ups and rewards as plain objects: the rules, without a database. */
class VolunteerRulesTest {
    private static final OffsetDateTime NOON = OffsetDateTime.parse("2026-11-22T04:00:00Z");

    private static PointsAccount account(String id, AccountKind kind) {
        return new PointsAccount(id, kind, kind == AccountKind.VOLUNTEER ? "v-" + id : null);
    }

    @Test
    void aBookingMovesPointsBetweenTwoAccountsAsTwoEntriesThatSumToZero() {
        PointsAccount issuance = account("i", AccountKind.ISSUANCE);
        PointsAccount volunteer = account("a", AccountKind.VOLUNTEER);
        PointsTransaction.Booking b = PointsTransaction.book("t", "ACTIVITY_CREDIT", 30, issuance, volunteer,
                "service", "activity-signup", "s", null, "u", "d", "c", NOON);
        assertEquals(30, volunteer.balance());
        assertEquals(-30, issuance.balance(), "issuance may go negative: it is where points come from");
        assertEquals(0, b.entries().stream().mapToLong(PointsEntry::amount).sum());
        assertEquals(2, b.entries().size());
    }

    @Test
    void aVolunteersBalanceNeverGoesNegativeAndNothingMovesWhenRefused() {
        PointsAccount volunteer = account("a", AccountKind.VOLUNTEER);
        PointsAccount sink = account("r", AccountKind.REDEMPTION);
        PointsTransaction.book("t0", "ACTIVITY_CREDIT", 5, account("i", AccountKind.ISSUANCE), volunteer, "x", "x",
                "x", null, "u", "d0", "c0", NOON);
        assertThrows(StateConflict.class, () -> PointsTransaction.book("t", "REDEMPTION", 6, volunteer, sink, "x",
                "x", "x", null, "u", "d", "c", NOON));
        assertEquals(5, volunteer.balance());
        assertEquals(0, sink.balance());
        assertThrows(RuleViolation.class, () -> PointsTransaction.book("t", "X", 0, volunteer, sink, "x", "x", "x",
                null, "u", "d", "c", NOON), "a positive amount");
        assertThrows(RuleViolation.class, () -> PointsTransaction.book("t", "X", 1, volunteer, volunteer, "x", "x",
                "x", null, "u", "d", "c", NOON), "two different accounts");
    }

    @Test
    void aRedemptionTakesStockAndPointsTogetherOrNeither() {
        Reward umbrella = new Reward("r", "雨伞", 20, 1, NOON);
        PointsAccount volunteer = account("a", AccountKind.VOLUNTEER);
        PointsAccount sink = account("s", AccountKind.REDEMPTION);
        PointsTransaction.book("t0", "ACTIVITY_CREDIT", 50, account("i", AccountKind.ISSUANCE), volunteer, "x", "x",
                "x", null, "u", "d0", "c0", NOON);
        Redemption.Redeemed done = Redemption.redeem("x", umbrella, volunteer, sink, "t", "d", "c", "u", NOON);
        assertEquals(0, umbrella.stock());
        assertEquals(30, volunteer.balance());
        assertEquals(20, done.redemption().price());
        assertEquals(2, umbrella.version(), "a redemption moves the reward's version");
        assertThrows(StateConflict.class, () -> Redemption.redeem("y", umbrella, volunteer, sink, "t2", "d2", "c2",
                "u", NOON), "out of stock");
        assertEquals(30, volunteer.balance(), "nothing booked");
    }

    @Test
    void restockingNeedsAPositiveQuantityAndTheCurrentVersion() {
        Reward r = new Reward("r", "餐券", 10, 0, NOON);
        assertThrows(RuleViolation.class, () -> r.restock(0));
        r.restock(5);
        assertEquals(5, r.stock());
        assertEquals(2, r.version());
        assertThrows(VersionMismatch.class, () -> r.requireVersion(1));
        r.requireVersion(2);
    }

    @Test
    void aWishGoesPostedClaimedFulfilledConfirmedAndPaysItsPointsOnce() {
        Wish w = new Wish("w", "换灯泡", "厨房灯坏了", "g", "resident", 15, NOON);
        StateConflict early = assertThrows(StateConflict.class, () -> w.fulfil(NOON));
        assertTrue(early.getMessage().contains("allowed now: claim, withdraw"), early.getMessage());
        w.claim("v", NOON);
        assertThrows(StateConflict.class, () -> w.withdraw("resident"), "claimed already");
        w.fulfil(NOON);
        assertThrows(StateConflict.class, () -> w.confirm("someone else", NOON), "only the resident confirms");
        assertEquals(15, w.confirm("resident", NOON));
        assertEquals(Wish.Status.CONFIRMED, w.status());
        assertEquals(4, w.version());
        StateConflict again = assertThrows(StateConflict.class, () -> w.confirm("resident", NOON));
        assertTrue(again.getMessage().contains("nothing"), again.getMessage());
        assertThrows(RuleViolation.class, () -> new Wish("x", "t", "d", "g", "r", 1001, NOON));
        assertThrows(RuleViolation.class, () -> new Wish("x", " ", "d", "g", "r", 10, NOON));
    }

    @Test
    void anUnclaimedWishCanBeWithdrawnOnlyByItsResident() {
        Wish w = new Wish("w", "t", "d", "g", "resident", 10, NOON);
        assertThrows(StateConflict.class, () -> w.withdraw("neighbour"));
        w.withdraw("resident");
        assertEquals(Wish.Status.WITHDRAWN, w.status());
        assertThrows(StateConflict.class, () -> w.claim("v", NOON));
    }

    @Test
    void aSignUpIsVerifiedOnceByTheOrganiserForTheTimeServed() {
        Activity a = new Activity("a", "楼道清理", "g", NOON, NOON.plusHours(3), 3, "organiser", null, 20, NOON);
        ActivitySignup s = new ActivitySignup("s", "a", "v", NOON);
        assertThrows(StateConflict.class, () -> s.checkOut(NOON), "check in first");
        s.checkIn(NOON);
        StateConflict cancel = assertThrows(StateConflict.class, s::cancel);
        assertTrue(cancel.getMessage().contains("allowed now: check-out"), cancel.getMessage());
        assertThrows(RuleViolation.class, () -> s.checkOut(NOON.minusMinutes(1)), "not before check-in");
        s.checkOut(NOON.plusMinutes(90));
        assertThrows(StateConflict.class, () -> s.verify(a, "someone", null), "only the organiser");
        assertThrows(RuleViolation.class, () -> s.verify(a, "organiser", -1));
        assertThrows(RuleViolation.class, () -> s.verify(a, "organiser", 5 * 24 * 60), "longer than the activity");
        assertEquals(30, s.verify(a, "organiser", null), "90 minutes at 20 points an hour");
        assertEquals(SignupStatus.VERIFIED, s.status());
        assertThrows(StateConflict.class, () -> s.verify(a, "organiser", null), "once");
    }

    @Test
    void aMultiplierIsFrozenIntoTheActivityWhenItIsCreated() {
        PointsMultiplier holiday = new PointsMultiplier("HOLIDAY", "节假日", 200, NOON);
        Activity a = new Activity("a", "春节慰问", "g", NOON, NOON.plusHours(2), 5, "o", 7, null, NOON);
        a.multiplyBy(holiday);
        holiday.set("节假日", 300, NOON);
        assertEquals(14, a.pointsFor(60), "the percentage the activity was created with");
        assertEquals(2, holiday.version());
        assertThrows(VersionMismatch.class, () -> holiday.requireVersion(1));
        assertThrows(RuleViolation.class, () -> new PointsMultiplier("holiday", "x", 100, NOON), "upper-case code");
        assertThrows(RuleViolation.class, () -> holiday.set("x", 1001, NOON));
    }

    @Test
    void joiningATeamMovesItsVersion() {
        VolunteerTeam t = new VolunteerTeam("t", "平安巡逻队", ServiceArea.PUBLIC_SECURITY, "g", null, NOON);
        assertEquals(1, t.version());
        t.admitted();
        assertThrows(VersionMismatch.class, () -> t.requireVersion(1));
        assertThrows(RuleViolation.class, () -> new VolunteerTeam("t", "x", null, "g", null, NOON));
    }
}
