package org.jiceng.platform.it;

import org.jiceng.examples.Example;
import org.jiceng.examples.Main;
import org.jiceng.sdk.JicengClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed jurisdictions' examples, run as shipped against the real platform: each must reproduce its article's
 * practice and figures.
 */
class ExamplesIT extends AgainstPlatform {
    JicengClient admin;

    @BeforeEach
    void setUp() {
        admin = Tenants.client(PlatformEnvironment.local(deployed), PlatformEnvironment.ALPHA, "alpha-admin");
        Tenants.alphaRoot(admin);
    }

    private Map<String, Object> run(String tenant) {
        Example example = Main.EXAMPLES.stream().filter(e -> e.tenant().equals(tenant)).findFirst().orElseThrow();
        ByteArrayOutputStream narration = new ByteArrayOutputStream();
        Map<String, Object> figures = example.run(admin, new PrintStream(narration, true, StandardCharsets.UTF_8));
        assertTrue(narration.size() > 0, "the example tells what it does");
        return figures;
    }

    @Test
    void aVendorBackEndLearnsOfItsCasesDispatchByAVerifiedWebhook() throws Exception {
        ByteArrayOutputStream narration = new ByteArrayOutputStream();
        Map<String, Object> f = org.jiceng.examples.vendor.DispatchWebhook.run(admin,
                new PrintStream(narration, true, StandardCharsets.UTF_8));
        assertEquals("case.dispatched", f.get("eventType"));
        assertEquals("DISPATCHED", f.get("status"));
        assertEquals(true, f.get("verified"));
        assertTrue(narration.toString(StandardCharsets.UTF_8).contains("verified"));
    }

    @Test
    void suzhouIndustrialParkClosesNinetyNinePercentAndReportsTheCandidatesPartyShare() {
        Map<String, Object> f = run("sip");
        assertEquals(100L, f.get("appeals"));
        assertEquals(99L, f.get("closed"));
        assertEquals(0.99, f.get("completionRate"));
        assertEquals(9L, f.get("candidates"));
        assertEquals(5L, f.get("candidatePartyMembers"));
        assertEquals(0.5556, f.get("candidatePartyShare"));
        assertEquals(4, f.get("agreementParties"));
    }

    @Test
    void tianxinRunsItsRedAllianceAndTheGridWhistles() {
        Map<String, Object> f = run("tianxin");
        assertEquals(13L, f.get("branches"));
        assertEquals(557L, f.get("members"));
        assertEquals(true, f.get("ownersCommitteeChairIsSecretary"));
        assertEquals(0.4, f.get("ownersCommitteePartyShare"));
        assertEquals(5, f.get("allianceParticipants"));
        assertEquals(1L, f.get("allianceDecisionsDone"));
        assertEquals(2, f.get("departmentsReported"));
        // Furong South Road: the inbox's case becomes a topic, the consultation room issues a task book
        assertEquals(1L, f.get("inboxCaseTopics"));
        assertEquals(1L, f.get("consultationRoomMeetings"));
        assertEquals(1L, f.get("taskBooks"));
        // Great Wall Shuijun: 13 months of "5+" meetings, five parties at the table, the water pressure fixed
        assertEquals(13, f.get("waterPressureMeetings"));
        assertEquals(5, f.get("waterPressurePartiesAtTheTable"));
        assertEquals(13L, f.get("waterPressureMonths"));
        assertEquals(100, f.get("waterPressureProgress"));
        assertEquals("CLOSED", f.get("waterPressureStage"));
    }

    @Test
    void chengduCoversEveryCourtyardAndMicroGrid() {
        Map<String, Object> f = run("chengdu");
        assertEquals(Map.of("BRANCH", 3L, "COMMITTEE", 1L, "GROUP", 6L), f.get("organizationsByType"));
        assertEquals(3L, f.get("compounds"));
        assertEquals(1.0, f.get("compoundCoverage"));
        assertEquals(6L, f.get("microGrids"));
        assertEquals(1.0, f.get("gridCoverage"));
        assertEquals(1L, f.get("departmentsReported"));
        // Qingyang's 盖碗茶 open-air meeting: two bureaux attend, the council decides, the task's case is handled
        assertEquals(1L, f.get("openAirMeetings"));
        assertEquals(2, f.get("bureauxAttending"));
        assertEquals("CONSULTATION", f.get("decisionBasis"));
        assertEquals("RESOLVED", f.get("taskCaseStatus"));
        assertEquals("EVALUATING", f.get("topicStage"));
        // Changshouyuan No. 9's 2023 property spending, published month by month (the amounts are the example's)
        assertEquals(12L, f.get("ledgerPeriodsPublished"));
        assertEquals(58_320_000L, f.get("ledgerIncomeFen2023"));
        assertEquals(49_966_000L, f.get("ledgerExpenseFen2023"));
        assertEquals(7, ((java.util.List<?>) f.get("ledgerCategories")).size());
        assertEquals(true, f.get("ledgerPersonMasked"));
        assertEquals("2024-01", f.get("ledgerCorrectionPeriod"));
        assertEquals(true, f.get("ledgerIntact"));
        assertEquals("DECISION", f.get("operatingFundAuthority"));
    }

    @Test
    void dujiangyanLinksEveryHouseholdToAPartyMember() {
        Map<String, Object> f = run("dujiangyan");
        assertEquals(100L, f.get("households"));
        assertEquals(1.0, f.get("householdCoverage"));
        assertEquals(10L, f.get("householdsPerMemberMin"), "ten households each");
        assertEquals(10L, f.get("householdsPerMemberMax"));
        assertEquals(LocalDate.of(2027, 6, 30), f.get("temporaryBranchEndsOn"));
        assertEquals(126L, f.get("opinions"));
        assertEquals(110L, f.get("resolved"));
        assertEquals(20L, f.get("volunteerPoints"), "two verified hours at 10 points an hour");
        // Qipan's rules on banquets: a convention whose text caps gifts at 100 yuan
        assertEquals("CONVENTION", f.get("conventionKind"));
        assertEquals(1, f.get("conventionRevision"));
        assertEquals(true, f.get("conventionCapsGiftsAt100"));
        assertEquals("CONSULTATION", f.get("conventionBasis"));
        assertEquals("CLOSED", f.get("conventionStage"));
    }

    @Test
    void beijingsInServiceMembersReportAndDoorHeadsCoverEveryHousehold() {
        Map<String, Object> f = run("beijing");
        assertEquals(379L, f.get("households"));
        assertEquals(379L, f.get("householdsCovered"));
        assertEquals(12, f.get("reportsAccepted"));
        assertEquals(1L, f.get("reportsDeclined"));
        assertEquals(12L, f.get("inServiceOnRoster"));
        assertEquals(14, f.get("volunteerTeams"));
        assertEquals(4L, f.get("serviceAreas"));
        // the bungalow renovation: the seed's meetings, then a unanimous household vote (the tally is the example's)
        assertEquals(Map.of("COUNCIL_MEETING", 43L, "BUILDING_BRANCH_MEETING", 24L, "DOOR_TO_DOOR_CONSULTATION", 12L),
                f.get("meetingsByKind"), "25 community and 18 plan meetings, 24 branch meetings, 12 rounds door to door");
        assertEquals(18L, f.get("planMeetings"));
        assertEquals("UNANIMOUS", f.get("voteRule"));
        assertEquals(379, f.get("electorate"));
        assertEquals(341, f.get("ballotsYes"));
        assertEquals(341, f.get("ballotsCast"));
        assertEquals(true, f.get("votePassed"));
        assertEquals("霞光里35号院产权单位", f.get("fundedBy"));
        assertEquals(2, f.get("tasksDone"), "the rebuilding and the wiring");
        assertEquals(100, f.get("progress"));
        assertEquals(40L, f.get("evaluations"));
        assertEquals(0.925, f.get("satisfactionRate"));
        assertEquals("CLOSED", f.get("stage"));
        assertEquals(true, f.get("parkingCommitteeDecided"));
        // Jiacheng Garden's three lists (the split of the 162 people and which projects are done are the example's)
        assertEquals(8L, f.get("listPlaces"));
        assertEquals(3L, f.get("listTeams"));
        assertEquals(162, f.get("listPeople"));
        assertEquals(3L, f.get("listOutsideProviders"));
        assertEquals(9L, f.get("listNeeds"));
        assertEquals(1L, f.get("listNeedsEscalated"));
        assertEquals(9L, f.get("listProjects"));
        assertEquals(6L, f.get("listProjectsDone"));
        assertEquals(true, f.get("listLongTermInProgress"));
    }
}
