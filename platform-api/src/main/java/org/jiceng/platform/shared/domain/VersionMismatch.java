package org.jiceng.platform.shared.domain;

/** The caller changed a record on the strength of a version that is no longer current (412). */
public class VersionMismatch extends DomainException {
    public VersionMismatch(long expected, long actual) {
        super("The record is at version " + actual + ", not " + expected + ": re-read it and retry");
    }

    /** Refuses a change made on the strength of {@code expected} when the record is at {@code actual}. */
    public static void check(long expected, long actual) {
        if (expected != actual) {
            throw new VersionMismatch(expected, actual);
        }
    }
}
