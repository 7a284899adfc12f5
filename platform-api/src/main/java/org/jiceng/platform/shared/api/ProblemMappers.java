package org.jiceng.platform.shared.api;

import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Exception mappers, all delegating to {@link Problems}. Separate classes for the exception types JAX-RS and Bean
 * Validation map themselves, so that ours are the more specific ones and every error is problem+json.
 */
public final class ProblemMappers {
    private ProblemMappers() {
    }

    static Response respond(Throwable t, UriInfo uri) {
        Problem problem = Problems.from(t).at("/" + uri.getPath());
        Response.ResponseBuilder b = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem.toJson());
        if (t instanceof WebApplicationException wae && problem.status() == 405) {
            b.allow(wae.getResponse().getAllowedMethods());
        }
        if (problem.status() == 401) {
            b.header("WWW-Authenticate", "Bearer realm=\"jiceng\"");
        }
        if (t instanceof TooManyRequests tooMany) {
            b.header("Retry-After", Long.toString(tooMany.retryAfterSeconds()));
        }
        if (problem.status() == 503) {
            b.header("Retry-After", "2");
        }
        return b.build();
    }

    /** Everything not mapped more specifically, including domain exceptions and unexpected failures. */
    @Provider
    public static class Any implements ExceptionMapper<Throwable> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(Throwable t) {
            return respond(t, uri);
        }
    }

    /** 404 / 405 / 415 / malformed bodies raised by JAX-RS itself. */
    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(WebApplicationException t) {
            return respond(t, uri);
        }
    }

    /** Bean Validation failures of request bodies and parameters. */
    @Provider
    public static class Validation implements ExceptionMapper<ValidationException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(ValidationException t) {
            return respond(t, uri);
        }
    }
}
