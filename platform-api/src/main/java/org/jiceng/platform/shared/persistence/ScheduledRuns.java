package org.jiceng.platform.shared.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Makes a scheduled job run once across every instance that shares the database: each instance's timer fires,
 * and only the first to claim the job's row in {@code scheduled_run} since {@code period} ago runs it. A second
 * instance blocks on the row until the first claim commits, then sees it taken. Used on the owner's connection.
 */
public final class ScheduledRuns {
    private ScheduledRuns() {
    }

    /** Claims {@code job} and commits the claim; false when another instance already ran it within the period. */
    public static boolean claim(Connection owner, String job, Duration period) throws SQLException {
        try (PreparedStatement ps = owner.prepareStatement("insert into scheduled_run (job, last_started) "
                + "values (?, now()) on conflict (job) do update set last_started = excluded.last_started "
                + "where scheduled_run.last_started < now() - make_interval(secs => ?)")) {
            ps.setString(1, job);
            ps.setLong(2, period.toSeconds());
            boolean claimed = ps.executeUpdate() == 1;
            owner.commit();
            return claimed;
        }
    }
}
