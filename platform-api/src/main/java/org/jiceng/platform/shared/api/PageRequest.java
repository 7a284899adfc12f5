package org.jiceng.platform.shared.api;

import java.util.List;

/** {@code ?limit=} (default 50, 1..500) of a list request. */
public record PageRequest(int limit) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public static PageRequest of(Integer limit) {
        if (limit == null) {
            return new PageRequest(DEFAULT_LIMIT);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ProblemException(Problem.of(400, "validation", "Bad Request", "limit must be 1 to " + MAX_LIMIT)
                    .withErrors(List.of(new Problem.FieldError("limit", "must be between 1 and " + MAX_LIMIT))));
        }
        return new PageRequest(limit);
    }
}
