package org.jiceng.sdk.errors;

/** HTTP 412. The {@code If-Match} version is stale: someone else changed the record; re-read it and retry. */
public class PreconditionFailedException extends JicengServiceException {
    public PreconditionFailedException(String requestId, Problem problem) {
        super(412, requestId, problem);
    }
}
