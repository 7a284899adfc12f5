package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Parameters of {@link PartyOrganizationService#appoint}.
 * Required: {@code memberId}, {@code title}, {@code startedOn}.
 */
public final class PartyPostParams {
    @JsonProperty("memberId")
    private final String memberId;
    @JsonProperty("title")
    private final PostTitle title;
    @JsonProperty("startedOn")
    private final LocalDate startedOn;

    private PartyPostParams(Builder b) {
        this.memberId = Objects.requireNonNull(b.memberId, "memberId is required");
        this.title = Objects.requireNonNull(b.title, "title is required");
        this.startedOn = Objects.requireNonNull(b.startedOn, "startedOn is required");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A member on the roster of the organisation or of one below it. */
    public String memberId() {
        return memberId;
    }

    public PostTitle title() {
        return title;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.memberId = memberId;
        b.title = title;
        b.startedOn = startedOn;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PartyPostParams)) {
            return false;
        }
        PartyPostParams other = (PartyPostParams) o;
        return Objects.equals(memberId, other.memberId)
                && Objects.equals(title, other.title)
                && Objects.equals(startedOn, other.startedOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(memberId, title, startedOn);
    }

    /** Builder of {@link PartyPostParams}. */
    public static final class Builder {
        private String memberId;
        private PostTitle title;
        private LocalDate startedOn;

        private Builder() {
        }

        /** A member on the roster of the organisation or of one below it. */
        public Builder memberId(String memberId) {
            this.memberId = memberId;
            return this;
        }

        public Builder title(PostTitle title) {
            this.title = title;
            return this;
        }

        public Builder startedOn(LocalDate startedOn) {
            this.startedOn = startedOn;
            return this;
        }

        public PartyPostParams build() {
            return new PartyPostParams(this);
        }
    }
}
