package org.jiceng.platform.casework.domain;

import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.domain.StateConflict;
import org.jiceng.platform.shared.domain.VersionMismatch;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The closed loop's transition table and deadline arithmetic, on a fixed clock. */
class CaseRecordTest {
    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 2, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final Deadlines NORMAL = new Deadlines(24, 12, 168);
    private static final CaseCategory PARKING = new CaseCategory("PARKING", "停车", NORMAL,
            new Deadlines(4, 2, 72), new Deadlines(1, 1, 24), T0);

    private static CaseRecord reported(CasePriority priority) {
        CaseRecord c = CaseRecord.report("01900000-0000-7000-8000-000000000001", "SIP-2026-000001",
                new NewCaseFacts("占道停车", "消防通道被占", priority, CaseSource.RESIDENT_APP, "resident-1",
                        "vendor-app", false, 120.7, 31.3, "中南社区", null, null), PARKING,
                "01900000-0000-7000-8000-0000000000aa", T0);
        c.reported();
        return c;
    }

    @Test
    void theWholeLoopStampsTimesDeadlinesAndVersions() {
        CaseRecord c = reported(CasePriority.NORMAL);
        assertEquals(T0.plusHours(24), c.acceptDueAt());
        assertEquals(1, c.version());

        Transition accepted = c.accept(NORMAL, null, T0.plusHours(1));
        assertEquals(new Transition(CaseAction.ACCEPT, CaseStatus.REPORTED, CaseStatus.ACCEPTED, null, 2), accepted);
        assertEquals(T0.plusHours(1 + 168), c.resolveDueAt().orElseThrow());

        c.dispatch(HandlerKind.DEPARTMENT, "dept-1", NORMAL, "to housing", T0.plusHours(2));
        assertEquals(T0.plusHours(2 + 12), c.acknowledgeDueAt().orElseThrow());
        assertTrue(c.isOverdue(T0.plusHours(15)), "not acknowledged 13 h after dispatch");
        c.acknowledge("on it", T0.plusHours(3));
        assertFalse(c.isOverdue(T0.plusHours(15)));
        c.resolve("车辆已挪走", T0.plusHours(30));
        Transition failed = c.verify(false, "车又停回来了", T0.plusHours(31));
        assertEquals(CaseStatus.IN_PROGRESS, failed.to());
        assertEquals(1, c.reworkCount());
        c.resolve("加装了隔离桩", T0.plusHours(50));
        c.verify(true, null, T0.plusHours(51));
        assertEquals(CaseStatus.CLOSED, c.status());
        assertEquals(T0.plusHours(51), c.closedAt().orElseThrow());
        Transition evaluated = c.evaluate(5, "满意", T0.plusHours(60));
        assertEquals(CaseStatus.CLOSED, evaluated.to());
        assertEquals(9, evaluated.seq(), "report + 8 steps");
        assertEquals(9, c.version());
        assertThrows(StateConflict.class, () -> c.evaluate(4, null, T0.plusHours(61)), "one evaluation only");
        assertThrows(StateConflict.class, () -> c.reopen("还是不行", 7, T0.plusHours(62)), "satisfied: no reopen");
    }

    @Test
    void urgencyPicksTheCategorysTighterDeadlines() {
        CaseRecord c = reported(CasePriority.URGENT);
        assertEquals(T0.plusHours(4), c.acceptDueAt());
        assertTrue(c.isOverdue(T0.plusHours(5)));
    }

    @Test
    void everyIllegalStepIsRefusedNamingTheAllowedOnes() {
        for (CaseStatus status : EnumSet.of(CaseStatus.REPORTED)) {
            for (CaseAction action : CaseAction.values()) {
                assertEquals(EnumSet.of(CaseAction.ACCEPT, CaseAction.REJECT, CaseAction.MARK_DUPLICATE)
                        .contains(action), action.allowedFrom(status), action + " from " + status);
            }
        }
        CaseRecord c = reported(CasePriority.NORMAL);
        IllegalTransition e = assertThrows(IllegalTransition.class, () -> c.resolve("done", T0));
        assertTrue(e.getMessage().contains("allowed now: accept, reject, mark-duplicate"), e.getMessage());
        assertEquals(Set.of(CaseAction.ACCEPT, CaseAction.REJECT, CaseAction.MARK_DUPLICATE), e.allowed());
        c.reject("不属于受理范围", T0.plusHours(1));
        IllegalTransition finished = assertThrows(IllegalTransition.class, () -> c.accept(NORMAL, null, T0));
        assertTrue(finished.getMessage().contains("nothing"), finished.getMessage());
        assertEquals(Set.of(), CaseAction.allowedIn(CaseStatus.DUPLICATE));
    }

    @Test
    void anUnsatisfiedResidentReopensWithinTheWindowOnly() {
        CaseRecord c = closed();
        c.evaluate(2, "没解决", T0.plusDays(3));
        assertThrows(StateConflict.class, () -> c.reopen("没解决", 7, T0.plusDays(10)), "window passed");
        c.reopen("没解决", 7, T0.plusDays(4));
        assertEquals(CaseStatus.REOPENED, c.status());
        assertEquals(1, c.reworkCount());
        c.dispatch(HandlerKind.GRID, "grid-1", NORMAL, null, T0.plusDays(4));
        assertEquals(T0.plusDays(4).plusHours(168), c.resolveDueAt().orElseThrow(), "a new resolution deadline");
    }

    @Test
    void badInputAndStaleVersionsAreRefused() {
        CaseRecord c = closed();
        assertThrows(RuleViolation.class, () -> c.evaluate(0, null, T0));
        assertThrows(RuleViolation.class, () -> c.evaluate(6, null, T0));
        assertThrows(VersionMismatch.class, () -> c.requireVersion(1));
        CaseRecord open = reported(CasePriority.NORMAL);
        assertThrows(RuleViolation.class, () -> open.reject(" ", T0));
        assertThrows(RuleViolation.class, () -> open.markDuplicate(open, T0));
        open.accept(NORMAL, null, T0);
        open.dispatch(HandlerKind.GRID, "g", NORMAL, null, T0);
        assertThrows(RuleViolation.class, () -> open.defer(T0, "earlier", T0), "a deferral moves the deadline later");
        open.defer(T0.plusDays(30), "等待维修配件", T0);
        assertEquals(T0.plusDays(30), open.resolveDueAt().orElseThrow());
        assertThrows(RuleViolation.class, () -> CaseRecord.report("x", "n", new NewCaseFacts("t", "d".repeat(4001),
                CasePriority.NORMAL, CaseSource.OTHER, null, null, true, null, null, null, null, null), PARKING, "g", T0));
    }

    @Test
    void aWhistleEscalatesToTheStreetWithAFreshAcknowledgementDeadline() {
        CaseRecord c = reported(CasePriority.NORMAL);
        assertThrows(IllegalTransition.class, () -> c.whistle(java.util.Optional.of("street"), NORMAL, "x", T0));
        c.accept(NORMAL, null, T0);
        c.dispatch(HandlerKind.GRID, "community", NORMAL, null, T0);
        c.acknowledge("community on it", T0.plusHours(1));
        Transition t = c.whistle(java.util.Optional.of("street"), NORMAL, "summoned HOUSING", T0.plusHours(30));
        assertEquals(CaseStatus.DISPATCHED, t.to(), "the street has to report in");
        assertEquals("street", c.handlerId().orElseThrow());
        assertEquals(T0.plusHours(30 + NORMAL.acknowledgeHours()), c.acknowledgeDueAt().orElseThrow());
        assertTrue(c.acknowledgedAt().isEmpty());
        assertEquals(c.acknowledgeDueAt(), c.currentDue(), "the street's deadline is the one running");
        assertEquals(CaseStatus.DISPATCHED, c.summonsAcknowledged("HOUSING reported", T0.plusHours(31)).to());
        assertEquals(CaseStatus.IN_PROGRESS, c.acknowledge("street on it", T0.plusHours(32)).to());
    }

    @Test
    void aWhistleThatOnlySummonsKeepsTheStateAndTheDeadlines() {
        CaseRecord c = reported(CasePriority.NORMAL);
        c.accept(NORMAL, null, T0);
        c.dispatch(HandlerKind.GRID, "community", NORMAL, null, T0);
        c.acknowledge("on it", T0.plusHours(1));
        Transition t = c.whistle(java.util.Optional.empty(), NORMAL, "summoned HOUSING", T0.plusHours(2));
        assertEquals(CaseStatus.IN_PROGRESS, t.to());
        assertEquals(T0.plusHours(1), c.acknowledgedAt().orElseThrow());
        assertEquals("community", c.handlerId().orElseThrow());
    }

    @Test
    void aSummonsIsAcknowledgedOnceAndKnowsWhetherOnTime() {
        Summons s = new Summons("s", "c", "d", T0, T0.plusHours(2));
        assertTrue(s.onTime(T0.plusHours(1)));
        assertFalse(s.onTime(T0.plusHours(3)), "not acknowledged and past due");
        s.acknowledge("officer", null, T0.plusHours(3));
        assertFalse(s.onTime(T0.plusHours(3)), "acknowledged late");
        assertThrows(StateConflict.class, () -> s.acknowledge("officer", null, T0.plusHours(4)));
    }

    @Test
    void theTransitionTableHoldsForEveryStateAndEveryAction() {
        java.util.Map<CaseStatus, java.util.function.Supplier<CaseRecord>> inState = new java.util.EnumMap<>(
                CaseStatus.class);
        inState.put(CaseStatus.REPORTED, () -> reported(CasePriority.NORMAL));
        inState.put(CaseStatus.ACCEPTED, () -> {
            CaseRecord c = reported(CasePriority.NORMAL);
            c.accept(NORMAL, null, T0);
            return c;
        });
        inState.put(CaseStatus.REJECTED, () -> {
            CaseRecord c = reported(CasePriority.NORMAL);
            c.reject("no", T0);
            return c;
        });
        inState.put(CaseStatus.DUPLICATE, () -> {
            CaseRecord c = reported(CasePriority.NORMAL);
            CaseRecord master = CaseRecord.report("01900000-0000-7000-8000-000000000002", "SIP-2026-000002",
                    new NewCaseFacts("t", "d", CasePriority.NORMAL, CaseSource.OTHER, null, null, true, null, null,
                            null, null, null), PARKING, "g", T0);
            c.markDuplicate(master, T0);
            return c;
        });
        inState.put(CaseStatus.DISPATCHED, () -> {
            CaseRecord c = inState.get(CaseStatus.ACCEPTED).get();
            c.dispatch(HandlerKind.GRID, "g", NORMAL, null, T0);
            return c;
        });
        inState.put(CaseStatus.IN_PROGRESS, () -> {
            CaseRecord c = inState.get(CaseStatus.DISPATCHED).get();
            c.acknowledge(null, T0);
            return c;
        });
        inState.put(CaseStatus.RESOLVED, () -> {
            CaseRecord c = inState.get(CaseStatus.IN_PROGRESS).get();
            c.resolve("done", T0);
            return c;
        });
        inState.put(CaseStatus.CLOSED, CaseRecordTest::closed);
        inState.put(CaseStatus.REOPENED, () -> {
            CaseRecord c = closed();
            c.evaluate(1, null, T0);
            c.reopen("no", 7, T0);
            return c;
        });
        for (CaseStatus status : CaseStatus.values()) {
            assertEquals(status, inState.get(status).get().status());
            for (CaseAction action : CaseAction.values()) {
                CaseRecord c = inState.get(status).get();
                boolean allowed = action.allowedFrom(status);
                try {
                    take(c, action);
                    assertTrue(allowed, action + " was taken from " + status);
                } catch (IllegalTransition refused) {
                    assertFalse(allowed, action + " was refused from " + status);
                    assertEquals(CaseAction.allowedIn(status), refused.allowed());
                } catch (StateConflict | RuleViolation otherRule) {
                    assertTrue(allowed, action + " from " + status + ": " + otherRule.getMessage());
                }
            }
        }
    }

    /** Takes {@code action} with arguments that pass every check but the state's. */
    private static void take(CaseRecord c, CaseAction action) {
        OffsetDateTime later = T0.plusHours(1);
        switch (action) {
            case ACCEPT -> c.accept(NORMAL, null, later);
            case REJECT -> c.reject("no", later);
            case MARK_DUPLICATE -> c.markDuplicate(CaseRecord.report("01900000-0000-7000-8000-000000000003",
                    "SIP-2026-000003", new NewCaseFacts("t", "d", CasePriority.NORMAL, CaseSource.OTHER, null, null,
                            true, null, null, null, null, null), PARKING, "g", T0), later);
            case DISPATCH -> c.dispatch(HandlerKind.GRID, "g", NORMAL, null, later);
            case ACKNOWLEDGE -> c.acknowledge(null, later);
            case DEFER -> c.defer(T0.plusDays(400), "wait", later);
            case WHISTLE -> c.whistle(java.util.Optional.empty(), NORMAL, "summoned", later);
            case ACKNOWLEDGE_SUMMONS -> c.summonsAcknowledged("reported", later);
            case RESOLVE -> c.resolve("done", later);
            case VERIFY -> c.verify(true, null, later);
            case EVALUATE -> c.evaluate(3, null, later);
            case REOPEN -> {
                c.evaluate(1, null, later); // refused outside CLOSED before reopen is tried
                c.reopen("no", 7, later);
            }
        }
    }

    private static CaseRecord closed() {
        CaseRecord c = reported(CasePriority.NORMAL);
        c.accept(NORMAL, null, T0);
        c.dispatch(HandlerKind.GRID, "grid-1", NORMAL, null, T0);
        c.acknowledge(null, T0);
        c.resolve("done", T0);
        c.verify(true, null, T0);
        return c;
    }
}
