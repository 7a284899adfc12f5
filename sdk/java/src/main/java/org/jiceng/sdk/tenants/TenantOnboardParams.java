package org.jiceng.sdk.tenants;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Parameters of {@link TenantService#onboard}: the registration without an issuer (the platform creates the realm),
 * and the first tenant admin. Settings left unset take the platform's defaults; allowed origins, when set, also get
 * the vendor's browser client {@code <code>-web}.
 */
public final class TenantOnboardParams {
    private final Map<String, Object> body;

    private TenantOnboardParams(Builder b) {
        body = new LinkedHashMap<>();
        body.put("code", Objects.requireNonNull(b.code, "code"));
        body.put("name", Objects.requireNonNull(b.name, "name"));
        body.put("kind", Objects.requireNonNull(b.kind, "kind"));
        body.put("divisionCode", Objects.requireNonNull(b.divisionCode, "divisionCode"));
        if (b.adminUsername != null) {
            body.put("adminUsername", b.adminUsername);
        }
        if (b.adminEmail != null) {
            body.put("adminEmail", b.adminEmail);
        }
        if (!b.settings.isEmpty()) {
            body.put("settings", Map.copyOf(b.settings));
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    Map<String, Object> toBody() {
        return body;
    }

    /** Builder of {@link TenantOnboardParams}; code, name, kind and division code are required. */
    public static final class Builder extends SettingsBuilder<Builder> {
        private String code;
        private String name;
        private String kind;
        private String divisionCode;
        private String adminUsername;
        private String adminEmail;

        private Builder() {
        }

        /** 2–31 lower-case letters, digits or dashes; the realm is {@code jiceng-<code>}. */
        public Builder code(String code) {
            this.code = code;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** {@code CITY} or {@code DISTRICT}. */
        public Builder kind(String kind) {
            this.kind = kind;
            return this;
        }

        public Builder divisionCode(String divisionCode) {
            this.divisionCode = divisionCode;
            return this;
        }

        /** The first tenant admin, who signs in with a temporary password and must change it. */
        public Builder adminUsername(String adminUsername) {
            this.adminUsername = adminUsername;
            return this;
        }

        public Builder adminEmail(String adminEmail) {
            this.adminEmail = adminEmail;
            return this;
        }

        public TenantOnboardParams build() {
            return new TenantOnboardParams(this);
        }
    }
}
