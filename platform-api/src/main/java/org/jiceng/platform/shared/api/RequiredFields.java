package org.jiceng.platform.shared.api;

import java.util.ArrayList;
import java.util.List;

/** Collects every shape error of a request body, so that one 400 names all offending fields at once. */
public final class RequiredFields {
    private final List<Problem.FieldError> errors = new ArrayList<>();

    public static RequiredFields check(Object body) {
        if (body == null) {
            throw new ProblemException(Problem.of(400, "validation", "Bad Request", "A JSON body is required")
                    .withErrors(List.of(new Problem.FieldError("body", "required"))));
        }
        return new RequiredFields();
    }

    public RequiredFields present(String field, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            errors.add(new Problem.FieldError(field, "required"));
        }
        return this;
    }

    public RequiredFields maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new Problem.FieldError(field, "at most " + max + " characters"));
        }
        return this;
    }

    public RequiredFields notNegative(String field, Long value) {
        if (value != null && value < 0) {
            errors.add(new Problem.FieldError(field, "must be zero or more"));
        }
        return this;
    }

    /** Ends the request with a 400 listing every error found. */
    public void orFail() {
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.of(400, "validation", "Bad Request", "The request has invalid fields")
                    .withErrors(errors));
        }
    }
}
