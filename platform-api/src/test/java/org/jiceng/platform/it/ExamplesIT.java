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
    }
}
