package org.jiceng.platform.casework.application;

import org.jiceng.platform.casework.domain.GovernanceRates;
import org.jiceng.platform.casework.domain.GroupCounts;
import org.jiceng.platform.shared.tenant.TenantSettings;

import java.time.LocalDate;
import java.util.List;

/** The statistics of one period, one group per grid node of the chosen level, best score first. */
public record CaseStatsView(LocalDate from, LocalDate to, String groupBy, TenantSettings.ScoreWeights weights,
                            List<Group> groups) {

    /** One group's counts, rates, score and rank (1 = best; groups without a score come last, unranked). */
    public record Group(GroupCounts counts, GovernanceRates rates, Integer rank) {
    }
}
