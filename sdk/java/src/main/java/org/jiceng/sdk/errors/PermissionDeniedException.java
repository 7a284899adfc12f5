package org.jiceng.sdk.errors;

/** HTTP 403. The caller is authenticated but lacks the role the operation needs. */
public class PermissionDeniedException extends JicengServiceException {
    public PermissionDeniedException(String requestId, Problem problem) {
        super(403, requestId, problem);
    }
}
