package org.jiceng.sdk.funds;

import com.fasterxml.jackson.databind.JsonNode;
import org.jiceng.sdk.core.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fund ledger models as the platform sends them: read, written back unchanged, copied by their builders. */
class FundJsonTest {
    private static final String T = "\"2026-11-22T08:00:00Z\"";
    private static final String ATTACHMENT = "{\"url\":\"https://example.cn/i.pdf\",\"sha256\":\"" + "a".repeat(64) + "\"}";

    static Stream<Arguments> models() {
        return Stream.of(
                Arguments.of(FundAccount.class, "{\"id\":\"a\",\"gridId\":\"g\",\"kind\":\"PROPERTY_FEE\",\"name\":\"物业费\","
                        + "\"periodKind\":\"YEAR\",\"secondApprovalFen\":1000000,\"version\":1,\"createdAt\":" + T + "}"),
                Arguments.of(FundEntry.class, "{\"id\":\"e\",\"accountId\":\"a\",\"seq\":3,\"period\":\"2023\","
                        + "\"direction\":\"EXPENSE\",\"amountFen\":2300000,\"occurredOn\":\"2023-03-17\",\"category\":\"电梯\","
                        + "\"counterpartyKind\":\"PERSON\",\"counterpartyName\":\"张*丰\",\"attachments\":[" + ATTACHMENT
                        + "],\"authorityKind\":\"BUDGET_LINE\",\"authorityRef\":\"b\",\"state\":\"POSTED\",\"version\":2,"
                        + "\"createdAt\":" + T + "}"),
                Arguments.of(FundPeriod.class, "{\"accountId\":\"a\",\"period\":\"2023\",\"state\":\"PUBLISHED\","
                        + "\"incomeFen\":100,\"expenseFen\":40,\"entries\":2,\"chainHead\":\"" + "0".repeat(64)
                        + "\",\"publishedAt\":" + T + ",\"version\":3}"),
                Arguments.of(PublicLedger.class, "{\"accountId\":\"a\",\"accountName\":\"物业费\",\"kind\":\"PROPERTY_FEE\","
                        + "\"period\":\"2023\",\"incomeFen\":100,\"expenseFen\":40,\"balanceFen\":60,\"byCategory\":{\"绿化\":"
                        + "{\"incomeFen\":0,\"expenseFen\":40}},\"chainHead\":\"h\",\"publishedAt\":" + T + ",\"entries\":"
                        + "[{\"id\":\"e\",\"seq\":1,\"direction\":\"EXPENSE\",\"amountFen\":40,\"occurredOn\":\"2023-01-02\","
                        + "\"category\":\"绿化\",\"counterparty\":\"张*丰\",\"attachments\":[],\"authorityKind\":\"DECISION\","
                        + "\"authorityRef\":\"t\",\"chainHash\":\"h\"}]}"),
                Arguments.of(LedgerVerification.class, "{\"accountId\":\"a\",\"periodsChecked\":1,\"entriesChecked\":3,"
                        + "\"intact\":false,\"firstBrokenEntryId\":\"e\",\"firstBrokenPeriod\":\"2023\"}"));
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
    void anEntryOfANewerPlatformStillReads() throws Exception {
        FundEntry e = Json.mapper().readValue("{\"id\":\"e\",\"direction\":\"TRANSFER\",\"state\":\"HELD\",\"seq\":1,"
                + "\"amountFen\":1,\"version\":1}", FundEntry.class);
        assertEquals(EntryDirection.UNKNOWN, e.direction());
        assertEquals(EntryState.UNKNOWN, e.state());
        assertTrue(e.chainHash().isEmpty());
    }

    @Test
    void entryParamsCarryWholeFenAndNameWhatIsMissing() throws Exception {
        JsonNode json = Json.mapper().readTree(Json.mapper().writeValueAsString(FundEntryParams.builder()
                .direction(EntryDirection.INCOME).amountFen(12_345_600L).occurredOn(LocalDate.of(2023, 3, 15))
                .category("物业费").counterpartyKind(CounterpartyKind.ORGANISATION).counterpartyName("全体业主")
                .authorityKind(AuthorityKind.BUDGET_LINE).authorityRef("b").build()));
        assertTrue(json.get("amountFen").isIntegralNumber());
        assertFalse(json.has("attachments"));
        NullPointerException missing = assertThrows(NullPointerException.class, () -> FundEntryParams.builder()
                .direction(EntryDirection.INCOME).amountFen(1L).build());
        assertTrue(missing.getMessage().contains("occurredOn"), missing.getMessage());
    }
}
