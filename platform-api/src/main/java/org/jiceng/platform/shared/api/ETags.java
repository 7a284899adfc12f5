package org.jiceng.platform.shared.api;

import jakarta.ws.rs.core.EntityTag;

/** Versions as strong ETags ({@code "7"}) and the If-Match rules: missing → 428, unreadable → 400. */
public final class ETags {
    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 200 with a versioned record and its version as the ETag. */
    public static jakarta.ws.rs.core.Response ok(Object entity, long version) {
        return jakarta.ws.rs.core.Response.ok(entity).tag(of(version)).build();
    }

    /** 201 with the new record's address and its version as the ETag. */
    public static jakarta.ws.rs.core.Response created(java.net.URI location, Object entity, long version) {
        return jakarta.ws.rs.core.Response.created(location).entity(entity).tag(of(version)).build();
    }

    /** The version the caller expects, from a mandatory {@code If-Match}. */
    public static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(Problem.of(428, "precondition-required", "Precondition Required",
                    "This operation needs If-Match with the record's current ETag (its version)"));
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new ProblemException(Problem.of(400, "bad-precondition", "Bad Request",
                    "If-Match must be one ETag as returned by the API, e.g. \"3\""));
        }
    }
}
