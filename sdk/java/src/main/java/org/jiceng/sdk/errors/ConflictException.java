package org.jiceng.sdk.errors;

/** HTTP 409. The request conflicts with the current state: an illegal transition, a duplicate, or an idempotent request still in flight. */
public class ConflictException extends JicengServiceException {
    public ConflictException(String requestId, Problem problem) {
        super(409, requestId, problem);
    }
}
