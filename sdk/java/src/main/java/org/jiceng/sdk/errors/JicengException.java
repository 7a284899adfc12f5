package org.jiceng.sdk.errors;

/**
 * Base of every exception the SDK throws. Unchecked: callers catch the specific subtype they can handle.
 */
public class JicengException extends RuntimeException {
    public JicengException(String message) {
        super(message);
    }

    public JicengException(String message, Throwable cause) {
        super(message, cause);
    }
}
