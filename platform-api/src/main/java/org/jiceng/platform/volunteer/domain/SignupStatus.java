package org.jiceng.platform.volunteer.domain;

/** A volunteer's place in an activity. */
public enum SignupStatus {
    SIGNED_UP, CANCELLED, CHECKED_IN, CHECKED_OUT, VERIFIED
}
