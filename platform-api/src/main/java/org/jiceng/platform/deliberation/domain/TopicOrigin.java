package org.jiceng.platform.deliberation.domain;

/**
 * Who raised a topic: a resident (through a vendor's app or their own account), a Party member or organisation, a
 * grid worker, a council, a case that turned out to be a shared matter, or a need from the needs list.
 */
public enum TopicOrigin {
    RESIDENT, PARTY_MEMBER, PARTY_ORGANIZATION, GRID_WORKER, COUNCIL, CASE, NEED;

    /** Only residents' proposals wait for seconds; the others come from those who set agendas already. */
    public boolean needsSeconds() {
        return this == RESIDENT || this == PARTY_MEMBER;
    }
}
