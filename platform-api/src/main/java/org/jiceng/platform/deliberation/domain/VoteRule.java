package org.jiceng.platform.deliberation.domain;

import java.math.BigDecimal;

/**
 * The rules a vote can be decided by. Each is fixed when the vote opens and never changes after.
 *
 * <ul>
 *   <li>{@link #SIMPLE_MAJORITY}: yes beats no among the ballots cast; abstentions count for turnout only. An optional
 *   quorum of turnout (a percentage of the electorate) is set when the vote opens.</li>
 *   <li>{@link #RESIDENTS_MEETING}: 居民会议 under the Urban Residents' Committees Organisation Law (1989, amended 2018,
 *   art. 9; revised 2025, chapter 4 居民会议和居民代表会议): held when more than half of those entitled attend, in
 *   one of three forms ({@link MeetingForm}); a decision passes with more than half of those attending. The
 *   revision's residents' representatives' meeting ({@link MeetingForm#REPRESENTATIVES_MEETING}) is held when at
 *   least two-thirds of its members attend, and decides by more than half of those attending.</li>
 *   <li>{@link #OWNERS_ORDINARY}: Civil Code art. 278 para. 2. Owners holding at least two-thirds of the exclusive
 *   floor area, and at least two-thirds of the owners by head, take part; it passes with more than half of the
 *   participating area and more than half of the participating owners.</li>
 *   <li>{@link #OWNERS_SPECIAL}: Civil Code art. 278 para. 2 for the matters of para. 1 items 6–8 (raising or using
 *   maintenance funds, rebuilding, changing the use of common parts): the same quorum, passing with at least
 *   three-quarters of both.</li>
 *   <li>{@link #UNANIMOUS}: 全票通过, local practice: every ballot cast is yes (an abstention breaks it), with the
 *   quorum of turnout set when the vote opens.</li>
 * </ul>
 * Attending and participating both mean: cast a ballot, abstentions included.
 */
public enum VoteRule {
    SIMPLE_MAJORITY, RESIDENTS_MEETING, OWNERS_ORDINARY, OWNERS_SPECIAL, UNANIMOUS;

    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal THREE = BigDecimal.valueOf(3);
    private static final BigDecimal FOUR = BigDecimal.valueOf(4);

    /** Whether this rule counts floor area and owners (art. 278), so that only the owners' electorate fits it. */
    public boolean countsArea() {
        return this == OWNERS_ORDINARY || this == OWNERS_SPECIAL;
    }

    /** Whether a quorum percentage may be set when the vote opens (the others have theirs in law). */
    public boolean takesQuorumPercent() {
        return this == SIMPLE_MAJORITY || this == UNANIMOUS;
    }

    /** The outcome of {@code tally} under this rule, with the form and quorum fixed when the vote opened. */
    public VoteResult decide(Tally t, MeetingForm form, Integer quorumPercent) {
        int cast = t.cast();
        return switch (this) {
            case SIMPLE_MAJORITY -> result(turnoutQuorum(t, quorumPercent), t.yes() > t.no(),
                    "yes " + t.yes() + " against no " + t.no());
            case RESIDENTS_MEETING -> {
                boolean quorate = form == MeetingForm.REPRESENTATIVES_MEETING
                        ? 3L * cast >= 2L * t.entitled() : 2L * cast > t.entitled();
                yield result(quorate, 2L * t.yes() > cast, "yes " + t.yes() + " of " + cast + " attending");
            }
            case OWNERS_ORDINARY -> result(ownersQuorum(t), 2L * t.yes() > cast
                            && t.yesArea().multiply(TWO).compareTo(t.castArea()) > 0,
                    "yes " + t.yes() + " of " + cast + " owners, " + t.yesArea() + " of " + t.castArea() + " m²");
            case OWNERS_SPECIAL -> result(ownersQuorum(t), 4L * t.yes() >= 3L * cast
                            && t.yesArea().multiply(FOUR).compareTo(t.castArea().multiply(THREE)) >= 0,
                    "yes " + t.yes() + " of " + cast + " owners, " + t.yesArea() + " of " + t.castArea() + " m²");
            case UNANIMOUS -> result(turnoutQuorum(t, quorumPercent), cast > 0 && t.yes() == cast,
                    "yes " + t.yes() + " of " + cast + " cast");
        };
    }

    private static boolean turnoutQuorum(Tally t, Integer quorumPercent) {
        return quorumPercent == null || 100L * t.cast() >= (long) quorumPercent * t.entitled();
    }

    /** Art. 278: at least two-thirds by area and at least two-thirds by head take part. */
    private static boolean ownersQuorum(Tally t) {
        return 3L * t.cast() >= 2L * t.entitled()
                && t.castArea().multiply(THREE).compareTo(t.entitledArea().multiply(TWO)) >= 0;
    }

    private static VoteResult result(boolean quorate, boolean majority, String figures) {
        return new VoteResult(quorate, quorate && majority, figures);
    }
}
