package org.jiceng.platform.deliberation.domain;

/** A ballot's choice. */
public enum Choice {
    YES, NO, ABSTAIN
}
