package org.jiceng.platform.volunteer.domain;

import java.util.List;

/** A volunteer's place in an activity, and the steps each place allows (by their API names). */
public enum SignupStatus {
    SIGNED_UP(List.of("cancel", "check-in")),
    CANCELLED(List.of("sign up again")),
    CHECKED_IN(List.of("check-out")),
    CHECKED_OUT(List.of("verify")),
    VERIFIED(List.of());

    private final List<String> allowed;

    SignupStatus(List<String> allowed) {
        this.allowed = allowed;
    }

    /** What a 409 tells the caller it can do instead. */
    public String allowedNow() {
        return allowed.isEmpty() ? "nothing (the sign-up is finished)" : String.join(", ", allowed);
    }
}
