package org.jiceng.platform.shared.api;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.jiceng.platform.shared.domain.RecordNotFound;
import org.jiceng.platform.shared.domain.InvalidRows;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.domain.StateConflict;
import org.jiceng.platform.shared.domain.VersionMismatch;
import org.jiceng.platform.shared.security.AccessDenied;

import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;

/** Turns any exception a request can end with into its problem details: one place decides every status. */
public final class Problems {

    private Problems() {
    }

    public static Problem from(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            Problem p = known(t);
            if (p != null) {
                return p;
            }
        }
        if (thrown instanceof WebApplicationException wae) {
            int status = wae.getResponse().getStatus();
            if (status < 500) {
                return webProblem(wae, status);
            }
        }
        org.jiceng.platform.shared.observability.RequestLog.failure(RequestIds.current(), thrown);
        return Problem.of(500, "internal", "Internal Server Error",
                "The platform failed to process the request; quote the X-Request-Id when reporting it");
    }

    private static Problem known(Throwable t) {
        if (t instanceof ProblemException pe) {
            return pe.problem();
        }
        if (isDatabaseUnreachable(t)) {
            return Problem.of(503, "database-unavailable", "Service Unavailable",
                    "The database cannot be reached right now; retry shortly");
        }
        if (t instanceof InvalidRows ir) {
            return Problem.of(422, "invalid-file", "Unprocessable Content", ir.getMessage())
                    .withErrors(ir.errors().stream()
                            .map(e -> new Problem.FieldError(e.row(), e.field(), e.message())).toList());
        }
        if (t instanceof RuleViolation rv) {
            return Problem.of(400, "validation", "Bad Request", rv.getMessage())
                    .withErrors(List.of(new Problem.FieldError(rv.field(), rv.getMessage())));
        }
        if (t instanceof RecordNotFound nf) {
            return Problem.of(404, "not-found", "Not Found", nf.getMessage());
        }
        if (t instanceof StateConflict sc) {
            return Problem.of(409, "conflict", "Conflict", sc.getMessage());
        }
        if (t instanceof org.jiceng.platform.shared.domain.PreconditionMissing pm) {
            return Problem.of(428, "precondition-required", "Precondition Required", pm.getMessage());
        }
        if (t instanceof VersionMismatch vm) {
            return Problem.of(412, "version-mismatch", "Precondition Failed", vm.getMessage());
        }
        if (t instanceof OptimisticLockException) {
            return Problem.of(412, "version-mismatch", "Precondition Failed",
                    "The record was changed concurrently: re-read it and retry");
        }
        if (t instanceof jakarta.ws.rs.NotAuthorizedException) {
            return Problem.of(401, "unauthorized", "Unauthorized", "An access token is required: Authorization: "
                    + "Bearer <token>");
        }
        if (t instanceof AccessDenied ad) {
            return Problem.of(403, "forbidden", "Forbidden", ad.getMessage());
        }
        if (t instanceof ConstraintViolationException cve) {
            List<Problem.FieldError> errors = cve.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                    .sorted(Comparator.comparing(Problem.FieldError::field))
                    .toList();
            return Problem.of(400, "validation", "Bad Request", "The request has invalid fields").withErrors(errors);
        }
        if (t instanceof JsonbException || t instanceof JsonException) {
            return malformed(t);
        }
        if (t instanceof NotSupportedException) {
            return Problem.of(415, "unsupported-media-type", "Unsupported Media Type",
                    "Send the body as application/json (PATCH also takes application/merge-patch+json)");
        }
        if (t instanceof NotAllowedException na) {
            return Problem.of(405, "method-not-allowed", "Method Not Allowed",
                    "Allowed: " + na.getResponse().getAllowedMethods());
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            return switch (sql.getSQLState()) {
                case "23505" -> Problem.of(409, "conflict", "Conflict", "A record with the same unique key exists");
                case "23503" -> Problem.of(409, "conflict", "Conflict", "The record is referenced by other records");
                case "23514", "22P02", "22001", "22003" -> Problem.of(400, "validation", "Bad Request",
                        "A value is out of range or malformed");
                case "40001", "40P01" -> Problem.of(409, ConcurrentChangeRetry.SLUG, "Conflict",
                        "A concurrent change interfered; retry");
                case "57014" -> Problem.of(503, "statement-timeout", "Service Unavailable",
                        "The request took longer than the platform allows a statement; narrow it or retry later");
                default -> null;
            };
        }
        return null;
    }

    /**
     * No connection could be had (the pool waited its two seconds in vain) or the one in hand broke: PostgreSQL
     * is down or restarting. Nothing was written, and a retry may well succeed.
     */
    static boolean isDatabaseUnreachable(Throwable t) {
        if (t instanceof java.sql.SQLTransientConnectionException
                || t instanceof java.sql.SQLNonTransientConnectionException) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
        }
        String type = t.getClass().getName();
        String message = String.valueOf(t.getMessage());
        return type.endsWith("PoolingException") || type.equals("jakarta.resource.ResourceException")
                || message.contains("Error in allocating a connection");
    }

    private static Problem webProblem(WebApplicationException wae, int status) {
        if (wae.getCause() instanceof ProcessingException || status == 400) {
            return malformed(wae.getCause() == null ? wae : wae.getCause());
        }
        String title = wae.getResponse().getStatusInfo().getReasonPhrase();
        String detail = status == 404 ? "No such resource" : wae.getMessage();
        return Problem.of(status, title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'), title, detail);
    }

    private static Problem malformed(Throwable t) {
        String reason = t.getMessage() == null ? "unreadable body" : t.getMessage();
        // parser messages can be long and echo internals; the first line is what helps
        reason = reason.lines().findFirst().orElse(reason);
        if (reason.length() > 300) {
            reason = reason.substring(0, 300);
        }
        return Problem.of(400, "malformed-body", "Bad Request", "The request body is not valid JSON of the "
                + "expected shape: " + reason);
    }

    private static String field(ConstraintViolation<?> v) {
        String name = null;
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY
                    || node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
                name = node.getName();
            }
        }
        return name == null ? "body" : name;
    }
}
