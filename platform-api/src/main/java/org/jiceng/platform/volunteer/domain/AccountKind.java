package org.jiceng.platform.volunteer.domain;

/** The ledger's accounts: issuance creates points (and may go negative), sinks take them out of circulation. */
public enum AccountKind {
    ISSUANCE, VOLUNTEER, REDEMPTION, EXPIRY
}
