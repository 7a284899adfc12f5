package org.jiceng.sdk.errors;

/** HTTP 413. The request body exceeds the platform's limit. */
public class PayloadTooLargeException extends JicengServiceException {
    public PayloadTooLargeException(String requestId, Problem problem) {
        super(413, requestId, problem);
    }
}
