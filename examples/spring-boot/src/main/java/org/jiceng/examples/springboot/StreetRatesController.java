package org.jiceng.examples.springboot;

import org.jiceng.sdk.JicengClient;
import org.jiceng.sdk.cases.CaseStats;
import org.jiceng.sdk.cases.CaseStatsParams;
import org.jiceng.sdk.grids.GridLevel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/** The district's streets ranked by the three rates (response, resolution, satisfaction), as the platform reports them. */
@RestController
public class StreetRatesController {
    private final JicengClient jiceng;

    public StreetRatesController(JicengClient jiceng) {
        this.jiceng = jiceng;
    }

    /** One street's line of the ranking. */
    public record StreetRates(String gridId, String code, String name, Integer rank, Double score,
                              Double responseRate, Double resolutionRate, Double satisfactionRate, long reported,
                              long closed, long overdueNow) {
    }

    @GetMapping("/streets/rates")
    public List<StreetRates> rates(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        CaseStats stats = jiceng.cases().stats(CaseStatsParams.builder().groupBy(GridLevel.STREET).from(from).to(to)
                .build());
        return stats.groups().stream().map(g -> new StreetRates(g.gridId(), g.code(), g.name(), g.rank().orElse(null),
                g.score().orElse(null), g.responseRate().orElse(null), g.resolutionRate().orElse(null),
                g.satisfactionRate().orElse(null), g.reported(), g.closed(), g.overdueNow())).toList();
    }
}
