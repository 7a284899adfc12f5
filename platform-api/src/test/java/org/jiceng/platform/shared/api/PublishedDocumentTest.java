package org.jiceng.platform.shared.api;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PublishedDocumentTest {

    @Test
    void regularExpressionTemplatesBecomePlainTemplatesWithTheirPatterns() {
        Map<String, String> patterns = new LinkedHashMap<>();
        assertEquals("/open311/v2/requests/{id}.{format}", PublishedDocument.plainTemplate(
                "/open311/v2/requests/{id: [A-Za-z0-9_\\-]+}.{format: json|xml}", patterns));
        assertEquals(Map.of("id", "[A-Za-z0-9_\\-]+", "format", "json|xml"), patterns);
    }

    @Test
    void quantifiersInsideAPatternStayWithIt() {
        Map<String, String> patterns = new LinkedHashMap<>();
        assertEquals("/x/{code}", PublishedDocument.plainTemplate("/x/{code: [0-9]{6}}", patterns));
        assertEquals("[0-9]{6}", patterns.get("code"));
    }

    @Test
    void plainTemplatesAreLeftAlone() {
        Map<String, String> patterns = new LinkedHashMap<>();
        assertEquals("/api/v1/cases/{id}:accept", PublishedDocument.plainTemplate("/api/v1/cases/{id}:accept",
                patterns));
        assertEquals(Map.of(), patterns);
    }
}
