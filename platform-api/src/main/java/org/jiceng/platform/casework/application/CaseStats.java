package org.jiceng.platform.casework.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jiceng.platform.casework.domain.CaseStatistics;
import org.jiceng.platform.casework.domain.GovernanceRates;
import org.jiceng.platform.casework.domain.GroupCounts;
import org.jiceng.platform.grid.domain.GridLevel;
import org.jiceng.platform.grid.domain.GridRepository;
import org.jiceng.platform.shared.domain.RecordNotFound;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.security.Caller;
import org.jiceng.platform.shared.security.CallerContext;
import org.jiceng.platform.shared.security.Permission;
import org.jiceng.platform.shared.tenant.TenantSettings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The governance rates that rank streets (or any level): counts per grid subtree over a period of the tenant's
 * calendar, the three rates, the composite score with the tenant's weights, and the ranking by that score.
 */
@ApplicationScoped
@Transactional
public class CaseStats {
    private static final int MAX_DAYS = 366;

    @Inject
    CaseStatistics statistics;
    @Inject
    GridRepository grids;
    @Inject
    CallerContext callers;
    @Inject
    Clock clock;
    @Inject
    CaseScopes scopes;

    /** {@code from} inclusive, {@code to} exclusive, as dates in the tenant's time zone; default this month. */
    public CaseStatsView stats(String groupBy, Optional<String> gridId, Optional<String> categoryCode,
                               Optional<LocalDate> from, Optional<LocalDate> to) {
        Caller caller = callers.get();
        caller.require(Permission.CASES_READ);
        GridLevel level = GridLevel.parse("groupBy", groupBy == null ? "STREET" : groupBy);
        ZoneId zone = ZoneId.of(caller.tenant().settings().timeZone());
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        LocalDate start = from.orElse(now.atZoneSameInstant(zone).toLocalDate().withDayOfMonth(1));
        LocalDate end = to.orElse(start.plusMonths(1));
        if (!end.isAfter(start)) {
            throw new RuleViolation("to", "must be after from");
        }
        if (start.plusDays(MAX_DAYS).isBefore(end)) {
            throw new RuleViolation("to", "a period is at most " + MAX_DAYS + " days");
        }
        Optional<org.jiceng.platform.grid.domain.GridNode> node = gridId.map(id -> grids.find(id)
                .orElseThrow(() -> new RecordNotFound("grid", id)));
        if (!scopes.of(caller).all()) {
            // a street officer ranks within their own street, never the whole tenant
            scopes.requireGridInReach(caller, node.orElseThrow(() -> new org.jiceng.platform.shared.security
                    .AccessDenied("Give the gridId of a grid you are assigned to")));
        }
        Optional<String> within = node.map(org.jiceng.platform.grid.domain.GridNode::path);
        List<GroupCounts> counts = statistics.countByGroup(level, within, categoryCode,
                start.atStartOfDay(zone).toOffsetDateTime(), end.atStartOfDay(zone).toOffsetDateTime(), now);
        TenantSettings.ScoreWeights weights = caller.tenant().settings().scoreWeights();
        List<CaseStatsView.Group> groups = new ArrayList<>();
        for (GroupCounts c : counts) {
            groups.add(new CaseStatsView.Group(c, GovernanceRates.of(c, weights), null));
        }
        groups.sort(Comparator.comparing((CaseStatsView.Group g) -> g.rates().score(),
                Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(g -> g.counts().code()));
        List<CaseStatsView.Group> ranked = new ArrayList<>();
        int rank = 0;
        Double previous = null;
        for (int i = 0; i < groups.size(); i++) {
            CaseStatsView.Group g = groups.get(i);
            Double score = g.rates().score();
            if (score != null && !score.equals(previous)) {
                rank = i + 1; // equal scores share a rank
            }
            previous = score;
            ranked.add(new CaseStatsView.Group(g.counts(), g.rates(), score == null ? null : rank));
        }
        return new CaseStatsView(start, end, level.name(), weights, ranked);
    }

    /** One month of a node's series. */
    public record Month(java.time.YearMonth month, GroupCounts counts, GovernanceRates rates) {
    }

    /** A node's monthly series: the same counts and rates {@link #stats} gives for each month of [from, to). */
    public record Trend(org.jiceng.platform.grid.domain.GridNode node, java.time.YearMonth from,
                        java.time.YearMonth to, List<Month> months) {
    }

    /**
     * The node's (default the tenant's root) counts and rates month by month over [from, to), months of the
     * tenant's calendar; by default the six months up to and including this one. Each month is exactly what
     * {@link #stats} reports for that node and month.
     */
    public Trend trend(Optional<String> gridId, Optional<String> categoryCode, Optional<java.time.YearMonth> from,
                       Optional<java.time.YearMonth> to) {
        Caller caller = callers.get();
        caller.require(Permission.CASES_READ);
        ZoneId zone = ZoneId.of(caller.tenant().settings().timeZone());
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        org.jiceng.platform.shared.domain.MonthSpan span = org.jiceng.platform.shared.domain.MonthSpan.of(from, to,
                java.time.YearMonth.from(now.atZoneSameInstant(zone)));
        org.jiceng.platform.grid.domain.GridNode node = gridId.map(id -> grids.find(id)
                        .orElseThrow(() -> new RecordNotFound("grid", id)))
                .orElseGet(() -> grids.root().orElseThrow(() -> new RecordNotFound("grid", "root")));
        if (!scopes.of(caller).all()) {
            if (gridId.isEmpty()) {
                throw new org.jiceng.platform.shared.security.AccessDenied("Give the gridId of a grid you are "
                        + "assigned to");
            }
            scopes.requireGridInReach(caller, node);
        }
        TenantSettings.ScoreWeights weights = caller.tenant().settings().scoreWeights();
        List<Month> months = new ArrayList<>();
        for (java.time.YearMonth m : span.months()) {
            GroupCounts c = statistics.countByGroup(node.level(), Optional.of(node.path()), categoryCode,
                            m.atDay(1).atStartOfDay(zone).toOffsetDateTime(),
                            m.plusMonths(1).atDay(1).atStartOfDay(zone).toOffsetDateTime(), now).stream()
                    .filter(g -> g.gridId().equals(node.id())).findFirst()
                    .orElseGet(() -> new GroupCounts(node.id(), node.code(), node.name(), 0, 0, 0, 0, 0, 0, 0, 0, 0,
                            null, 0, 0, java.util.Map.of(), java.util.Map.of()));
            months.add(new Month(m, c, GovernanceRates.of(c, weights)));
        }
        return new Trend(node, span.from(), span.to(), months);
    }
}
