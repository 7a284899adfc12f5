package org.jiceng.sdk.errors;

/** The platform could not be reached (connection refused, reset, timed out) after all retries. */
public class JicengIoException extends JicengException {
    public JicengIoException(String message, Throwable cause) {
        super(message, cause);
    }
}
