package org.jiceng.platform.deliberation.domain;

import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.domain.StateConflict;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The topic's lifecycle, state by action, like the case table. */
class TopicTest {
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 1, 8, 0, 0, 0, ZoneOffset.UTC);

    private static Topic proposed(TopicOrigin origin, boolean major) {
        return new Topic("t", "c", "g", "翻建平房", "670 平方米", origin, null, "user:r", major, major ? "p" : null, NOW);
    }

    /** A topic brought to {@code stage} through the actions that lead there. */
    private static Topic at(TopicStage stage) {
        Topic t = proposed(TopicOrigin.COUNCIL, false);
        switch (stage) {
            case PROPOSED -> { }
            case DECLINED -> t.decline("不属本议事会范围");
            case WITHDRAWN -> t.withdraw();
            default -> {
                t.accept(0, NOW);
                if (stage == TopicStage.ACCEPTED) {
                    break;
                }
                t.meetingHeld();
                if (stage == TopicStage.DELIBERATING) {
                    break;
                }
                t.voteOpened("v");
                if (stage == TopicStage.DECIDING) {
                    break;
                }
                t.voteClosed(true, DecisionKind.RESOLUTION, "原址翻建", NOW);
                if (stage == TopicStage.DECIDED) {
                    break;
                }
                t.taskAdded();
                if (stage == TopicStage.IMPLEMENTING) {
                    break;
                }
                t.tasksDone(30, NOW);
                if (stage == TopicStage.EVALUATING) {
                    break;
                }
                t.close("完成", NOW);
            }
        }
        assertEquals(stage, t.stage());
        return t;
    }

    private static final Map<String, Consumer<Topic>> ACTIONS = Map.of(
            "second", Topic::second,
            "accept", t -> t.accept(0, NOW),
            "decline", t -> t.decline("理由"),
            "withdraw", Topic::withdraw,
            "review", t -> t.recordReview(ReviewVerdict.APPROVED, "同意", "书记", LocalDate.of(2026, 11, 1)),
            "meeting", Topic::meetingHeld,
            "openVote", t -> t.voteOpened("v2"),
            "decideByConsultation", t -> t.decideByConsultation(DecisionKind.RESOLUTION, "议定", NOW),
            "addTask", Topic::taskAdded,
            "close", t -> t.close("结果", NOW));

    /** Where each action is allowed; everywhere else it is a 409 naming what is allowed now. */
    private static final Map<String, Set<TopicStage>> ALLOWED = Map.of(
            "second", EnumSet.of(TopicStage.PROPOSED),
            "accept", EnumSet.of(TopicStage.PROPOSED),
            "decline", EnumSet.of(TopicStage.PROPOSED),
            "withdraw", EnumSet.of(TopicStage.PROPOSED, TopicStage.ACCEPTED, TopicStage.DELIBERATING),
            "review", EnumSet.of(TopicStage.PROPOSED, TopicStage.ACCEPTED, TopicStage.DELIBERATING),
            "meeting", EnumSet.of(TopicStage.ACCEPTED, TopicStage.DELIBERATING, TopicStage.DECIDED,
                    TopicStage.IMPLEMENTING),
            "openVote", EnumSet.of(TopicStage.ACCEPTED, TopicStage.DELIBERATING),
            "decideByConsultation", EnumSet.of(TopicStage.ACCEPTED, TopicStage.DELIBERATING),
            "addTask", EnumSet.of(TopicStage.DECIDED, TopicStage.IMPLEMENTING),
            "close", EnumSet.of(TopicStage.EVALUATING));

    @Test
    void everyActionInEveryStage() {
        for (var action : ACTIONS.entrySet()) {
            for (TopicStage stage : TopicStage.values()) {
                Topic t = at(stage);
                boolean allowed = ALLOWED.get(action.getKey()).contains(stage);
                if (action.getKey().equals("review")) {
                    t = reviewable(stage);
                }
                if (allowed) {
                    action.getValue().accept(t);
                } else {
                    Topic topic = t;
                    StateConflict refused = assertThrows(StateConflict.class, () -> action.getValue().accept(topic),
                            action.getKey() + " in " + stage);
                    assertTrue(refused.getMessage().contains("allowed now") || action.getKey().equals("close"),
                            refused.getMessage());
                }
            }
        }
    }

    /** A major topic at a stage before the vote (the only ones a review is recorded on), or a plain one after. */
    private static Topic reviewable(TopicStage stage) {
        if (!EnumSet.of(TopicStage.PROPOSED, TopicStage.ACCEPTED, TopicStage.DELIBERATING).contains(stage)) {
            return at(stage);
        }
        Topic t = proposed(TopicOrigin.COUNCIL, true);
        if (stage != TopicStage.PROPOSED) {
            t.accept(0, NOW);
        }
        if (stage == TopicStage.DELIBERATING) {
            t.meetingHeld();
        }
        return t;
    }

    @Test
    void aResidentsProposalWaitsForItsSeconds() {
        Topic t = proposed(TopicOrigin.RESIDENT, false);
        assertThrows(StateConflict.class, () -> t.accept(2, NOW));
        t.second();
        t.second();
        t.accept(2, NOW);
        assertEquals(TopicStage.ACCEPTED, t.stage());
        Topic byCouncil = proposed(TopicOrigin.COUNCIL, false);
        byCouncil.accept(2, NOW);
        assertEquals(TopicStage.ACCEPTED, byCouncil.stage(), "a council's own topic needs no seconds");
    }

    @Test
    void aMajorMatterGoesToAVoteOnlyAfterAnApprovingReview() {
        Topic t = proposed(TopicOrigin.COUNCIL, true);
        t.accept(0, NOW);
        assertThrows(StateConflict.class, () -> t.voteOpened("v"), "no review yet");
        assertThrows(StateConflict.class, () -> t.decideByConsultation(DecisionKind.RESOLUTION, "x", NOW),
                "a major matter is voted on");
        t.recordReview(ReviewVerdict.RETURNED, "补充方案", "书记", LocalDate.of(2026, 11, 1));
        assertThrows(StateConflict.class, () -> t.voteOpened("v"), "returned, not approved");
        t.recordReview(ReviewVerdict.APPROVED, "同意", "书记", LocalDate.of(2026, 11, 2));
        t.voteOpened("v");
        assertEquals(TopicStage.DECIDING, t.stage());
        assertThrows(RuleViolation.class, () -> new Topic("x", "c", "g", "t", "d", TopicOrigin.COUNCIL, null, "k",
                true, null, NOW), "a major matter names its reviewer organisation");
    }

    @Test
    void aFailedVoteGoesBackToDeliberationOrCloses() {
        Topic t = at(TopicStage.DECIDING);
        t.voteClosed(false, DecisionKind.RESOLUTION, "m", NOW);
        assertFalse(t.passed());
        assertTrue(t.decisionText().isEmpty());
        assertThrows(StateConflict.class, t::taskAdded, "a failed topic creates no tasks");
        t.deliberateAgain();
        assertEquals(TopicStage.DELIBERATING, t.stage());
        Topic failed = at(TopicStage.DECIDING);
        failed.voteClosed(false, DecisionKind.RESOLUTION, "m", NOW);
        failed.close("未通过", NOW);
        assertEquals(TopicStage.CLOSED, failed.stage());
    }

    @Test
    void aConventionClosesWithoutTasksAndItsRevisionSupersedesIt() {
        Topic first = at(TopicStage.DELIBERATING);
        first.decideByConsultation(DecisionKind.CONVENTION, "礼金不超过 100 元", NOW);
        Topic revision = proposed(TopicOrigin.COUNCIL, false);
        revision.amends(first);
        revision.accept(0, NOW);
        revision.decideByConsultation(DecisionKind.CONVENTION, "礼金不超过 80 元", NOW);
        revision.revise(first);
        assertEquals(2, revision.decisionRevision().orElseThrow());
        assertEquals(revision.id(), first.supersededBy().orElseThrow());
        revision.close("公约第二版已张贴", NOW);
        Topic resolution = at(TopicStage.DECIDED);
        assertThrows(StateConflict.class, () -> resolution.close("x", NOW), "a resolution is carried out first");
        Topic later = proposed(TopicOrigin.COUNCIL, false);
        assertThrows(RuleViolation.class, () -> later.amends(first), "a superseded convention is not in force");
    }

    @Test
    void theEvaluationWindowCloses() {
        Topic t = at(TopicStage.EVALUATING);
        t.requireEvaluationOpen(NOW.plusDays(29));
        assertThrows(StateConflict.class, () -> t.requireEvaluationOpen(NOW.plusDays(30)));
    }

    @Test
    void progressNeverGoesBackAndOneHundredIsDone() {
        TopicTask task = new TopicTask("k", "t", "更换线路", TaskOwnerKind.DEPARTMENT, "d", LocalDate.of(2026, 10, 1),
                "[]", NOW);
        task.reach("m1", LocalDate.of(2026, 9, 1), 40, "开工", NOW);
        assertThrows(RuleViolation.class, () -> task.reach("m2", LocalDate.of(2026, 9, 2), 30, "x", NOW));
        assertThrows(RuleViolation.class, () -> task.reach("m2", LocalDate.of(2026, 12, 2), 50, "x", NOW),
                "a milestone is not in the future");
        task.reach("m3", LocalDate.of(2026, 10, 15), 100, "竣工", NOW);
        assertEquals(LocalDate.of(2026, 10, 15), task.doneOn().orElseThrow());
        assertTrue(task.overdue(LocalDate.of(2026, 11, 1)), "done after its due date");
        assertThrows(StateConflict.class, () -> task.reach("m4", LocalDate.of(2026, 10, 16), 100, "x", NOW));
    }

}
