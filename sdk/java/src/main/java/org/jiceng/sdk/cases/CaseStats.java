package org.jiceng.sdk.cases;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Governance statistics of one period: per grid subtree the counts, the three rates (response, resolution,
 * satisfaction), the composite score with the tenant's weights, and the rank, best first. Immutable.
 */
public final class CaseStats {
    @JsonProperty("from") private LocalDate from;
    @JsonProperty("to") private LocalDate to;
    @JsonProperty("groupBy") private String groupBy;
    @JsonProperty("groups") private List<Group> groups = List.of();

    private CaseStats() {
    }

    public LocalDate from() { return from; }
    /** Exclusive. */
    public LocalDate to() { return to; }
    public String groupBy() { return groupBy; }
    /** Best score first. */
    public List<Group> groups() { return groups; }

    /** The group of a grid node, by code. */
    public Optional<Group> group(String code) {
        return groups.stream().filter(g -> g.code.equals(code)).findFirst();
    }

    /** One grid subtree's figures. */
    public static final class Group {
        @JsonProperty("gridId") private String gridId;
        @JsonProperty("code") private String code;
        @JsonProperty("name") private String name;
        @JsonProperty("rank") private Integer rank;
        @JsonProperty("score") private Double score;
        @JsonProperty("responseRate") private Double responseRate;
        @JsonProperty("resolutionRate") private Double resolutionRate;
        @JsonProperty("satisfactionRate") private Double satisfactionRate;
        @JsonProperty("reported") private long reported;
        @JsonProperty("rejected") private long rejected;
        @JsonProperty("accepted") private long accepted;
        @JsonProperty("closed") private long closed;
        @JsonProperty("acknowledgementsDue") private long acknowledgementsDue;
        @JsonProperty("acknowledgedOnTime") private long acknowledgedOnTime;
        @JsonProperty("evaluated") private long evaluated;
        @JsonProperty("satisfied") private long satisfied;
        @JsonProperty("rework") private long rework;
        @JsonProperty("meanHoursToClose") private Double meanHoursToClose;
        @JsonProperty("overdueNow") private long overdueNow;
        @JsonProperty("byStatus") private java.util.Map<String, Long> byStatus = java.util.Map.of();

        private Group() {
        }

        public String gridId() { return gridId; }
        public String code() { return code; }
        public String name() { return name; }
        public Optional<Integer> rank() { return Optional.ofNullable(rank); }
        public Optional<Double> score() { return Optional.ofNullable(score); }
        public Optional<Double> responseRate() { return Optional.ofNullable(responseRate); }
        public Optional<Double> resolutionRate() { return Optional.ofNullable(resolutionRate); }
        public Optional<Double> satisfactionRate() { return Optional.ofNullable(satisfactionRate); }
        public long reported() { return reported; }
        public long rejected() { return rejected; }
        public long accepted() { return accepted; }
        public long closed() { return closed; }
        public long acknowledgementsDue() { return acknowledgementsDue; }
        public long acknowledgedOnTime() { return acknowledgedOnTime; }
        public long evaluated() { return evaluated; }
        public long satisfied() { return satisfied; }
        public long rework() { return rework; }
        public Optional<Double> meanHoursToClose() { return Optional.ofNullable(meanHoursToClose); }
        public long overdueNow() { return overdueNow; }
        /** Cases reported in the period by the state they are in now. */
        public java.util.Map<String, Long> byStatus() { return java.util.Collections.unmodifiableMap(byStatus); }
    }
}
