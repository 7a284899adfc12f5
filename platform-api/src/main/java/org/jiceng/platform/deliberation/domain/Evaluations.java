package org.jiceng.platform.deliberation.domain;

/** Residents' evaluations of a topic's result: how many, how many satisfied (4 or 5), and the mean score. */
public record Evaluations(long count, long satisfied, double meanScore) {
    public double satisfactionRate() {
        return count == 0 ? 0 : (double) satisfied / count;
    }
}
