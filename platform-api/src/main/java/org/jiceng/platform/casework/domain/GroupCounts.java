package org.jiceng.platform.casework.domain;

/**
 * What happened in one grid subtree in one period. Counts marked "of the period" are over the cases accepted in
 * it (a case counts in the period it was accepted); {@code reported} and {@code rejected} over the cases reported in
 * it; {@code overdueNow} over the cases open now, whatever their period; {@code whistled} over the cases accepted
 * in the period that were escalated by a whistle (吹哨) at least once; {@code byStatus} and {@code byCategory} count
 * the cases reported in the period by the state they are in now and by their category.
 */
public record GroupCounts(String gridId, String code, String name, long reported, long rejected, long accepted,
                          long closed, long acknowledgementsDue, long acknowledgedOnTime, long evaluated,
                          long satisfied, long rework, Double meanHoursToClose, long overdueNow, long whistled,
                          java.util.Map<String, Long> byStatus, java.util.Map<String, Long> byCategory) {
}
