package org.jiceng.platform.casework.domain;

import org.jiceng.platform.shared.tenant.TenantSettings;

/**
 * The "three rates" of one grid subtree and their composite score.
 * <ul>
 * <li>response rate = acknowledged within the deadline ÷ due for acknowledgement (dispatched, and acknowledged or
 * past the deadline);</li>
 * <li>resolution rate = verified and closed ÷ accepted;</li>
 * <li>satisfaction rate = satisfied (score 4 or 5) ÷ evaluated.</li>
 * </ul>
 * Beside them, the whistle rate = accepted cases escalated by a whistle ÷ accepted: how often the grid had to call
 * departments in (it weighs nothing in the score).
 * A rate without cases to measure is null, and the score then weighs the other rates only (their weights scaled
 * up); with no rate at all there is no score.
 */
public record GovernanceRates(Double responseRate, Double resolutionRate, Double satisfactionRate, Double score,
                              Double whistleRate) {

    public static GovernanceRates of(GroupCounts g, TenantSettings.ScoreWeights w) {
        // the score uses the exact ratios; only what is shown is rounded
        Double response = ratio(g.acknowledgedOnTime(), g.acknowledgementsDue());
        Double resolution = ratio(g.closed(), g.accepted());
        Double satisfaction = ratio(g.satisfied(), g.evaluated());
        double weighted = 0;
        int weights = 0;
        if (response != null) {
            weighted += response * w.response();
            weights += w.response();
        }
        if (resolution != null) {
            weighted += resolution * w.resolution();
            weights += w.resolution();
        }
        if (satisfaction != null) {
            weighted += satisfaction * w.satisfaction();
            weights += w.satisfaction();
        }
        Double score = weights == 0 ? null : round(100 * weighted / weights);
        return new GovernanceRates(rounded(response), rounded(resolution), rounded(satisfaction), score,
                rounded(ratio(g.whistled(), g.accepted())));
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    private static Double rounded(Double v) {
        return v == null ? null : round(v);
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
