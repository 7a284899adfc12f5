package org.jiceng.platform.shared.domain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A run of calendar months [from, to) that a monthly series covers: by default the six months up to and including
 * the current one, at most {@value #MAX_MONTHS}.
 */
public record MonthSpan(YearMonth from, YearMonth to) {
    public static final int DEFAULT_MONTHS = 6;
    public static final int MAX_MONTHS = 24;

    /** The span asked for, {@code to} exclusive; 400 when it is empty or too long. */
    public static MonthSpan of(Optional<YearMonth> from, Optional<YearMonth> to, YearMonth current) {
        YearMonth end = to.orElse(current.plusMonths(1));
        YearMonth start = from.orElse(end.minusMonths(DEFAULT_MONTHS));
        if (!end.isAfter(start)) {
            throw new RuleViolation("to", "must be after from");
        }
        if (start.plusMonths(MAX_MONTHS).isBefore(end)) {
            throw new RuleViolation("to", "a series is at most " + MAX_MONTHS + " months");
        }
        return new MonthSpan(start, end);
    }

    /** Every month of the span, oldest first. */
    public List<YearMonth> months() {
        List<YearMonth> out = new ArrayList<>();
        for (YearMonth m = from; m.isBefore(to); m = m.plusMonths(1)) {
            out.add(m);
        }
        return out;
    }
}
