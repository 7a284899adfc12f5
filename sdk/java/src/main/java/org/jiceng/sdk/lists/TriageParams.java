package org.jiceng.sdk.lists;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@link NeedService#triage}.
 * Required: {@code route}.
 */
public final class TriageParams {
    @JsonProperty("route")
    private final NeedRoute route;
    @JsonProperty("resourceIds")
    private final List<String> resourceIds;
    @JsonProperty("reason")
    private final String reason;
    @JsonProperty("escalation")
    private final Escalation escalation;

    private TriageParams(Builder b) {
        this.route = Objects.requireNonNull(b.route, "route is required");
        this.resourceIds = b.resourceIds == null ? null : List.copyOf(b.resourceIds);
        this.reason = b.reason;
        this.escalation = b.escalation;
    }

    public static Builder builder() {
        return new Builder();
    }

    public NeedRoute route() {
        return route;
    }

    /** For COMMUNITY: the resources that meet it. */
    public Optional<List<String>> resourceIds() {
        return Optional.ofNullable(resourceIds);
    }

    /** For DECLINED. */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    /** For ESCALATE. */
    public Optional<Escalation> escalation() {
        return Optional.ofNullable(escalation);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.route = route;
        b.resourceIds = resourceIds;
        b.reason = reason;
        b.escalation = escalation;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof TriageParams)) {
            return false;
        }
        TriageParams other = (TriageParams) o;
        return Objects.equals(route, other.route)
                && Objects.equals(resourceIds, other.resourceIds)
                && Objects.equals(reason, other.reason)
                && Objects.equals(escalation, other.escalation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(route, resourceIds, reason, escalation);
    }

    /** Builder of {@link TriageParams}. */
    public static final class Builder {
        private NeedRoute route;
        private List<String> resourceIds;
        private String reason;
        private Escalation escalation;

        private Builder() {
        }

        public Builder route(NeedRoute route) {
            this.route = route;
            return this;
        }

        /** For COMMUNITY: the resources that meet it. */
        public Builder resourceIds(List<String> resourceIds) {
            this.resourceIds = resourceIds;
            return this;
        }

        /** For DECLINED. */
        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        /** For ESCALATE. */
        public Builder escalation(Escalation escalation) {
            this.escalation = escalation;
            return this;
        }

        public TriageParams build() {
            return new TriageParams(this);
        }
    }
}
