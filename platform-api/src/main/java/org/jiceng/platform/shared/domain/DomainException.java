package org.jiceng.platform.shared.domain;

/** A business rule refused an operation; the API layer turns each subtype into its problem response. */
public abstract class DomainException extends RuntimeException {
    protected DomainException(String message) {
        super(message);
    }
}
