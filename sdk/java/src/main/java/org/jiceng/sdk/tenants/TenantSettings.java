package org.jiceng.sdk.tenants;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Collections;
import java.util.List;

/** A tenant's own settings: language, time zone, case-number prefix, CORS origins and rate limit. Immutable. */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class TenantSettings {
    @JsonProperty("locale")
    private String locale;
    @JsonProperty("timeZone")
    private String timeZone;
    @JsonProperty("caseNumberPrefix")
    private String caseNumberPrefix;
    @JsonProperty("allowedOrigins")
    private List<String> allowedOrigins = List.of();
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

    private TenantSettings() {
    }

    /** {@code zh-CN} or {@code en}. */
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
        return Collections.unmodifiableList(allowedOrigins);
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

    /**
     * Who may not verify a resolved case: {@code UNIT} (nobody assigned to the unit that resolved it),
     * {@code SUBJECT} (not the person who resolved it) or {@code OFF}.
     */
    public String verificationSeparation() {
        return verificationSeparation;
    }

    /** Days after a case closes that its reporter's name and phone are kept before they are erased. */
    public int contactRetentionDays() {
        return contactRetentionDays;
    }

    /** Weights of the three rates, in percent, adding up to 100. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static final class ScoreWeights {
        @JsonProperty("response")
        private int response;
        @JsonProperty("resolution")
        private int resolution;
        @JsonProperty("satisfaction")
        private int satisfaction;

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
    }

    @Override
    public String toString() {
        return "TenantSettings{locale=" + locale + ", timeZone=" + timeZone + ", caseNumberPrefix=" + caseNumberPrefix
                + ", allowedOrigins=" + allowedOrigins + ", rateLimitPerMinute=" + rateLimitPerMinute + "}";
    }
}
