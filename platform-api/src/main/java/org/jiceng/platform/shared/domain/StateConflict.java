package org.jiceng.platform.shared.domain;

/** The operation conflicts with the record's current state (409): a duplicate, a cycle, a non-empty node. */
public class StateConflict extends DomainException {
    public StateConflict(String message) {
        super(message);
    }
}
