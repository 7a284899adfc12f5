package org.jiceng.platform.deliberation.domain;

/**
 * A vote's outcome under its rule: whether the turnout made it valid, whether it passed (never without a quorum),
 * and the figures behind it in words.
 */
public record VoteResult(boolean quorate, boolean passed, String figures) {
}
