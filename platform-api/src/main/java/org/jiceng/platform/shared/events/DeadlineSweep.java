package org.jiceng.platform.shared.events;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * A context's deadlines turned into reminder events ({@code case.due_soon}, {@code case.overdue}, …) by the
 * scheduled sweep, once per record, kind and deadline. Each implementation runs in its own transaction for one
 * tenant at a time.
 */
public interface DeadlineSweep {
    /** Records the reminders now due in {@code tenantId}: deadlines within {@code soon} and those just passed. */
    int sweep(String tenantId, OffsetDateTime now, Duration soon);
}
