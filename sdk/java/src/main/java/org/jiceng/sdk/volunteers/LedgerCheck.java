package org.jiceng.sdk.volunteers;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The ledger check: a sound ledger has no mismatched account and its entries sum to zero. */
public final class LedgerCheck {
    @JsonProperty("accounts") private long accounts;
    @JsonProperty("mismatchedAccounts") private long mismatchedAccounts;
    @JsonProperty("sumOfAllEntries") private long sumOfAllEntries;

    private LedgerCheck() {
    }

    public long accounts() { return accounts; }
    public long mismatchedAccounts() { return mismatchedAccounts; }
    public long sumOfAllEntries() { return sumOfAllEntries; }

    public boolean sound() {
        return mismatchedAccounts == 0 && sumOfAllEntries == 0;
    }
}
