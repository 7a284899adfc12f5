package org.jiceng.sdk.cases;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Governance statistics of one period: per grid subtree the counts, the three rates (response, resolution, satisfaction), the composite score with the tenant's weights, and the rank, best first.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class CaseStats {
    @JsonProperty("from")
    private LocalDate from;
    @JsonProperty("to")
    private LocalDate to;
    @JsonProperty("groupBy")
    private String groupBy;
    @JsonProperty("groups")
    private List<Group> groups;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private CaseStats() {
    }

    public LocalDate from() {
        return from;
    }

    /** Exclusive. */
    public LocalDate to() {
        return to;
    }

    public String groupBy() {
        return groupBy;
    }

    /** Best score first. */
    public List<Group> groups() {
        return groups;
    }

    /** The group of a grid node, by code. */
    public java.util.Optional<Group> group(String code) {
        return groups == null ? java.util.Optional.empty()
                : groups.stream().filter(g -> code.equals(g.code())).findFirst();
    }

    /** JSON fields this SDK version does not model. */
    @JsonAnyGetter
    public Map<String, Object> additionalProperties() {
        return Collections.unmodifiableMap(additionalProperties);
    }

    @JsonAnySetter
    private void putAdditionalProperty(String key, Object value) {
        additionalProperties.put(key, value);
    }

    public static Builder builder() {
        return new Builder(new CaseStats());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static CaseStats copy(CaseStats from) {
        CaseStats c = new CaseStats();
        c.from = from.from;
        c.to = from.to;
        c.groupBy = from.groupBy;
        c.groups = from.groups;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CaseStats)) {
            return false;
        }
        CaseStats other = (CaseStats) o;
        return Objects.equals(from, other.from)
                && Objects.equals(to, other.to)
                && Objects.equals(groupBy, other.groupBy)
                && Objects.equals(groups, other.groups)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, to, groupBy);
    }

    @Override
    public String toString() {
        return "CaseStats{" + "from=" + from + ", " + "to=" + to + ", " + "groupBy=" + groupBy + ", " + "groups=" + groups + "}";
    }

    /** Builds a {@link CaseStats}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final CaseStats building;

        private Builder(CaseStats building) {
            this.building = building;
        }

        public Builder from(LocalDate from) {
            building.from = from;
            return this;
        }

        public Builder to(LocalDate to) {
            building.to = to;
            return this;
        }

        public Builder groupBy(String groupBy) {
            building.groupBy = groupBy;
            return this;
        }

        public Builder groups(List<Group> groups) {
            building.groups = groups == null ? null : List.copyOf(groups);
            return this;
        }

        public CaseStats build() {
            return copy(building);
        }
    }

    /**
     * One grid subtree's figures.
     * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
     */
    public static final class Group {
        @JsonProperty("gridId")
        private String gridId;
        @JsonProperty("code")
        private String code;
        @JsonProperty("name")
        private String name;
        @JsonProperty("rank")
        private Integer rank;
        @JsonProperty("score")
        private Double score;
        @JsonProperty("responseRate")
        private Double responseRate;
        @JsonProperty("resolutionRate")
        private Double resolutionRate;
        @JsonProperty("satisfactionRate")
        private Double satisfactionRate;
        @JsonProperty("reported")
        private long reported;
        @JsonProperty("rejected")
        private long rejected;
        @JsonProperty("accepted")
        private long accepted;
        @JsonProperty("closed")
        private long closed;
        @JsonProperty("acknowledgementsDue")
        private long acknowledgementsDue;
        @JsonProperty("acknowledgedOnTime")
        private long acknowledgedOnTime;
        @JsonProperty("evaluated")
        private long evaluated;
        @JsonProperty("satisfied")
        private long satisfied;
        @JsonProperty("rework")
        private long rework;
        @JsonProperty("meanHoursToClose")
        private Double meanHoursToClose;
        @JsonProperty("overdueNow")
        private long overdueNow;
        @JsonProperty("whistled")
        private long whistled;
        @JsonProperty("whistleRate")
        private Double whistleRate;
        @JsonProperty("byStatus")
        private Map<String,Long> byStatus;
        @JsonProperty("byCategory")
        private Map<String,Long> byCategory;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Group() {
        }

        public String gridId() {
            return gridId;
        }

        public String code() {
            return code;
        }

        public String name() {
            return name;
        }

        public Optional<Integer> rank() {
            return Optional.ofNullable(rank);
        }

        public Optional<Double> score() {
            return Optional.ofNullable(score);
        }

        public Optional<Double> responseRate() {
            return Optional.ofNullable(responseRate);
        }

        public Optional<Double> resolutionRate() {
            return Optional.ofNullable(resolutionRate);
        }

        public Optional<Double> satisfactionRate() {
            return Optional.ofNullable(satisfactionRate);
        }

        public long reported() {
            return reported;
        }

        public long rejected() {
            return rejected;
        }

        public long accepted() {
            return accepted;
        }

        public long closed() {
            return closed;
        }

        public long acknowledgementsDue() {
            return acknowledgementsDue;
        }

        public long acknowledgedOnTime() {
            return acknowledgedOnTime;
        }

        public long evaluated() {
            return evaluated;
        }

        public long satisfied() {
            return satisfied;
        }

        public long rework() {
            return rework;
        }

        public Optional<Double> meanHoursToClose() {
            return Optional.ofNullable(meanHoursToClose);
        }

        public long overdueNow() {
            return overdueNow;
        }

        /** Cases accepted in the period that a whistle (吹哨) escalated at least once. */
        public long whistled() {
            return whistled;
        }

        /** {@code whistled} ÷ accepted; empty without accepted cases. */
        public Optional<Double> whistleRate() {
            return Optional.ofNullable(whistleRate);
        }

        /** Cases reported in the period by the state they are in now. */
        public Map<String,Long> byStatus() {
            return byStatus;
        }

        /** Cases reported in the period by category code. */
        public Map<String,Long> byCategory() {
            return byCategory == null ? Collections.emptyMap() : byCategory;
        }

        /** JSON fields this SDK version does not model. */
        @JsonAnyGetter
        public Map<String, Object> additionalProperties() {
            return Collections.unmodifiableMap(additionalProperties);
        }

        @JsonAnySetter
        private void putAdditionalProperty(String key, Object value) {
            additionalProperties.put(key, value);
        }

        public static Builder builder() {
            return new Builder(new Group());
        }

        public Builder toBuilder() {
            return new Builder(copy(this));
        }

        private static Group copy(Group from) {
            Group c = new Group();
            c.gridId = from.gridId;
            c.code = from.code;
            c.name = from.name;
            c.rank = from.rank;
            c.score = from.score;
            c.responseRate = from.responseRate;
            c.resolutionRate = from.resolutionRate;
            c.satisfactionRate = from.satisfactionRate;
            c.reported = from.reported;
            c.rejected = from.rejected;
            c.accepted = from.accepted;
            c.closed = from.closed;
            c.acknowledgementsDue = from.acknowledgementsDue;
            c.acknowledgedOnTime = from.acknowledgedOnTime;
            c.evaluated = from.evaluated;
            c.satisfied = from.satisfied;
            c.rework = from.rework;
            c.meanHoursToClose = from.meanHoursToClose;
            c.overdueNow = from.overdueNow;
            c.whistled = from.whistled;
            c.whistleRate = from.whistleRate;
            c.byStatus = from.byStatus;
            c.byCategory = from.byCategory;
            c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
            return c;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof Group)) {
                return false;
            }
            Group other = (Group) o;
            return Objects.equals(gridId, other.gridId)
                    && Objects.equals(code, other.code)
                    && Objects.equals(name, other.name)
                    && Objects.equals(rank, other.rank)
                    && Objects.equals(score, other.score)
                    && Objects.equals(responseRate, other.responseRate)
                    && Objects.equals(resolutionRate, other.resolutionRate)
                    && Objects.equals(satisfactionRate, other.satisfactionRate)
                    && reported == other.reported
                    && rejected == other.rejected
                    && accepted == other.accepted
                    && closed == other.closed
                    && acknowledgementsDue == other.acknowledgementsDue
                    && acknowledgedOnTime == other.acknowledgedOnTime
                    && evaluated == other.evaluated
                    && satisfied == other.satisfied
                    && rework == other.rework
                    && Objects.equals(meanHoursToClose, other.meanHoursToClose)
                    && overdueNow == other.overdueNow
                    && whistled == other.whistled
                    && Objects.equals(whistleRate, other.whistleRate)
                    && Objects.equals(byStatus, other.byStatus)
                    && Objects.equals(byCategory, other.byCategory)
                    && additionalProperties.equals(other.additionalProperties);
        }

        @Override
        public int hashCode() {
            return Objects.hash(gridId, code, name);
        }

        @Override
        public String toString() {
            return "Group{" + "gridId=" + gridId + ", " + "code=" + code + ", " + "name=" + name + ", " + "rank=" + rank + "}";
        }

        /** Builds a {@link Group}, for tests and fixtures in applications that embed the SDK. */
        public static final class Builder {
            private final Group building;

            private Builder(Group building) {
                this.building = building;
            }

            public Builder gridId(String gridId) {
                building.gridId = gridId;
                return this;
            }

            public Builder code(String code) {
                building.code = code;
                return this;
            }

            public Builder name(String name) {
                building.name = name;
                return this;
            }

            public Builder rank(Integer rank) {
                building.rank = rank;
                return this;
            }

            public Builder score(Double score) {
                building.score = score;
                return this;
            }

            public Builder responseRate(Double responseRate) {
                building.responseRate = responseRate;
                return this;
            }

            public Builder resolutionRate(Double resolutionRate) {
                building.resolutionRate = resolutionRate;
                return this;
            }

            public Builder satisfactionRate(Double satisfactionRate) {
                building.satisfactionRate = satisfactionRate;
                return this;
            }

            public Builder reported(long reported) {
                building.reported = reported;
                return this;
            }

            public Builder rejected(long rejected) {
                building.rejected = rejected;
                return this;
            }

            public Builder accepted(long accepted) {
                building.accepted = accepted;
                return this;
            }

            public Builder closed(long closed) {
                building.closed = closed;
                return this;
            }

            public Builder acknowledgementsDue(long acknowledgementsDue) {
                building.acknowledgementsDue = acknowledgementsDue;
                return this;
            }

            public Builder acknowledgedOnTime(long acknowledgedOnTime) {
                building.acknowledgedOnTime = acknowledgedOnTime;
                return this;
            }

            public Builder evaluated(long evaluated) {
                building.evaluated = evaluated;
                return this;
            }

            public Builder satisfied(long satisfied) {
                building.satisfied = satisfied;
                return this;
            }

            public Builder rework(long rework) {
                building.rework = rework;
                return this;
            }

            public Builder meanHoursToClose(Double meanHoursToClose) {
                building.meanHoursToClose = meanHoursToClose;
                return this;
            }

            public Builder overdueNow(long overdueNow) {
                building.overdueNow = overdueNow;
                return this;
            }

            public Builder whistled(long whistled) {
                building.whistled = whistled;
                return this;
            }

            public Builder whistleRate(Double whistleRate) {
                building.whistleRate = whistleRate;
                return this;
            }

            public Builder byStatus(Map<String,Long> byStatus) {
                building.byStatus = byStatus;
                return this;
            }

            public Builder byCategory(Map<String,Long> byCategory) {
                building.byCategory = byCategory;
                return this;
            }

            public Group build() {
                return copy(building);
            }
        }
    }
}
