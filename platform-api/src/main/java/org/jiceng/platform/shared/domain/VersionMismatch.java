package org.jiceng.platform.shared.domain;

/** The caller changed a record on the strength of a version that is no longer current (412). */
public class VersionMismatch extends DomainException {
    public VersionMismatch(long expected, long actual) {
        super("The record is at version " + actual + ", not " + expected + ": re-read it and retry");
    }
}
