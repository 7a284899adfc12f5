package org.jiceng.platform.commons.domain;

import java.util.List;

/** Published spending of a grid subtree's fund accounts, by period and category. */
public interface FundStatistics {
    /** One period's and category's published income and expense, in fen. */
    record Line(String period, String category, long incomeFen, long expenseFen) {
    }

    /** Published entries of accounts in the subtree at {@code path}, periods from {@code from} to {@code to}. */
    List<Line> published(String subtreePath, String fromPeriod, String toPeriod);
}
