package org.jiceng.sdk.errors;

/** HTTP 400. The request was malformed or failed validation; see {@link Problem#errors()}. */
public class BadRequestException extends JicengServiceException {
    public BadRequestException(String requestId, Problem problem) {
        super(400, requestId, problem);
    }
}
