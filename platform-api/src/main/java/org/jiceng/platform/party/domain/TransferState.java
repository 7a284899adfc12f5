package org.jiceng.platform.party.domain;

/** Where a transfer of a member's organisational relationship stands: issued, then accepted or declined, once. */
public enum TransferState {
    ISSUED, ACCEPTED, DECLINED
}
