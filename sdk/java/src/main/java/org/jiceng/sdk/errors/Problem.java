package org.jiceng.sdk.errors;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * An RFC 9457 problem details document as returned by the platform with every error response.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class Problem {

    private final String type;
    private final String title;
    private final int status;
    private final String detail;
    private final String instance;
    private final List<FieldError> errors;

    @JsonCreator
    public Problem(@JsonProperty("type") String type,
                   @JsonProperty("title") String title,
                   @JsonProperty("status") int status,
                   @JsonProperty("detail") String detail,
                   @JsonProperty("instance") String instance,
                   @JsonProperty("errors") List<FieldError> errors) {
        this.type = type;
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.instance = instance;
        this.errors = errors == null ? List.of() : Collections.unmodifiableList(errors);
    }

    /** URI identifying the problem type, e.g. {@code https://jiceng.org/problems/validation}. */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }

    public Optional<String> instance() {
        return Optional.ofNullable(instance);
    }

    /** Field-level validation errors; empty unless the request failed validation. */
    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public String toString() {
        return status + " " + title + (detail == null ? "" : ": " + detail) + (errors.isEmpty() ? "" : " " + errors);
    }

    /** One invalid field of a request; in an uploaded file, also the 1-based row it is in. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static final class FieldError {
        private final Integer row;
        private final String field;
        private final String message;

        @JsonCreator
        public FieldError(@JsonProperty("row") Integer row, @JsonProperty("field") String field,
                          @JsonProperty("message") String message) {
            this.row = row;
            this.field = field;
            this.message = message;
        }

        public FieldError(String field, String message) {
            this(null, field, message);
        }

        /** The row (or GeoJSON feature) number of an uploaded file, empty for a JSON request's field. */
        public java.util.Optional<Integer> row() {
            return java.util.Optional.ofNullable(row);
        }

        public String field() {
            return field;
        }

        public String message() {
            return message;
        }

        @Override
        public String toString() {
            return (row == null ? "" : "row " + row + " ") + field + ": " + message;
        }
    }
}
