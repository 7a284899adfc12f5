package org.jiceng.platform.casework.domain;

import org.jiceng.platform.shared.tenant.TenantSettings;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class GovernanceRatesTest {
    private static final TenantSettings.ScoreWeights W = new TenantSettings.ScoreWeights(30, 40, 30);

    @Test
    void theThreeRatesAndTheWeightedScore() {
        // 4 accepted, 3 closed; 4 due for acknowledgement, 3 on time; 3 evaluated, 2 satisfied
        GovernanceRates r = GovernanceRates.of(new GroupCounts("g", "001", "x", 5, 1, 4, 3, 4, 3, 3, 2, 1, 10.0, 0, 1, java.util.Map.of(), java.util.Map.of()), W);
        assertEquals(0.75, r.responseRate());
        assertEquals(0.75, r.resolutionRate());
        assertEquals(0.6667, r.satisfactionRate());
        assertEquals(72.5, r.score(), "0.75 × 30 + 0.75 × 40 + ⅔ × 30");
        assertEquals(0.25, r.whistleRate(), "1 of the 4 accepted cases was escalated by a whistle");
    }

    @Test
    void ratesWithoutCasesAreLeftOutOfTheScore() {
        GovernanceRates r = GovernanceRates.of(new GroupCounts("g", "001", "x", 2, 0, 2, 1, 0, 0, 0, 0, 0, null, 0, 0, java.util.Map.of(), java.util.Map.of()), W);
        assertNull(r.responseRate());
        assertNull(r.satisfactionRate());
        assertEquals(50.0, r.score(), "only the resolution rate, at full weight");
        assertNull(GovernanceRates.of(new GroupCounts("g", "001", "x", 0, 0, 0, 0, 0, 0, 0, 0, 0, null, 0, 0, java.util.Map.of(), java.util.Map.of()), W).score());
    }
}
