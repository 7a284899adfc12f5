package org.jiceng.platform.shared.api;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonDepthTest {
    private static boolean deep(String json, int max) {
        return JsonDepth.exceeds(json.getBytes(StandardCharsets.UTF_8), max);
    }

    @Test
    void countsNestingOutsideStringsOnly() {
        assertFalse(deep("{\"a\":[[1,2],[3]]}", 3));
        assertTrue(deep("{\"a\":[[[1]]]}", 3));
        assertFalse(deep("{\"a\":\"[[[[[[[[\"}", 1), "brackets in a string");
        assertFalse(deep("{\"a\":\"\\\"[[[[\"}", 1), "an escaped quote does not end the string");
        assertFalse(deep("[]".repeat(10_000), 1), "siblings are not depth");
        assertTrue(deep("[".repeat(100_000), JsonDepth.MAX));
    }
}
