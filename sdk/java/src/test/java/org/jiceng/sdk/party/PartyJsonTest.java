package org.jiceng.sdk.party;

import com.fasterxml.jackson.databind.JsonNode;
import org.jiceng.sdk.core.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every model of the Party family as the platform sends it: read, written back unchanged, copied by its builder. */
class PartyJsonTest {
    private static final String D = "\"2024-04-01\"";

    static Stream<Arguments> models() {
        return Stream.of(
                Arguments.of(PartyOrganization.class, "{\"id\":\"o\",\"parentId\":\"p\",\"type\":\"TEMPORARY_BRANCH\","
                        + "\"name\":\"棚改地块临时党支部\",\"hostKind\":\"COMMUNITY\",\"purpose\":\"地块拆迁安置\","
                        + "\"endsOn\":\"2026-04-01\",\"establishedOn\":" + D + ",\"version\":2}"),
                Arguments.of(PartyMember.class, "{\"id\":\"m\",\"organizationId\":\"o\",\"name\":\"张*明\","
                        + "\"phone\":\"139****1111\",\"idNumber\":\"4301**********1234\",\"masked\":true,"
                        + "\"status\":\"PROBATIONARY\",\"kind\":\"IN_SERVICE_REPORTED\",\"joinedOn\":" + D + ","
                        + "\"employer\":\"国家电网\",\"accountSubject\":\"s\",\"version\":3}"),
                Arguments.of(PartyPost.class, "{\"id\":\"p\",\"organizationId\":\"o\",\"memberId\":\"m\","
                        + "\"title\":\"SECRETARY\",\"startedOn\":" + D + ",\"endedOn\":\"2025-04-01\",\"version\":2}"),
                Arguments.of(MemberLink.class, "{\"id\":\"l\",\"memberId\":\"m\",\"gridId\":\"g\",\"linkedOn\":" + D
                        + ",\"version\":1}"),
                Arguments.of(PartyReport.class, "{\"id\":\"r\",\"organizationId\":\"o\",\"name\":\"赵*来\","
                        + "\"masked\":true,\"status\":\"FULL\",\"employer\":\"国家电网华北分部\",\"reportedOn\":" + D
                        + ",\"state\":\"DECLINED\",\"decidedOn\":" + D + ",\"decisionNote\":\"不在本社区居住\","
                        + "\"version\":2}"),
                Arguments.of(PartyTransfer.class, "{\"id\":\"t\",\"memberId\":\"m\",\"fromOrganizationId\":\"o\","
                        + "\"destination\":\"外省某党委\",\"letterNumber\":\"2024-17\",\"state\":\"ISSUED\","
                        + "\"issuedOn\":" + D + ",\"version\":1}"),
                Arguments.of(PartyMeeting.class, "{\"id\":\"x\",\"organizationId\":\"o\",\"kind\":\"THEMED_PARTY_DAY\","
                        + "\"title\":\"主题党日\",\"heldOn\":" + D + ",\"attendance\":{\"m\":\"PRESENT\"}}"),
                Arguments.of(CommunityBody.class, "{\"id\":\"b\",\"kind\":\"OWNERS_COMMITTEE\",\"name\":\"业委会\","
                        + "\"gridId\":\"g\",\"establishedOn\":" + D + ",\"version\":1}"),
                Arguments.of(BodySeat.class, "{\"id\":\"s\",\"bodyId\":\"b\",\"partyMemberId\":\"m\",\"name\":\"王*\","
                        + "\"masked\":true,\"role\":\"CHAIR\",\"standing\":\"SEATED\",\"startedOn\":" + D
                        + ",\"version\":1}"),
                Arguments.of(Alliance.class, "{\"id\":\"a\",\"name\":\"“5+”红色联盟\",\"gridId\":\"g\",\"establishedOn\":"
                        + D + ",\"participants\":[{\"id\":\"p1\",\"partyOrganizationId\":\"o\",\"lead\":true,"
                        + "\"joinedOn\":" + D + "}],\"version\":2}"),
                Arguments.of(AllianceMeeting.class, "{\"id\":\"am\",\"allianceId\":\"a\",\"heldOn\":" + D
                        + ",\"topic\":\"水压\",\"decisions\":[{\"id\":\"d\",\"meetingId\":\"am\",\"text\":\"加压泵\","
                        + "\"dueOn\":\"2024-04-15\",\"version\":1}]}"),
                Arguments.of(MeetingCounts.class, "{\"organizationId\":\"o\",\"from\":" + D + ",\"to\":" + D
                        + ",\"meetingsByKind\":{\"PARTY_LECTURE\":6},\"attendanceByPresence\":{\"PRESENT\":18},"
                        + "\"attendanceRate\":1.0}"),
                Arguments.of(HouseholdCount.class, "{\"memberId\":\"m\",\"households\":21}"),
                Arguments.of(PartyStats.class, "{\"organizationsByType\":{\"BRANCH\":13},\"membersByKind\":"
                        + "{\"REGISTERED\":557},\"compounds\":3,\"compoundsCovered\":3,\"compoundCoverage\":1.0,"
                        + "\"grids\":6,\"gridsCovered\":6,\"gridCoverage\":1.0,\"ownersCommittees\":[{\"bodyId\":\"b\","
                        + "\"name\":\"业委会\",\"seated\":9,\"seatedPartyMembers\":5,\"partyShare\":0.5556,"
                        + "\"candidates\":0,\"candidatePartyMembers\":0,\"meetsTarget\":true,"
                        + "\"candidatesMeetTarget\":false,\"chairIsSecretary\":true}],\"households\":379,"
                        + "\"householdsCovered\":379,\"householdCoverage\":1.0}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void roundTripsAndKeepsFieldsOfANewerPlatform(Class<?> type, String json) throws Exception {
        String newer = json.substring(0, json.length() - 1) + ",\"addedLater\":[1,2]}";
        Object model = Json.mapper().readValue(newer, type);
        JsonNode written = Json.mapper().readTree(Json.mapper().writeValueAsString(model));
        assertEquals(Json.mapper().readTree(newer), written);
        Object builder = type.getMethod("toBuilder").invoke(model);
        Object copy = builder.getClass().getMethod("build").invoke(builder);
        assertNotSame(model, copy);
        assertEquals(model, copy);
    }

    @Test
    void closedSetsReadValuesOfANewerPlatformAsUnknown() throws Exception {
        PartyOrganization o = Json.mapper().readValue("{\"id\":\"o\",\"type\":\"FEDERATION\",\"hostKind\":\"SHIP\"}",
                PartyOrganization.class);
        assertEquals(OrganizationType.UNKNOWN, o.type());
        assertEquals(HostKind.UNKNOWN, o.hostKind());
        BodySeat s = Json.mapper().readValue("{\"id\":\"s\",\"role\":\"TREASURER\",\"standing\":\"OBSERVER\"}",
                BodySeat.class);
        assertEquals(SeatRole.UNKNOWN, s.role());
        assertEquals(SeatStanding.UNKNOWN, s.standing());
    }

    @Test
    void createParamsSendEnumsByName() throws Exception {
        JsonNode json = Json.mapper().readTree(Json.mapper().writeValueAsString(PartyOrganizationCreateParams.builder()
                .type(OrganizationType.BRANCH).name("凤凰社区党支部").hostKind(HostKind.COMMUNITY)
                .establishedOn(LocalDate.of(2024, 4, 1)).build()));
        assertEquals("BRANCH", json.get("type").asText());
        assertEquals("2024-04-01", json.get("establishedOn").asText());
        assertFalse(json.has("parentId"));
        PartyDecisionParams decline = PartyDecisionParams.builder().reason("不在本社区居住").build();
        assertTrue(decline.decidedOn().isEmpty());
        assertEquals(decline, decline.toBuilder().build());
    }
}
