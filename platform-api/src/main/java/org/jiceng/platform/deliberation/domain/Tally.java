package org.jiceng.platform.deliberation.domain;

import java.math.BigDecimal;

/**
 * The numbers a vote is decided on: the electorate (by head and, for owners, by floor area) and the ballots cast
 * for each choice. Areas are zero where the electorate has none.
 */
public record Tally(int entitled, BigDecimal entitledArea, int yes, int no, int abstain, BigDecimal yesArea,
                    BigDecimal noArea, BigDecimal abstainArea) {

    /** A tally by head only. */
    public static Tally ofHeads(int entitled, int yes, int no, int abstain) {
        return new Tally(entitled, BigDecimal.ZERO, yes, no, abstain, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO);
    }

    public int cast() {
        return yes + no + abstain;
    }

    public BigDecimal castArea() {
        return yesArea.add(noArea).add(abstainArea);
    }
}
