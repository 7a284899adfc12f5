package org.jiceng.sdk.tenants;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A tenant's settings: language, time zone, case numbers, browser origins, limits, score weights.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class TenantSettings {
    @JsonProperty("locale")
    private String locale;
    @JsonProperty("timeZone")
    private String timeZone;
    @JsonProperty("caseNumberPrefix")
    private String caseNumberPrefix;
    @JsonProperty("allowedOrigins")
    private List<String> allowedOrigins;
    @JsonProperty("rateLimitPerMinute")
    private int rateLimitPerMinute;
    @JsonProperty("caseReopenDays")
    private int caseReopenDays;
    @JsonProperty("scoreWeights")
    private ScoreWeights scoreWeights;
    @JsonProperty("verificationSeparation")
    private String verificationSeparation;
    @JsonProperty("contactRetentionDays")
    private int contactRetentionDays;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private TenantSettings() {
    }

    /** {@code zh-CN} or {@code en}: the language of problem details when a caller asks for none. */
    public String locale() {
        return locale;
    }

    public String timeZone() {
        return timeZone;
    }

    public String caseNumberPrefix() {
        return caseNumberPrefix;
    }

    public List<String> allowedOrigins() {
        return allowedOrigins;
    }

    public int rateLimitPerMinute() {
        return rateLimitPerMinute;
    }

    /** Days after closing within which an unsatisfied resident may reopen a case. */
    public int caseReopenDays() {
        return caseReopenDays;
    }

    /** Percent weights of the response, resolution and satisfaction rates in a street's score. */
    public ScoreWeights scoreWeights() {
        return scoreWeights;
    }

    /** Who may not verify a resolved case: {@code UNIT}, {@code SUBJECT} or {@code OFF}. */
    public String verificationSeparation() {
        return verificationSeparation;
    }

    /** Days after a case closes that its reporter's name and phone are kept. */
    public int contactRetentionDays() {
        return contactRetentionDays;
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
        return new Builder(new TenantSettings());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static TenantSettings copy(TenantSettings from) {
        TenantSettings c = new TenantSettings();
        c.locale = from.locale;
        c.timeZone = from.timeZone;
        c.caseNumberPrefix = from.caseNumberPrefix;
        c.allowedOrigins = from.allowedOrigins;
        c.rateLimitPerMinute = from.rateLimitPerMinute;
        c.caseReopenDays = from.caseReopenDays;
        c.scoreWeights = from.scoreWeights;
        c.verificationSeparation = from.verificationSeparation;
        c.contactRetentionDays = from.contactRetentionDays;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof TenantSettings)) {
            return false;
        }
        TenantSettings other = (TenantSettings) o;
        return Objects.equals(locale, other.locale)
                && Objects.equals(timeZone, other.timeZone)
                && Objects.equals(caseNumberPrefix, other.caseNumberPrefix)
                && Objects.equals(allowedOrigins, other.allowedOrigins)
                && rateLimitPerMinute == other.rateLimitPerMinute
                && caseReopenDays == other.caseReopenDays
                && Objects.equals(scoreWeights, other.scoreWeights)
                && Objects.equals(verificationSeparation, other.verificationSeparation)
                && contactRetentionDays == other.contactRetentionDays
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(locale, timeZone, caseNumberPrefix);
    }

    @Override
    public String toString() {
        return "TenantSettings{" + "locale=" + locale + ", " + "timeZone=" + timeZone + ", " + "caseNumberPrefix=" + caseNumberPrefix + ", " + "allowedOrigins=" + allowedOrigins + "}";
    }

    /** Builds a {@link TenantSettings}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final TenantSettings building;

        private Builder(TenantSettings building) {
            this.building = building;
        }

        public Builder locale(String locale) {
            building.locale = locale;
            return this;
        }

        public Builder timeZone(String timeZone) {
            building.timeZone = timeZone;
            return this;
        }

        public Builder caseNumberPrefix(String caseNumberPrefix) {
            building.caseNumberPrefix = caseNumberPrefix;
            return this;
        }

        public Builder allowedOrigins(List<String> allowedOrigins) {
            building.allowedOrigins = allowedOrigins == null ? null : List.copyOf(allowedOrigins);
            return this;
        }

        public Builder rateLimitPerMinute(int rateLimitPerMinute) {
            building.rateLimitPerMinute = rateLimitPerMinute;
            return this;
        }

        public Builder caseReopenDays(int caseReopenDays) {
            building.caseReopenDays = caseReopenDays;
            return this;
        }

        public Builder scoreWeights(ScoreWeights scoreWeights) {
            building.scoreWeights = scoreWeights;
            return this;
        }

        public Builder verificationSeparation(String verificationSeparation) {
            building.verificationSeparation = verificationSeparation;
            return this;
        }

        public Builder contactRetentionDays(int contactRetentionDays) {
            building.contactRetentionDays = contactRetentionDays;
            return this;
        }

        public TenantSettings build() {
            return copy(building);
        }
    }

    /**
     * Weights of the three rates, in percent, adding up to 100.
     * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
     */
    public static final class ScoreWeights {
        @JsonProperty("response")
        private int response;
        @JsonProperty("resolution")
        private int resolution;
        @JsonProperty("satisfaction")
        private int satisfaction;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private ScoreWeights() {
        }

        public int response() {
            return response;
        }

        public int resolution() {
            return resolution;
        }

        public int satisfaction() {
            return satisfaction;
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
            return new Builder(new ScoreWeights());
        }

        public Builder toBuilder() {
            return new Builder(copy(this));
        }

        private static ScoreWeights copy(ScoreWeights from) {
            ScoreWeights c = new ScoreWeights();
            c.response = from.response;
            c.resolution = from.resolution;
            c.satisfaction = from.satisfaction;
            c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
            return c;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof ScoreWeights)) {
                return false;
            }
            ScoreWeights other = (ScoreWeights) o;
            return response == other.response
                    && resolution == other.resolution
                    && satisfaction == other.satisfaction
                    && additionalProperties.equals(other.additionalProperties);
        }

        @Override
        public int hashCode() {
            return Objects.hash(response, resolution, satisfaction);
        }

        @Override
        public String toString() {
            return "ScoreWeights{" + "response=" + response + ", " + "resolution=" + resolution + ", " + "satisfaction=" + satisfaction + "}";
        }

        /** Builds a {@link ScoreWeights}, for tests and fixtures in applications that embed the SDK. */
        public static final class Builder {
            private final ScoreWeights building;

            private Builder(ScoreWeights building) {
                this.building = building;
            }

            public Builder response(int response) {
                building.response = response;
                return this;
            }

            public Builder resolution(int resolution) {
                building.resolution = resolution;
                return this;
            }

            public Builder satisfaction(int satisfaction) {
                building.satisfaction = satisfaction;
                return this;
            }

            public ScoreWeights build() {
                return copy(building);
            }
        }
    }
}
