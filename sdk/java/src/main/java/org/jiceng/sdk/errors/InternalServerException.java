package org.jiceng.sdk.errors;

/** HTTP 5xx: the platform failed; the SDK already retried 502, 503 and 504. */
public class InternalServerException extends JicengServiceException {
    public InternalServerException(int status, String requestId, Problem problem) {
        super(status, requestId, problem);
    }
}
