package org.jiceng.platform.shared.api;

/** Ends a request with the given problem response; for errors detected in the API layer itself. */
public class ProblemException extends RuntimeException {
    private final Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
