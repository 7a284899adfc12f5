package org.jiceng.platform.deliberation.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A ballot as kept: an open vote's names its elector and time; a secret vote's has a random id, its choice and its
 * weight, nothing else ({@code electorId} and {@code castAt} null).
 */
public record Ballot(String id, Choice choice, BigDecimal weight, String electorId, OffsetDateTime castAt) {
}
