package org.jiceng.platform.casework.domain;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CaseFilterTest {
    @Test
    void theGridAskedForAndItsResolvedSubtreePathAreKeptApart() {
        CaseFilter asked = CaseFilter.of(Optional.empty(), Optional.empty(), Optional.of("grid-id"), Optional.empty(),
                false, Optional.empty(), Optional.of("13800001111"));
        assertEquals(Optional.of("grid-id"), asked.gridId());
        assertEquals(Optional.empty(), asked.gridSubtreePath(), "nothing is a path before it is resolved");
        CaseFilter resolved = asked.resolved(Optional.of("/root/grid-id/"), Optional.of("hash"));
        assertEquals(Optional.of("/root/grid-id/"), resolved.gridSubtreePath());
        assertEquals(Optional.of("grid-id"), resolved.gridId());
        assertEquals(Optional.empty(), resolved.reporterPhone(), "the phone in clear does not travel further");
        assertEquals(Optional.of("hash"), resolved.reporterPhoneHash());
    }
}
