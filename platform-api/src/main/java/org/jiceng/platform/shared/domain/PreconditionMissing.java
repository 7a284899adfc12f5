package org.jiceng.platform.shared.domain;

/** A change to an existing record that does not name the version it was made against (428). */
public class PreconditionMissing extends DomainException {
    public PreconditionMissing(String what) {
        super(what + " exists: replacing it needs If-Match with its current ETag (its version)");
    }
}
