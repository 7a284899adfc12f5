package org.jiceng.platform.deliberation.domain;

import java.time.LocalDate;
import java.util.Map;

/** Deliberation figures of a grid subtree over a period of days. */
public interface DeliberationStatistics {
    /**
     * @param topicsByStage    topics proposed in the period, by their stage now
     * @param medianDaysToDecision median days from proposal to decision of topics decided in the period (null: none)
     * @param tasksDue         tasks due in the period
     * @param tasksDoneOnTime  of those, done by their due date
     * @param tasksOverdue     tasks not done past their due date, or done after it
     * @param ballotsCast      ballots of votes closed in the period
     * @param electorsEntitled electors on the rolls of those votes
     * @param meetingsByKind   meetings held in the period, by kind
     * @param evaluations      evaluations given in the period, and how many were satisfied (4 or 5)
     */
    record Figures(Map<String, Long> topicsByStage, Double medianDaysToDecision, long tasksDue, long tasksDoneOnTime,
                   long tasksOverdue, long ballotsCast, long electorsEntitled, Map<String, Long> meetingsByKind,
                   long evaluations, long satisfied) {
    }

    Figures of(String subtreePath, LocalDate from, LocalDate to, LocalDate today);
}
