package org.jiceng.sdk.errors;

import java.util.Optional;

/**
 * The platform answered with an error status. Carries the status, the request id the platform assigned
 * ({@code X-Request-Id}, quote it when reporting a problem) and the parsed problem details.
 */
public class JicengServiceException extends JicengException {
    private final int statusCode;
    private final String requestId;
    private final Problem problem;

    public JicengServiceException(int statusCode, String requestId, Problem problem) {
        super(message(statusCode, requestId, problem));
        this.statusCode = statusCode;
        this.requestId = requestId;
        this.problem = problem;
    }

    private static String message(int statusCode, String requestId, Problem problem) {
        String text = problem == null ? "HTTP " + statusCode : problem.toString();
        return requestId == null ? text : text + " (request " + requestId + ")";
    }

    public int statusCode() {
        return statusCode;
    }

    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** The problem details; a synthesised one when the body was not {@code application/problem+json}. */
    public Problem problem() {
        return problem;
    }

    /** Maps a status to the most specific exception type. */
    public static JicengServiceException of(int status, String requestId, Problem problem) {
        switch (status) {
            case 400: return new BadRequestException(requestId, problem);
            case 401: return new UnauthorizedException(requestId, problem);
            case 403: return new PermissionDeniedException(requestId, problem);
            case 404: return new NotFoundException(requestId, problem);
            case 409: return new ConflictException(requestId, problem);
            case 412: return new PreconditionFailedException(requestId, problem);
            case 413: return new PayloadTooLargeException(requestId, problem);
            case 415: return new UnsupportedMediaTypeException(requestId, problem);
            case 422: return new UnprocessableEntityException(requestId, problem);
            case 428: return new PreconditionRequiredException(requestId, problem);
            case 429: return new RateLimitException(requestId, problem);
            default:
                return status >= 500 ? new InternalServerException(status, requestId, problem)
                        : new JicengServiceException(status, requestId, problem);
        }
    }
}
