package org.jiceng.platform.deliberation.domain;

/**
 * Who may vote, as a snapshot taken when the vote opens: the council's members of the current term; the households
 * of a set of nodes, one vote each; the adult residents the register has verified as living in those nodes (bound to
 * a household there); the residents' group representatives of those nodes; or the owners of the
 * property units in those nodes, each counted once by head with the floor area of all their units there.
 */
public enum Electorate {
    COUNCIL_MEMBERS, HOUSEHOLDS, RESIDENTS, REPRESENTATIVES, OWNERS;

    public boolean needsNodes() {
        return this != COUNCIL_MEMBERS;
    }
}
