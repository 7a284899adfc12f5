package org.jiceng.platform.deliberation.domain;

/** A resolution decides a matter once; a convention (居民公约, 村规民约) is standing text, revised by later topics. */
public enum DecisionKind {
    RESOLUTION, CONVENTION
}
