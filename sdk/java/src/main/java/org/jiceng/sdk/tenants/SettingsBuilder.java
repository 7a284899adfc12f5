package org.jiceng.sdk.tenants;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tenant settings both registering and updating a tenant may set; unset ones are left out of the request. */
public abstract class SettingsBuilder<B extends SettingsBuilder<B>> {
    final Map<String, Object> settings = new LinkedHashMap<>();

    SettingsBuilder() {
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /** {@code zh-CN} or {@code en}. */
    public B locale(String locale) {
        settings.put("locale", locale);
        return self();
    }

    /** An IANA time zone such as {@code Asia/Shanghai}. */
    public B timeZone(String timeZone) {
        settings.put("timeZone", timeZone);
        return self();
    }

    /** 2–10 upper-case letters or digits, e.g. {@code SIP} in {@code SIP-2026-000123}. */
    public B caseNumberPrefix(String prefix) {
        settings.put("caseNumberPrefix", prefix);
        return self();
    }

    /** Browser origins of vendors' front ends, for CORS. */
    public B allowedOrigins(List<String> origins) {
        settings.put("allowedOrigins", List.copyOf(origins));
        return self();
    }

    public B rateLimitPerMinute(int limit) {
        settings.put("rateLimitPerMinute", limit);
        return self();
    }

    /** Percent weights of the response, resolution and satisfaction rates in the score; they add up to 100. */
    public B scoreWeights(int response, int resolution, int satisfaction) {
        settings.put("scoreWeights", Map.of("response", response, "resolution", resolution,
                "satisfaction", satisfaction));
        return self();
    }

    /** Days after closing within which an unsatisfied resident may reopen a case (0–365). */
    public B caseReopenDays(int days) {
        settings.put("caseReopenDays", days);
        return self();
    }

    /** Who may not verify a resolved case: UNIT (the default), SUBJECT or OFF. */
    public B verificationSeparation(String separation) {
        settings.put("verificationSeparation", separation);
        return self();
    }

    /** Days after a case closes that its reporter's name and phone are kept (1–3650; default 365). */
    public B contactRetentionDays(int days) {
        settings.put("contactRetentionDays", days);
        return self();
    }
}
