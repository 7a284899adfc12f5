package org.jiceng.platform.casework.domain;

/**
 * What happened in one grid subtree in one period. Counts marked "of the period" are over the cases accepted in
 * it (a case counts in the period it was accepted); {@code reported} and {@code rejected} over the cases reported in
 * it; {@code overdueNow} over the cases open now, whatever their period; {@code byStatus} counts the cases reported
 * in the period by the state they are in now.
 */
public record GroupCounts(String gridId, String code, String name, long reported, long rejected, long accepted,
                          long closed, long acknowledgementsDue, long acknowledgedOnTime, long evaluated,
                          long satisfied, long rework, Double meanHoursToClose, long overdueNow,
                          java.util.Map<String, Long> byStatus) {
}
