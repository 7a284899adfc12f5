package org.jiceng.platform.deliberation.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each rule at the boundaries the law draws. */
class VoteRuleTest {

    private static Tally owners(int entitled, String entitledArea, int yes, String yesArea, int no, String noArea,
                                int abstain, String abstainArea) {
        return new Tally(entitled, new BigDecimal(entitledArea), yes, no, abstain, new BigDecimal(yesArea),
                new BigDecimal(noArea), new BigDecimal(abstainArea));
    }

    @Test
    void simpleMajorityNeedsMoreYesThanNoAndIgnoresAbstentions() {
        assertFalse(VoteRule.SIMPLE_MAJORITY.decide(Tally.ofHeads(10, 4, 4, 2), null, null).passed(), "a tie fails");
        assertTrue(VoteRule.SIMPLE_MAJORITY.decide(Tally.ofHeads(10, 2, 1, 7), null, null).passed(),
                "abstentions count for turnout only");
    }

    @Test
    void simpleMajorityQuorumIsAMinimumTurnout() {
        VoteResult exactly = VoteRule.SIMPLE_MAJORITY.decide(Tally.ofHeads(10, 5, 0, 0), null, 50);
        assertTrue(exactly.quorate() && exactly.passed(), "exactly the quorum is enough");
        VoteResult below = VoteRule.SIMPLE_MAJORITY.decide(Tally.ofHeads(10, 4, 0, 0), null, 50);
        assertFalse(below.quorate());
        assertFalse(below.passed(), "no outcome without a quorum");
    }

    @Test
    void residentsMeetingNeedsMoreThanHalfAttendingAndMoreThanHalfOfThemInFavour() {
        assertFalse(VoteRule.RESIDENTS_MEETING.decide(Tally.ofHeads(100, 50, 0, 0),
                MeetingForm.HOUSEHOLD_REPRESENTATIVES, null).quorate(), "exactly half attending is not quorate");
        VoteResult oneAbove = VoteRule.RESIDENTS_MEETING.decide(Tally.ofHeads(100, 26, 24, 1),
                MeetingForm.HOUSEHOLD_REPRESENTATIVES, null);
        assertTrue(oneAbove.quorate(), "one above half attending");
        assertTrue(oneAbove.passed(), "26 of 51 attending is more than half");
        assertFalse(VoteRule.RESIDENTS_MEETING.decide(Tally.ofHeads(100, 26, 24, 2),
                MeetingForm.HOUSEHOLD_REPRESENTATIVES, null).passed(), "26 of 52 is exactly half: fails");
    }

    @Test
    void representativesMeetingNeedsTwoThirdsAttending() {
        assertTrue(VoteRule.RESIDENTS_MEETING.decide(Tally.ofHeads(30, 15, 5, 0),
                MeetingForm.REPRESENTATIVES_MEETING, null).quorate(), "20 of 30 is two-thirds");
        assertFalse(VoteRule.RESIDENTS_MEETING.decide(Tally.ofHeads(30, 15, 4, 0),
                MeetingForm.REPRESENTATIVES_MEETING, null).quorate(), "19 of 30 is not");
    }

    @Test
    void ownersOrdinaryNeedsTwoThirdsByAreaAndByHead() {
        // 6 of 9 owners by head, but only 600 of 1,000 m²: two-thirds of heads, not of area
        VoteResult heads = VoteRule.OWNERS_ORDINARY.decide(owners(9, "1000", 6, "600", 0, "0", 0, "0"), null, null);
        assertFalse(heads.quorate());
        // 700 of 1,000 m² but 5 of 9 owners: area without heads
        assertFalse(VoteRule.OWNERS_ORDINARY.decide(owners(9, "1000", 5, "700", 0, "0", 0, "0"), null, null)
                .quorate());
        VoteResult both = VoteRule.OWNERS_ORDINARY.decide(owners(9, "1000", 6, "666.67", 0, "0", 0, "0"), null, null);
        assertTrue(both.quorate() && both.passed(), "6 of 9 and 666.67 of 1,000 m² take part");
    }

    @Test
    void ownersOrdinaryPassesWithMoreThanHalfOfBoth() {
        // quorate; yes is more than half by head (4 of 6) but exactly half by area (400 of 800)
        assertFalse(VoteRule.OWNERS_ORDINARY.decide(owners(6, "900", 4, "400", 2, "400", 0, "0"), null, null)
                .passed());
        assertTrue(VoteRule.OWNERS_ORDINARY.decide(owners(6, "900", 4, "400.01", 2, "399.99", 0, "0"), null, null)
                .passed());
    }

    @Test
    void ownersSpecialNeedsThreeQuartersOfBothAndAreaAloneIsNotEnough() {
        // three-quarters by area only: 800 of 1,000 m² yes, but 5 of 8 owners
        VoteResult areaOnly = VoteRule.OWNERS_SPECIAL.decide(owners(8, "1000", 5, "800", 3, "200", 0, "0"), null, null);
        assertTrue(areaOnly.quorate());
        assertFalse(areaOnly.passed());
        VoteResult exactly = VoteRule.OWNERS_SPECIAL.decide(owners(8, "1000", 6, "750", 2, "250", 0, "0"), null,
                null);
        assertTrue(exactly.passed(), "exactly three-quarters of both");
    }

    @Test
    void unanimousIsBrokenByOneAbstention() {
        assertTrue(VoteRule.UNANIMOUS.decide(Tally.ofHeads(379, 300, 0, 0), null, 66).passed());
        VoteResult abstained = VoteRule.UNANIMOUS.decide(Tally.ofHeads(379, 299, 0, 1), null, 66);
        assertTrue(abstained.quorate());
        assertFalse(abstained.passed(), "one abstention breaks unanimity");
        assertFalse(VoteRule.UNANIMOUS.decide(Tally.ofHeads(10, 0, 0, 0), null, null).passed(),
                "no ballots is no decision");
    }

    @Test
    void theFiguresNameTheCounts() {
        assertEquals("yes 26 of 51 attending", VoteRule.RESIDENTS_MEETING.decide(Tally.ofHeads(100, 26, 24, 1),
                MeetingForm.HOUSEHOLD_REPRESENTATIVES, null).figures());
    }
}
