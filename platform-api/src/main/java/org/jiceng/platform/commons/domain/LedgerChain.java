package org.jiceng.platform.commons.domain;

import org.bouncycastle.crypto.digests.SM3Digest;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * The hash chain over published ledger entries (SM3, GB/T 32905): each link is SM3 of the previous link and the
 * entry's canonical text, starting from 64 zeros for an account's first published entry and continuing across its
 * periods. Whoever changes a published entry in the database, even its owner, breaks every link from it on.
 */
public final class LedgerChain {
    public static final String GENESIS = "0".repeat(64);

    private LedgerChain() {
    }

    /** The canonical text of an entry: every field the published ledger shows, in a fixed order. */
    public static String canonical(FundEntry e) {
        return String.join("|", e.id(), e.accountId(), Long.toString(e.seq()), e.period(), e.direction().name(),
                Long.toString(e.amountFen()), e.occurredOn().toString(), e.category(), e.counterpartyKind().name(),
                String.valueOf(e.counterpartyShown()), e.attachmentsJson(), e.authorityKind().name(),
                e.authorityRef(), e.reversesEntryId().orElse(""));
    }

    /** The link after {@code previous} for {@code entry}. */
    public static String link(String previous, FundEntry entry) {
        SM3Digest sm3 = new SM3Digest();
        byte[] prev = previous.getBytes(StandardCharsets.US_ASCII);
        byte[] body = canonical(entry).getBytes(StandardCharsets.UTF_8);
        sm3.update(prev, 0, prev.length);
        sm3.update((byte) '\n');
        sm3.update(body, 0, body.length);
        byte[] out = new byte[sm3.getDigestSize()];
        sm3.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }
}
