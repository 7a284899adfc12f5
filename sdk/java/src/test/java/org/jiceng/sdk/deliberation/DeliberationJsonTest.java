package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.databind.JsonNode;
import org.jiceng.sdk.core.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The deliberation models as the platform sends them: read, written back unchanged, copied by their builders. */
class DeliberationJsonTest {
    private static final String T = "\"2026-11-22T08:00:00Z\"";
    private static final String TALLY = "{\"entitled\":379,\"yes\":300,\"no\":0,\"abstain\":0,\"cast\":300,"
            + "\"quorate\":true,\"passed\":true,\"figures\":\"yes 300 of 300 cast\"}";
    private static final String DECISION = "{\"outcome\":\"PASSED\",\"basis\":\"VOTE\",\"kind\":\"RESOLUTION\","
            + "\"text\":\"原址翻建\",\"revision\":1,\"fundedBy\":\"产权单位\",\"decidedAt\":" + T + "}";

    static Stream<Arguments> models() {
        return Stream.of(
                Arguments.of(Council.class, "{\"id\":\"c\",\"gridId\":\"g\",\"name\":\"院落议事会\",\"mandateScope\":\"院落事务\","
                        + "\"secondsToAgenda\":10,\"evaluationWindowDays\":30,\"termNo\":1,\"termStartsOn\":\"2026-01-01\","
                        + "\"termEndsOn\":\"2028-12-31\",\"version\":1,\"createdAt\":" + T + "}"),
                Arguments.of(Topic.class, "{\"id\":\"t\",\"councilId\":\"c\",\"gridId\":\"g\",\"title\":\"翻建平房\","
                        + "\"description\":\"d\",\"origin\":\"RESIDENT\",\"major\":true,\"partyOrganizationId\":\"p\","
                        + "\"stage\":\"DECIDED\",\"seconds\":3,\"review\":{\"verdict\":\"APPROVED\",\"opinion\":\"同意\","
                        + "\"reviewedOn\":\"2026-11-01\"},\"decision\":" + DECISION + ",\"voteId\":\"v\",\"proposedAt\":" + T
                        + ",\"version\":7}"),
                Arguments.of(Vote.class, "{\"id\":\"v\",\"topicId\":\"t\",\"motion\":\"m\",\"decisionKind\":\"RESOLUTION\","
                        + "\"rule\":\"UNANIMOUS\",\"quorumPercent\":60,\"electorate\":\"HOUSEHOLDS\",\"gridIds\":[\"g\"],"
                        + "\"secret\":true,\"state\":\"CLOSED\",\"entitled\":379,\"turnout\":300,\"tally\":" + TALLY
                        + ",\"openedAt\":" + T + ",\"closedAt\":" + T + ",\"version\":3}"),
                Arguments.of(BallotReceipt.class, "{\"voteId\":\"v\",\"electorId\":\"e\",\"secret\":false,\"ballot\":{\"id\":"
                        + "\"b\",\"choice\":\"YES\",\"weight\":1.00,\"electorId\":\"e\",\"castAt\":" + T + "}}"),
                Arguments.of(Elector.class, "{\"id\":\"e\",\"refKind\":\"OWNER\",\"refId\":\"o\",\"weight\":90.50,\"voted\":true,"
                        + "\"paperRecordedBy\":\"staff\"}"),
                Arguments.of(Task.class, "{\"id\":\"k\",\"topicId\":\"t\",\"title\":\"更换线路\",\"ownerKind\":\"DEPARTMENT\","
                        + "\"ownerId\":\"d\",\"dueOn\":\"2027-01-01\",\"progress\":50,\"overdue\":false,\"links\":[{\"kind\":"
                        + "\"PROJECT\",\"id\":\"p\"}],\"version\":2}"),
                Arguments.of(PublicTopic.class, "{\"id\":\"t\",\"title\":\"翻建平房\",\"description\":\"d\",\"gridId\":\"g\","
                        + "\"stage\":\"CLOSED\",\"major\":true,\"meetingsByKind\":{\"COURTYARD_MEETING\":18},\"meetingsHeld\":18,"
                        + "\"publishedComments\":[\"支持\"],\"vote\":" + TALLY + ",\"voteRule\":\"UNANIMOUS\",\"decision\":"
                        + DECISION + ",\"tasks\":2,\"tasksDone\":2,\"progress\":100,\"evaluation\":{\"topicId\":\"t\","
                        + "\"count\":10,\"satisfied\":9,\"satisfactionRate\":0.9,\"meanScore\":4.5}}"),
                Arguments.of(DeliberationStats.class, "{\"gridId\":\"g\",\"from\":\"2026-01-01\",\"to\":\"2026-12-31\","
                        + "\"topicsByStage\":{\"CLOSED\":1},\"medianDaysToDecision\":12.5,\"tasksDue\":3,\"tasksDoneOnTime\":2,"
                        + "\"tasksOverdue\":1,\"ballotsCast\":300,\"electorsEntitled\":379,\"meetingsByKind\":{},"
                        + "\"evaluations\":10,\"satisfied\":9}"),
                Arguments.of(ResidentBinding.class, "{\"id\":\"b\",\"householdId\":\"h\",\"clientId\":\"app\",\"state\":"
                        + "\"VERIFIED\",\"requestedAt\":" + T + ",\"verifiedAt\":" + T + ",\"version\":2}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void roundTripsAndKeepsFieldsOfANewerPlatform(Class<?> type, String json) throws Exception {
        String newer = json.substring(0, json.length() - 1) + ",\"addedLater\":{\"x\":1}}";
        Object model = Json.mapper().readValue(newer, type);
        JsonNode written = Json.mapper().readTree(Json.mapper().writeValueAsString(model));
        assertEquals(Json.mapper().readTree(newer), written);
        Method toBuilder = type.getMethod("toBuilder");
        Object builder = toBuilder.invoke(model);
        Object copy = builder.getClass().getMethod("build").invoke(builder);
        assertNotSame(model, copy);
        assertEquals(model, copy);
    }

    @Test
    void rulesAndStagesOfANewerPlatformReadAsUnknown() throws Exception {
        Vote v = Json.mapper().readValue("{\"id\":\"v\",\"rule\":\"SUPERMAJORITY\",\"state\":\"OPEN\",\"secret\":false,"
                + "\"version\":1}", Vote.class);
        assertEquals(VoteRule.UNKNOWN, v.rule());
        Topic t = Json.mapper().readValue("{\"id\":\"t\",\"stage\":\"ARCHIVED\",\"version\":1}", Topic.class);
        assertEquals(TopicStage.UNKNOWN, t.stage());
        assertTrue(t.decision().isEmpty());
    }

    @Test
    void paramsSendOnlyWhatIsSetAndNameWhatIsMissing() throws Exception {
        JsonNode vote = Json.mapper().readTree(Json.mapper().writeValueAsString(VoteParams.builder().motion("m")
                .rule(VoteRule.OWNERS_SPECIAL).electorate(Electorate.OWNERS).gridIds(List.of("g")).build()));
        assertEquals("OWNERS_SPECIAL", vote.get("rule").asText());
        assertFalse(vote.has("quorumPercent"));
        JsonNode unit = Json.mapper().readTree(Json.mapper().writeValueAsString(PropertyUnitParams.builder()
                .gridId("g").unitNo("101").area(new BigDecimal("90.50")).ownerRef("r").build()));
        assertEquals(0, new BigDecimal("90.5").compareTo(unit.get("area").decimalValue()));
        NullPointerException missing = assertThrows(NullPointerException.class,
                () -> BallotParams.builder().electorId("e").build());
        assertTrue(missing.getMessage().contains("choice"), missing.getMessage());
    }
}
