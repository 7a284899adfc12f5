package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a voter learns back: the ballot counted; for an open vote, the ballot itself.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class BallotReceipt {
    @JsonProperty("voteId")
    private String voteId;
    @JsonProperty("electorId")
    private String electorId;
    @JsonProperty("secret")
    private boolean secret;
    @JsonProperty("ballot")
    private Ballot ballot;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private BallotReceipt() {
    }

    public String voteId() {
        return voteId;
    }

    public String electorId() {
        return electorId;
    }

    public boolean secret() {
        return secret;
    }

    public Optional<Ballot> ballot() {
        return Optional.ofNullable(ballot);
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
        return new Builder(new BallotReceipt());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static BallotReceipt copy(BallotReceipt from) {
        BallotReceipt c = new BallotReceipt();
        c.voteId = from.voteId;
        c.electorId = from.electorId;
        c.secret = from.secret;
        c.ballot = from.ballot;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof BallotReceipt)) {
            return false;
        }
        BallotReceipt other = (BallotReceipt) o;
        return Objects.equals(voteId, other.voteId)
                && Objects.equals(electorId, other.electorId)
                && secret == other.secret
                && Objects.equals(ballot, other.ballot)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(voteId, electorId, secret);
    }

    @Override
    public String toString() {
        return "BallotReceipt{" + "voteId=" + voteId + ", " + "electorId=" + electorId + ", " + "secret=" + secret + "}";
    }

    /** Builds a {@link BallotReceipt}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final BallotReceipt building;

        private Builder(BallotReceipt building) {
            this.building = building;
        }

        public Builder voteId(String voteId) {
            building.voteId = voteId;
            return this;
        }

        public Builder electorId(String electorId) {
            building.electorId = electorId;
            return this;
        }

        public Builder secret(boolean secret) {
            building.secret = secret;
            return this;
        }

        public Builder ballot(Ballot ballot) {
            building.ballot = ballot;
            return this;
        }

        public BallotReceipt build() {
            return copy(building);
        }
    }
}
