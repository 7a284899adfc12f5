package org.jiceng.sdk.errors;

/** HTTP 404. The record does not exist, or belongs to another tenant (the two are indistinguishable). */
public class NotFoundException extends JicengServiceException {
    public NotFoundException(String requestId, Problem problem) {
        super(404, requestId, problem);
    }
}
