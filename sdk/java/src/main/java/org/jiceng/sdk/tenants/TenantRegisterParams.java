package org.jiceng.sdk.tenants;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Parameters of {@link TenantService#register}; settings left unset take the platform's defaults. */
public final class TenantRegisterParams {
    private final Map<String, Object> body;

    private TenantRegisterParams(Builder b) {
        body = new LinkedHashMap<>();
        body.put("code", Objects.requireNonNull(b.code, "code"));
        body.put("name", Objects.requireNonNull(b.name, "name"));
        body.put("kind", Objects.requireNonNull(b.kind, "kind"));
        body.put("divisionCode", Objects.requireNonNull(b.divisionCode, "divisionCode"));
        body.put("issuer", Objects.requireNonNull(b.issuer, "issuer"));
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

    /** Builder of {@link TenantRegisterParams}; code, name, kind, division code and issuer are required. */
    public static final class Builder extends SettingsBuilder<Builder> {
        private String code;
        private String name;
        private String kind;
        private String divisionCode;
        private String issuer;

        private Builder() {
        }

        /** 2–31 lower-case letters, digits or dashes, e.g. {@code sip}. */
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

        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        public TenantRegisterParams build() {
            return new TenantRegisterParams(this);
        }
    }
}
