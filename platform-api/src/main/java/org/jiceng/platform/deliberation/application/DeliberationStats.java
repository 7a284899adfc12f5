package org.jiceng.platform.deliberation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jiceng.platform.deliberation.domain.DeliberationStatistics;
import org.jiceng.platform.grid.domain.GridNode;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.security.Permission;

import java.time.LocalDate;
import java.time.ZoneId;

/** Deliberation statistics of a subtree and period, for staff. */
@ApplicationScoped
@Transactional
public class DeliberationStats {
    @Inject
    Venues venues;
    @Inject
    DeliberationStatistics statistics;

    public DeliberationStatistics.Figures of(String gridId, LocalDate from, LocalDate to) {
        var caller = venues.caller();
        caller.require(Permission.DELIBERATION_READ);
        if (from == null || to == null || to.isBefore(from)) {
            throw new RuleViolation("to", "a date on or after from");
        }
        if (to.isAfter(from.plusYears(5))) {
            throw new RuleViolation("to", "within five years of from");
        }
        GridNode n = venues.node("gridId", gridId);
        LocalDate today = venues.now().atZoneSameInstant(ZoneId.of(caller.tenant().settings().timeZone()))
                .toLocalDate();
        return statistics.of(n.path(), from, to, today);
    }
}
