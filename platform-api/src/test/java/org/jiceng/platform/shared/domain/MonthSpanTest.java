package org.jiceng.platform.shared.domain;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MonthSpanTest {
    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    @Test
    void byDefaultTheSixMonthsUpToAndIncludingThisOne() {
        MonthSpan span = MonthSpan.of(Optional.empty(), Optional.empty(), DECEMBER);
        assertEquals(YearMonth.of(2026, 7), span.from());
        assertEquals(YearMonth.of(2027, 1), span.to());
        assertEquals(6, span.months().size());
        assertEquals(DECEMBER, span.months().get(5));
    }

    @Test
    void aSpanAcrossTheYearEndListsEveryMonthOnce() {
        MonthSpan span = MonthSpan.of(Optional.of(YearMonth.of(2026, 11)), Optional.of(YearMonth.of(2027, 2)),
                DECEMBER);
        assertEquals(List.of(YearMonth.of(2026, 11), DECEMBER, YearMonth.of(2027, 1)), span.months());
    }

    @Test
    void emptyReversedAndOverlongSpansAreRefused() {
        assertThrows(RuleViolation.class, () -> MonthSpan.of(Optional.of(DECEMBER), Optional.of(DECEMBER), DECEMBER));
        assertThrows(RuleViolation.class, () -> MonthSpan.of(Optional.of(DECEMBER), Optional.of(YearMonth.of(2026, 6)),
                DECEMBER));
        assertEquals(24, MonthSpan.of(Optional.of(YearMonth.of(2025, 1)), Optional.of(YearMonth.of(2027, 1)), DECEMBER)
                .months().size());
        assertThrows(RuleViolation.class, () -> MonthSpan.of(Optional.of(YearMonth.of(2024, 12)),
                Optional.of(YearMonth.of(2027, 1)), DECEMBER));
    }
}
