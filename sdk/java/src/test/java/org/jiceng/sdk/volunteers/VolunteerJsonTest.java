package org.jiceng.sdk.volunteers;

import com.fasterxml.jackson.databind.JsonNode;
import org.jiceng.sdk.ListParams;
import org.jiceng.sdk.core.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every model of the volunteer family as the platform sends it: read, written back unchanged, copied by its builder. */
class VolunteerJsonTest {
    private static final String T = "\"2026-11-22T08:00:00Z\"";

    static Stream<Arguments> models() {
        return Stream.of(
                Arguments.of(Volunteer.class, "{\"id\":\"v1\",\"name\":\"袁*华\",\"phone\":\"138****1111\",\"masked\":true,"
                        + "\"subject\":\"s\",\"externalId\":\"e\",\"homeGridId\":\"g\",\"skills\":[\"理发\",\"电工\"],"
                        + "\"partyMemberId\":\"m\",\"certificateNo\":\"SIP-V2026-000001\",\"balance\":40,\"version\":2,"
                        + "\"createdAt\":" + T + "}"),
                Arguments.of(PointsEntry.class, "{\"id\":\"e1\",\"transactionId\":\"t1\",\"amount\":-5,\"createdAt\":" + T + "}"),
                Arguments.of(PointsTransaction.class, "{\"id\":\"t1\",\"kind\":\"REVERSAL\",\"amount\":5,\"fromAccount\":\"a\","
                        + "\"toAccount\":\"b\",\"reason\":\"录入错误\",\"refType\":\"activity-signup\",\"refId\":\"s1\","
                        + "\"reversesId\":\"t0\",\"actor\":\"u\",\"createdAt\":" + T + "}"),
                Arguments.of(LedgerCheck.class, "{\"accounts\":12,\"mismatchedAccounts\":0,\"sumOfAllEntries\":0}"),
                Arguments.of(Reward.class, "{\"id\":\"r1\",\"name\":\"长者食堂餐券\",\"price\":10,\"stock\":40,\"active\":true,"
                        + "\"version\":11,\"createdAt\":" + T + "}"),
                Arguments.of(Redemption.class, "{\"id\":\"x1\",\"volunteerId\":\"v1\",\"rewardId\":\"r1\",\"price\":10,"
                        + "\"transactionId\":\"t1\",\"createdAt\":" + T + "}"),
                Arguments.of(Activity.class, "{\"id\":\"a1\",\"title\":\"春节慰问\",\"gridId\":\"g\",\"startsAt\":" + T
                        + ",\"endsAt\":\"2026-11-22T10:00:00Z\",\"capacity\":5,\"organiserSubject\":\"o\","
                        + "\"pointsPerHour\":10,\"multiplierCode\":\"HOLIDAY\",\"multiplierPercent\":200,\"version\":1,"
                        + "\"createdAt\":" + T + "}"),
                Arguments.of(ActivitySignup.class, "{\"id\":\"s1\",\"activityId\":\"a1\",\"volunteerId\":\"v1\","
                        + "\"status\":\"VERIFIED\",\"checkedInAt\":" + T + ",\"checkedOutAt\":\"2026-11-22T09:30:00Z\","
                        + "\"verifiedMinutes\":90,\"points\":30,\"version\":4}"),
                Arguments.of(Wish.class, "{\"id\":\"w1\",\"title\":\"帮忙换灯泡\",\"description\":\"厨房灯坏了\",\"gridId\":\"g\","
                        + "\"residentSubject\":\"r\",\"points\":15,\"status\":\"CLAIMED\",\"volunteerId\":\"v1\","
                        + "\"claimedAt\":" + T + ",\"version\":2,\"createdAt\":" + T + "}"),
                Arguments.of(VolunteerTeam.class, "{\"id\":\"t1\",\"name\":\"平安巡逻队\",\"serviceArea\":\"PUBLIC_SECURITY\","
                        + "\"gridId\":\"g\",\"leaderId\":\"v1\",\"memberIds\":[\"v1\",\"v2\"],\"version\":2,"
                        + "\"createdAt\":" + T + "}"),
                Arguments.of(PointsMultiplier.class, "{\"code\":\"HOLIDAY\",\"name\":\"节假日\",\"percent\":200,\"version\":3,"
                        + "\"updatedAt\":" + T + "}"),
                Arguments.of(ExpiryResult.class, "{\"accounts\":3,\"points\":27}"),
                Arguments.of(ServiceRecord.class, "{\"volunteerId\":\"v1\",\"certificateNo\":\"SIP-V2026-000001\","
                        + "\"name\":\"袁*华\",\"services\":2,\"verifiedMinutes\":90,\"verifiedHours\":1.5,"
                        + "\"pointsEarned\":20,\"balance\":20}"),
                Arguments.of(LeaderboardEntry.class, "{\"rank\":1,\"volunteerId\":\"v1\",\"certificateNo\":\"c\","
                        + "\"pointsEarned\":35,\"services\":2}"));
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
        assertEquals(model.hashCode(), copy.hashCode());
    }

    @Test
    void valuesOfANewerPlatformReadAsUnknown() throws Exception {
        Wish wish = Json.mapper().readValue("{\"id\":\"w\",\"status\":\"ESCALATED\",\"points\":1,\"version\":1}",
                Wish.class);
        assertEquals(WishStatus.UNKNOWN, wish.status());
        ActivitySignup signup = Json.mapper().readValue("{\"id\":\"s\",\"status\":\"NO_SHOW\",\"version\":1}",
                ActivitySignup.class);
        assertEquals(SignupStatus.UNKNOWN, signup.status());
        VolunteerTeam team = Json.mapper().readValue("{\"id\":\"t\",\"serviceArea\":\"FLOOD_RELIEF\",\"version\":1}",
                VolunteerTeam.class);
        assertEquals(ServiceArea.UNKNOWN, team.serviceArea());
    }

    @Test
    void optionalFieldsAreOptional() throws Exception {
        Activity a = Json.mapper().readValue("{\"id\":\"a\",\"pointsFixed\":5,\"multiplierPercent\":100}",
                Activity.class);
        assertEquals(5, a.pointsFixed().orElseThrow());
        assertTrue(a.pointsPerHour().isEmpty());
        assertTrue(a.multiplierCode().isEmpty());
    }

    @Test
    void toBuilderChangesTheCopyOnly() throws Exception {
        Reward reward = Json.mapper().readValue("{\"id\":\"r\",\"name\":\"雨伞\",\"price\":20,\"stock\":3,"
                + "\"active\":true,\"version\":1}", Reward.class);
        Reward more = reward.toBuilder().stock(13).version(2).build();
        assertEquals(13, more.stock());
        assertEquals(3, reward.stock(), "models are immutable");
        assertFalse(reward.equals(more));
    }

    @Test
    void paramsSendOnlyWhatIsSetAndNameWhatIsMissing() throws Exception {
        VolunteerRegisterParams p = VolunteerRegisterParams.builder().name("袁新华").homeGridId("g")
                .skills(List.of("理发")).build();
        JsonNode json = Json.mapper().readTree(Json.mapper().writeValueAsString(p));
        assertEquals("袁新华", json.get("name").asText());
        assertFalse(json.has("phone"));
        assertEquals(p, p.toBuilder().build());
        NullPointerException missing = assertThrows(NullPointerException.class,
                () -> VolunteerRegisterParams.builder().name("x").build());
        assertTrue(missing.getMessage().contains("homeGridId"), missing.getMessage());

        ActivityCreateParams a = ActivityCreateParams.builder().title("t").gridId("g")
                .startsAt(OffsetDateTime.parse("2026-11-22T08:00:00Z")).endsAt(OffsetDateTime.parse("2026-11-22T10:00:00Z"))
                .capacity(5).pointsPerHour(10).build();
        JsonNode activity = Json.mapper().readTree(Json.mapper().writeValueAsString(a));
        assertEquals("2026-11-22T08:00:00Z", activity.get("startsAt").asText());
        assertFalse(activity.has("pointsFixed"));

        JsonNode team = Json.mapper().readTree(Json.mapper().writeValueAsString(VolunteerTeamCreateParams.builder()
                .name("n").serviceArea(ServiceArea.CULTURE).gridId("g").build()));
        assertEquals("CULTURE", team.get("serviceArea").asText());
        assertTrue(ListParams.none().limit().isEmpty());
    }

    @org.junit.jupiter.api.Test
    void verifiedHoursByMonthRoundTrip() throws Exception {
        String json = "{\"gridId\":null,\"from\":\"2026-11\",\"to\":\"2027-01\",\"months\":["
                + "{\"month\":\"2026-11\",\"services\":3,\"volunteers\":2,\"verifiedMinutes\":270,\"verifiedHours\":4.5},"
                + "{\"month\":\"2026-12\",\"services\":0,\"volunteers\":0,\"verifiedMinutes\":0,\"verifiedHours\":0.0}]}";
        VolunteerHours hours = org.jiceng.sdk.core.Json.mapper().readValue(json, VolunteerHours.class);
        org.junit.jupiter.api.Assertions.assertTrue(hours.gridId().isEmpty());
        org.junit.jupiter.api.Assertions.assertEquals(4.5, hours.months().get(0).verifiedHours());
        org.junit.jupiter.api.Assertions.assertEquals(java.time.YearMonth.of(2027, 1), hours.to());
        // absent values are left out when written (the SDK's convention), and read back the same
        org.junit.jupiter.api.Assertions.assertEquals(hours, org.jiceng.sdk.core.Json.mapper().readValue(
                org.jiceng.sdk.core.Json.mapper().writeValueAsString(hours), VolunteerHours.class));
    }
}
