package org.jiceng.sdk.errors;

/** HTTP 428. The operation needs an {@code If-Match} header (the SDK sends it when given the record's version). */
public class PreconditionRequiredException extends JicengServiceException {
    public PreconditionRequiredException(String requestId, Problem problem) {
        super(428, requestId, problem);
    }
}
