package org.jiceng.admin.onboarding;

/** An onboarding stopped; what it had made was removed again. The message says what went wrong and what to do. */
public class OnboardingFailed extends RuntimeException {
    public OnboardingFailed(String message, Throwable cause) {
        super(message, cause);
    }

    public OnboardingFailed(String message) {
        super(message);
    }
}
