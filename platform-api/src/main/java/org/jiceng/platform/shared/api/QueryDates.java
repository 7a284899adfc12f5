package org.jiceng.platform.shared.api;

import org.jiceng.platform.shared.domain.RuleViolation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Calendar dates in query parameters ({@code ?from=2026-11-01}). */
public final class QueryDates {
    private QueryDates() {
    }

    public static Optional<LocalDate> parse(String field, String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            throw new RuleViolation(field, "a date such as 2026-11-01");
        }
    }

    /** A month of the calendar ({@code ?from=2026-07}). */
    public static Optional<java.time.YearMonth> month(String field, String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(java.time.YearMonth.parse(value));
        } catch (DateTimeParseException e) {
            throw new RuleViolation(field, "a month such as 2026-07");
        }
    }
}
