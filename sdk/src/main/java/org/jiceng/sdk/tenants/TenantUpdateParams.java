package org.jiceng.sdk.tenants;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A merge patch of a tenant's name and settings for {@link TenantService#update}; unset fields stay as they are. */
public final class TenantUpdateParams {
    private final Map<String, Object> patch;

    private TenantUpdateParams(Builder b) {
        patch = new LinkedHashMap<>();
        if (b.name != null) {
            patch.put("name", b.name);
        }
        if (!b.settings.isEmpty()) {
            patch.put("settings", Map.copyOf(b.settings));
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    Map<String, Object> toPatch() {
        return patch;
    }

    /** Builder of {@link TenantUpdateParams}. */
    public static final class Builder {
        private String name;
        private final Map<String, Object> settings = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder locale(String locale) {
            settings.put("locale", locale);
            return this;
        }

        public Builder timeZone(String timeZone) {
            settings.put("timeZone", timeZone);
            return this;
        }

        public Builder caseNumberPrefix(String prefix) {
            settings.put("caseNumberPrefix", prefix);
            return this;
        }

        public Builder allowedOrigins(List<String> origins) {
            settings.put("allowedOrigins", List.copyOf(origins));
            return this;
        }

        public Builder rateLimitPerMinute(int limit) {
            settings.put("rateLimitPerMinute", limit);
            return this;
        }

        /** Percent weights of the response, resolution and satisfaction rates in the score; they add up to 100. */
        public Builder scoreWeights(int response, int resolution, int satisfaction) {
            settings.put("scoreWeights", Map.of("response", response, "resolution", resolution,
                    "satisfaction", satisfaction));
            return this;
        }

        /** Days after closing within which an unsatisfied resident may reopen a case (0–365). */
        public Builder caseReopenDays(int days) {
            settings.put("caseReopenDays", days);
            return this;
        }

        public TenantUpdateParams build() {
            return new TenantUpdateParams(this);
        }
    }
}
