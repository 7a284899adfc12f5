package org.jiceng.platform.casework.domain;

import java.util.EnumSet;
import java.util.Set;

import static org.jiceng.platform.casework.domain.CaseStatus.ACCEPTED;
import static org.jiceng.platform.casework.domain.CaseStatus.CLOSED;
import static org.jiceng.platform.casework.domain.CaseStatus.DISPATCHED;
import static org.jiceng.platform.casework.domain.CaseStatus.IN_PROGRESS;
import static org.jiceng.platform.casework.domain.CaseStatus.REOPENED;
import static org.jiceng.platform.casework.domain.CaseStatus.REPORTED;
import static org.jiceng.platform.casework.domain.CaseStatus.RESOLVED;

/**
 * Every step a case can take, with the states it may be taken from: the transition table of the closed loop.
 * The API's action names are the lower-case, dashed forms ({@code mark-duplicate}).
 */
public enum CaseAction {
    ACCEPT(EnumSet.of(REPORTED)),
    REJECT(EnumSet.of(REPORTED)),
    MARK_DUPLICATE(EnumSet.of(REPORTED, ACCEPTED)),
    DISPATCH(EnumSet.of(ACCEPTED, DISPATCHED, REOPENED)),
    ACKNOWLEDGE(EnumSet.of(DISPATCHED)),
    DEFER(EnumSet.of(DISPATCHED, IN_PROGRESS)),
    /** 吹哨: escalate to the parent street and/or summon departments; the state stays. */
    WHISTLE(EnumSet.of(DISPATCHED, IN_PROGRESS)),
    /** A summoned department reports in (报到); the state stays. */
    ACKNOWLEDGE_SUMMONS(EnumSet.of(DISPATCHED, IN_PROGRESS, RESOLVED)),
    RESOLVE(EnumSet.of(IN_PROGRESS)),
    VERIFY(EnumSet.of(RESOLVED)),
    EVALUATE(EnumSet.of(CLOSED)),
    REOPEN(EnumSet.of(CLOSED));

    private final Set<CaseStatus> from;

    CaseAction(Set<CaseStatus> from) {
        this.from = from;
    }

    public boolean allowedFrom(CaseStatus status) {
        return from.contains(status);
    }

    /** The actions a case in {@code status} can take next. */
    public static Set<CaseAction> allowedIn(CaseStatus status) {
        EnumSet<CaseAction> allowed = EnumSet.noneOf(CaseAction.class);
        for (CaseAction a : values()) {
            if (a.allowedFrom(status)) {
                allowed.add(a);
            }
        }
        return allowed;
    }

    /** The event a step writes, in the past tense: {@code case.accepted}, {@code case.summons_acknowledged} … */
    public String eventType() {
        String past = switch (this) {
            case MARK_DUPLICATE -> "marked_duplicate";
            case DEFER -> "deferred";
            case ACKNOWLEDGE_SUMMONS -> "summons_acknowledged";
            case REOPEN -> "reopened";
            case DISPATCH -> "dispatched";
            case VERIFY -> "verified";
            default -> name().toLowerCase(java.util.Locale.ROOT) + (name().endsWith("E") ? "d" : "ed");
        };
        return "case." + past;
    }

    public String apiName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
