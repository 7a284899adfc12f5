package org.jiceng.sdk.errors;

/** HTTP 422. The request is well-formed but cannot be processed, e.g. an idempotency key reused with a different body. */
public class UnprocessableEntityException extends JicengServiceException {
    public UnprocessableEntityException(String requestId, Problem problem) {
        super(422, requestId, problem);
    }
}
