package org.jiceng.platform.shared.events;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * A context's deadlines turned into reminder events ({@code case.due_soon}, {@code case.overdue}, …) by the
 * scheduled sweep, once per record, kind and deadline. Each implementation runs in its own transaction for one
 * tenant at a time.
 */
public interface DeadlineSweep {
    /** A deadline passed longer ago than this when a sweep first sees it is not reminded of any more. */
    Duration OVERDUE_LOOKBACK = Duration.ofDays(2);

    /** Deadlines falling in {@code [from, to)} get the reminder of {@code kind}. */
    record Window(Outbox.Deadline.Kind kind, OffsetDateTime from, OffsetDateTime to) {
        /** The event type's ending: {@code due_soon} or {@code overdue}. */
        public String suffix() {
            return kind == Outbox.Deadline.Kind.OVERDUE ? "overdue" : "due_soon";
        }
    }

    /** The two windows of a sweep at {@code now}: due within {@code soon}, and just passed. */
    static java.util.List<Window> windows(OffsetDateTime now, Duration soon) {
        return java.util.List.of(new Window(Outbox.Deadline.Kind.DUE_SOON, now, now.plus(soon)),
                new Window(Outbox.Deadline.Kind.OVERDUE, now.minus(OVERDUE_LOOKBACK), now));
    }

    /** Records the reminders now due in {@code tenantId}: deadlines within {@code soon} and those just passed. */
    int sweep(String tenantId, OffsetDateTime now, Duration soon);
}
