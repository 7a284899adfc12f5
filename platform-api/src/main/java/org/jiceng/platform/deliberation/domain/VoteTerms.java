package org.jiceng.platform.deliberation.domain;

import org.jiceng.platform.shared.domain.Texts;
import org.jiceng.platform.shared.domain.RuleViolation;

/**
 * What a vote is decided by: the motion and the decision it makes, the rule (with the residents' meeting form or
 * the quorum where the rule takes one), the electorate and its nodes (as a JSON array of grid ids, checked by the
 * application), and whether the ballot is secret.
 */
public record VoteTerms(String motion, DecisionKind decisionKind, VoteRule rule, MeetingForm meetingForm,
                        Integer quorumPercent, Electorate electorate, String gridIdsJson, boolean secret) {

    /** The combinations the law allows, or a 400 naming the field at fault. */
    void check() {
        Texts.required("motion", motion, 10000);
        if (rule.countsArea() != (electorate == Electorate.OWNERS)) {
            throw new RuleViolation("electorate", rule.countsArea() ? "OWNERS under an owners' rule (Civil Code art. 278)"
                    : "not OWNERS: owners vote under OWNERS_ORDINARY or OWNERS_SPECIAL");
        }
        if (rule == VoteRule.RESIDENTS_MEETING) {
            if (meetingForm == null) {
                throw new RuleViolation("meetingForm", "required under RESIDENTS_MEETING");
            }
            if (meetingForm.electorate() != electorate) {
                throw new RuleViolation("electorate", meetingForm.electorate() + " for a meeting of "
                        + meetingForm);
            }
        } else if (meetingForm != null) {
            throw new RuleViolation("meetingForm", "only under RESIDENTS_MEETING");
        }
        if (quorumPercent != null && !rule.takesQuorumPercent()) {
            throw new RuleViolation("quorumPercent", "the law fixes the quorum of " + rule);
        }
        if (quorumPercent != null && (quorumPercent < 1 || quorumPercent > 100)) {
            throw new RuleViolation("quorumPercent", "1 to 100");
        }
    }
}
