package org.jiceng.platform.volunteer.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Read models of the volunteer context that join the grid tree, the grid context's table; they only read. */
public interface VolunteerStatistics {
    /**
     * Volunteers by points earned (credits less their reversals) in [from, to), home grid within the path, members
     * of the team when given; the top {@code limit}.
     */
    List<LeaderboardRow> leaderboard(OffsetDateTime from, OffsetDateTime to, Optional<String> gridPath,
                                     Optional<String> teamId, int limit);

    /** One line of a leaderboard. */
    record LeaderboardRow(String volunteerId, String certificateNo, long pointsEarned, long services) {
    }

    /**
     * Verified service month by month: activity sign-ups an organiser verified, by the month (in {@code zone}) the
     * service began, in [from, to), for activities held in the grid path's subtree when given.
     */
    List<MonthHours> hoursByMonth(OffsetDateTime from, OffsetDateTime to, String zone, Optional<String> gridPath);

    /** One month of verified service; months without any are absent. */
    record MonthHours(java.time.YearMonth month, long services, long volunteers, long verifiedMinutes) {
    }
}
