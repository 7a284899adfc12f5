package org.jiceng.platform.deliberation.domain;

/** Where a topic stands in 提—议—决—办—评, and the steps each stage allows (by their API names). */
public enum TopicStage {
    PROPOSED("second, accept, decline, withdraw"),
    ACCEPTED("record a meeting, open a vote, decide by consultation, withdraw"),
    DECLINED("nothing (the topic was declined)"),
    DELIBERATING("record a meeting, open a vote, decide by consultation, withdraw"),
    DECIDING("cast ballots, close the vote"),
    DECIDED("add tasks, close (a failed topic or a convention), deliberate again (a failed topic)"),
    IMPLEMENTING("add tasks, report progress, record a meeting"),
    EVALUATING("evaluate, close"),
    CLOSED("nothing (the topic is closed)"),
    WITHDRAWN("nothing (the topic was withdrawn)");

    private final String allowedNow;

    TopicStage(String allowedNow) {
        this.allowedNow = allowedNow;
    }

    public String allowedNow() {
        return allowedNow;
    }
}
