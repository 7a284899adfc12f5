package org.jiceng.platform.shared.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * RFC 9457 problem details, the body of every error response ({@code application/problem+json}).
 *
 * @param type   URI of the problem type, {@code https://jiceng.org/problems/<slug>}
 * @param errors field-level validation errors, empty otherwise
 */
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://jiceng.org/problems/";

    /**
     * One invalid field; {@code field} is a JSON path-like name such as {@code boundary} or {@code level}. In an
     * uploaded file, {@code row} is the 1-based row (or feature) number the error is in.
     */
    @Schema(name = "FieldError")
    public record FieldError(@Schema(nullable = true) Integer row, String field, String message) {
        public FieldError(String field, String message) {
            this(null, field, message);
        }
    }

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(TYPE_BASE + slug, title, status, detail, null, List.of());
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, List.copyOf(fieldErrors));
    }

    public Problem at(String path) {
        return new Problem(type, title, status, detail, path, errors);
    }

    /** Serialised by hand so that it also works outside JAX-RS (in the authentication mechanism). */
    public String toJson() {
        JsonObjectBuilder b = Json.createObjectBuilder().add("type", type).add("title", title).add("status", status);
        if (detail != null) {
            b.add("detail", detail);
        }
        if (instance != null) {
            b.add("instance", instance);
        }
        if (!errors.isEmpty()) {
            JsonArrayBuilder a = Json.createArrayBuilder();
            for (FieldError e : errors) {
                JsonObjectBuilder o = Json.createObjectBuilder();
                if (e.row() != null) {
                    o.add("row", e.row());
                }
                a.add(o.add("field", e.field()).add("message", e.message()));
            }
            b.add("errors", a);
        }
        return b.build().toString();
    }
}
