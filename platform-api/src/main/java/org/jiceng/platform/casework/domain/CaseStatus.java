package org.jiceng.platform.casework.domain;

/**
 * Where a case stands in the closed loop: collect → register (accept) → dispatch → handle → feed back (resolve)
 * → verify and close → evaluate. REJECTED and DUPLICATE end a case without handling it.
 */
public enum CaseStatus {
    REPORTED, ACCEPTED, REJECTED, DISPATCHED, IN_PROGRESS, RESOLVED, CLOSED, REOPENED, DUPLICATE
}
