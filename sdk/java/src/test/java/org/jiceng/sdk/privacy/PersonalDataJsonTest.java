package org.jiceng.sdk.privacy;

import org.jiceng.sdk.core.Json;
import org.jiceng.sdk.party.PartyMember;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonalDataJsonTest {
    @Test
    void anExportReadsEveryFamilyAndToleratesNewOnes() throws Exception {
        PersonalDataExport export = Json.mapper().readValue("{\"records\":{\"cases\":[{\"id\":\"c1\","
                + "\"reporterPhone\":\"13911112222\"}],\"volunteers\":[],\"wishes\":[{\"id\":\"w1\"}]},"
                + "\"generatedAt\":\"2026-12-01T08:00:00Z\"}", PersonalDataExport.class);
        assertEquals("13911112222", export.family("cases").get(0).get("reporterPhone"));
        assertEquals(1, export.family("wishes").size(), "a family a newer platform adds is readable");
        assertTrue(export.family("partyMembers").isEmpty());
    }

    @Test
    void anErasureCountsPerFamily() throws Exception {
        PersonalDataErasure erased = Json.mapper().readValue("{\"erased\":{\"cases\":2,\"volunteers\":1,"
                + "\"partyMembers\":0}}", PersonalDataErasure.class);
        assertEquals(3, erased.total());
        assertEquals(2, erased.erased().get("cases"));
    }

    @Test
    void aRequestNamesThePersonInTheBodyOnly() {
        assertEquals(Map.of("phone", "13911112222", "idNumber", "11010519491231002X"), DataSubjectParams.builder()
                .phone("13911112222").idNumber("11010519491231002X").build().toBody());
        assertThrows(IllegalArgumentException.class, () -> DataSubjectParams.builder().build());
    }

    @Test
    void aMemberCarriesItsAccountAndVersion() throws Exception {
        PartyMember m = Json.mapper().readValue("{\"id\":\"m1\",\"organizationId\":\"o1\",\"name\":\"张*明\","
                + "\"masked\":true,\"status\":\"FULL\",\"kind\":\"REGISTERED\",\"joinedOn\":\"2015-07-01\","
                + "\"accountSubject\":\"5f0c\",\"version\":3}", PartyMember.class);
        assertEquals("5f0c", m.accountSubject().orElseThrow());
        assertEquals(3, m.version());
    }
}
