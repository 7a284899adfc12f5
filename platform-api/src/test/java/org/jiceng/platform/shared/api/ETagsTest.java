package org.jiceng.platform.shared.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ETagsTest {
    @Test
    void readsStrongAndWeakTags() {
        assertEquals(3, ETags.expectedVersion("\"3\""));
        assertEquals(3, ETags.expectedVersion("W/\"3\""));
        assertEquals(12, ETags.expectedVersion(" 12 "));
    }

    @Test
    void missingIs428AndGarbageIs400() {
        assertEquals(428, assertThrows(ProblemException.class, () -> ETags.expectedVersion(null)).problem().status());
        assertEquals(428, assertThrows(ProblemException.class, () -> ETags.expectedVersion(" ")).problem().status());
        assertEquals(400, assertThrows(ProblemException.class, () -> ETags.expectedVersion("\"v3\"")).problem()
                .status());
    }

    @Test
    void pageLimitsAreBounded() {
        assertEquals(50, PageRequest.of(null).limit());
        assertEquals(500, PageRequest.of(500).limit());
        assertEquals(400, assertThrows(ProblemException.class, () -> PageRequest.of(0)).problem().status());
        assertEquals(400, assertThrows(ProblemException.class, () -> PageRequest.of(501)).problem().status());
    }
}
