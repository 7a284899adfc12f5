package org.jiceng.platform.deliberation.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * One line of a vote's roll: who may vote (a council member, household, resident, representative or owner, with the
 * weight it carries: floor area for owners, else 1) and whether they have. It names no ballot; for a secret vote it
 * keeps no time either.
 */
public record Elector(String id, String refKind, String refId, BigDecimal weight, boolean voted,
                      String paperRecordedBy, OffsetDateTime castAt) {
    public Optional<String> paperRecordedByOpt() {
        return Optional.ofNullable(paperRecordedBy);
    }
}
