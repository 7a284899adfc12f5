package org.jiceng.platform.party.domain;

import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.domain.StateConflict;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Party aggregates' rules, on plain objects. */
class PartyRulesTest {
    private static final OffsetDateTime NOW = OffsetDateTime.of(2024, 6, 1, 8, 0, 0, 0, ZoneOffset.UTC);
    private static final LocalDate FOUNDED = LocalDate.of(2019, 7, 1);

    private static PartyOrganization org(String id, PartyOrganization parent, OrganizationType type) {
        return PartyOrganization.establish(id, Optional.ofNullable(parent), type, id, "COMMUNITY", FOUNDED, null,
                null, NOW);
    }

    private static PartyMember member(String id, PartyOrganization o) {
        return new PartyMember(id, o, "n", null, "i", "h-" + id, "FULL", "REGISTERED", FOUNDED, NOW);
    }

    @Test
    void aMoveKeepsTheTreeACycleFreeTreeOfAllowedTypes() {
        PartyOrganization committee = org("c", null, OrganizationType.COMMITTEE);
        PartyOrganization general = org("g", committee, OrganizationType.GENERAL_BRANCH);
        PartyOrganization branch = org("b", general, OrganizationType.BRANCH);
        assertEquals("/c/g/b/", branch.path());
        assertThrows(RuleViolation.class, () -> committee.moveUnder(Optional.of(branch)), "into its own subtree");
        assertThrows(RuleViolation.class, () -> general.moveUnder(Optional.of(general)), "under itself");
        assertThrows(RuleViolation.class, () -> branch.moveUnder(Optional.of(org("x", null,
                OrganizationType.BRANCH))), "a branch cannot hold a branch");
        branch.moveUnder(Optional.of(committee));
        assertEquals("/c/b/", branch.path());
        assertEquals("c", branch.parentId().orElseThrow());
    }

    @Test
    void aDissolvedOrganisationTakesNothingNew() {
        PartyOrganization branch = org("b", null, OrganizationType.BRANCH);
        assertThrows(RuleViolation.class, () -> branch.dissolve(FOUNDED.minusDays(1)));
        branch.dissolve(LocalDate.of(2023, 1, 1));
        assertThrows(StateConflict.class, () -> branch.dissolve(LocalDate.of(2023, 1, 2)));
        assertThrows(RuleViolation.class, () -> org("g", branch, OrganizationType.GROUP));
        assertThrows(RuleViolation.class, () -> member("m", branch));
    }

    @Test
    void transfersGoSomewhereElseAndAreDecidedOnce() {
        PartyOrganization from = org("f", null, OrganizationType.BRANCH);
        PartyOrganization to = org("t", null, OrganizationType.BRANCH);
        PartyMember m = member("m", from);
        assertThrows(RuleViolation.class, () -> new PartyTransfer("x", m, Optional.of(from), null, null, null,
                FOUNDED, NOW), "to self");
        assertThrows(RuleViolation.class, () -> new PartyTransfer("x", m, Optional.of(to), "上海", null, null,
                FOUNDED, NOW), "both a destination and an organisation");
        PartyTransfer t = new PartyTransfer("x", m, Optional.of(to), null, null, null, LocalDate.of(2024, 1, 1), NOW);
        assertThrows(RuleViolation.class, () -> t.accept(m, LocalDate.of(2023, 12, 31), null), "before issue");
        t.accept(m, LocalDate.of(2024, 1, 2), null);
        assertEquals("t", m.organizationId());
        assertThrows(StateConflict.class, () -> t.decline(LocalDate.of(2024, 1, 3), "late"));

        PartyTransfer out = new PartyTransfer("y", m, Optional.empty(), "上海", null, null, LocalDate.of(2024, 2, 1),
                NOW);
        out.accept(m, LocalDate.of(2024, 2, 2), null);
        assertEquals(LocalDate.of(2024, 2, 2), m.leftOn().orElseThrow());
        assertThrows(RuleViolation.class, () -> new PartyTransfer("z", m, Optional.of(from), null, null, null,
                FOUNDED, NOW), "a member who left");
    }

    @Test
    void reportsGoToAnotherOrganisationAndDeclinesSayWhy() {
        PartyOrganization home = org("h", null, OrganizationType.BRANCH);
        PartyOrganization community = org("c", null, OrganizationType.COMMITTEE);
        PartyMember m = member("m", home);
        assertThrows(RuleViolation.class, () -> PartyReport.ofMember("r", home, m, "h", "单位", null, FOUNDED, NOW));
        assertThrows(RuleViolation.class, () -> PartyReport.ofMember("r", community, m, "h", " ", null, FOUNDED,
                NOW), "an employer");
        PartyReport r = PartyReport.ofMember("r", community, m, "h", "单位", null, LocalDate.of(2024, 3, 1), NOW);
        assertThrows(RuleViolation.class, () -> r.decline(LocalDate.of(2024, 3, 2), null));
        r.decline(LocalDate.of(2024, 3, 2), "不在本社区居住");
        assertEquals(ReportState.DECLINED, r.state());
        assertThrows(StateConflict.class, () -> r.accept(m, LocalDate.of(2024, 3, 3), null));
    }

    @Test
    void groupsHoldGroupMeetingsAndHaveGroupLeaders() {
        PartyOrganization branch = org("b", null, OrganizationType.BRANCH);
        PartyOrganization group = org("g", branch, OrganizationType.GROUP);
        PartyMember m = member("m", group);
        assertThrows(RuleViolation.class, () -> new PartyMeeting("x", branch, "GROUP_MEETING", "t",
                LocalDate.of(2024, 1, 1), null, null, NOW));
        assertThrows(RuleViolation.class, () -> new PartyMeeting("x", group, "PARTY_LECTURE", "t",
                LocalDate.of(2024, 1, 1), null, null, NOW));
        assertThrows(RuleViolation.class, () -> new PartyMeeting("x", group, "GROUP_MEETING", "t",
                FOUNDED.minusDays(1), null, null, NOW), "before the group existed");
        assertTrue(new PartyMeeting("x", group, "GROUP_MEETING", "t", LocalDate.of(2024, 1, 1), null, null, NOW)
                .place().isEmpty());
        assertThrows(RuleViolation.class, () -> new PartyPost("p", branch, m, "GROUP_LEADER", FOUNDED, NOW));
        assertThrows(RuleViolation.class, () -> new PartyPost("p", group, m, "SECRETARY", FOUNDED, NOW));
        PartyPost leader = new PartyPost("p", group, m, "GROUP_LEADER", FOUNDED, NOW);
        leader.end(LocalDate.of(2024, 1, 1));
        assertThrows(StateConflict.class, () -> leader.end(LocalDate.of(2024, 1, 2)));
    }
}
