package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Objects;
import java.util.Optional;

/**
 * A consultation's outcome for {@link TopicService#decide}.
 * Required: {@code text}.
 */
public final class TopicDecideParams {
    @JsonProperty("kind")
    private final DecisionKind kind;
    @JsonProperty("text")
    private final String text;
    @JsonProperty("fundedBy")
    private final String fundedBy;

    private TopicDecideParams(Builder b) {
        this.kind = b.kind;
        this.text = Objects.requireNonNull(b.text, "text is required");
        this.fundedBy = b.fundedBy;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Default RESOLUTION. */
    public Optional<DecisionKind> kind() {
        return Optional.ofNullable(kind);
    }

    public String text() {
        return text;
    }

    public Optional<String> fundedBy() {
        return Optional.ofNullable(fundedBy);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.kind = kind;
        b.text = text;
        b.fundedBy = fundedBy;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof TopicDecideParams)) {
            return false;
        }
        TopicDecideParams other = (TopicDecideParams) o;
        return Objects.equals(kind, other.kind)
                && Objects.equals(text, other.text)
                && Objects.equals(fundedBy, other.fundedBy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, text, fundedBy);
    }

    /** Builder of {@link TopicDecideParams}. */
    public static final class Builder {
        private DecisionKind kind;
        private String text;
        private String fundedBy;

        private Builder() {
        }

        /** Default RESOLUTION. */
        public Builder kind(DecisionKind kind) {
            this.kind = kind;
            return this;
        }

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        public Builder fundedBy(String fundedBy) {
            this.fundedBy = fundedBy;
            return this;
        }

        public TopicDecideParams build() {
            return new TopicDecideParams(this);
        }
    }
}
