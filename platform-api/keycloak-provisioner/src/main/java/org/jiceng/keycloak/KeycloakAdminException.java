package org.jiceng.keycloak;

/** Keycloak refused or could not be reached; {@link #status()} is its HTTP status, 0 when there was no answer. */
public class KeycloakAdminException extends RuntimeException {
    private final int status;

    public KeycloakAdminException(String message, int status) {
        super(message);
        this.status = status;
    }

    public KeycloakAdminException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
