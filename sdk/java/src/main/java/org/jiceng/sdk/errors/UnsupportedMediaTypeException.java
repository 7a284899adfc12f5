package org.jiceng.sdk.errors;

/** HTTP 415. The request body's content type is not accepted by the operation. */
public class UnsupportedMediaTypeException extends JicengServiceException {
    public UnsupportedMediaTypeException(String requestId, Problem problem) {
        super(415, requestId, problem);
    }
}
