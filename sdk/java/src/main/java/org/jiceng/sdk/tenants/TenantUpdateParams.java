package org.jiceng.sdk.tenants;

import java.util.LinkedHashMap;
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
    public static final class Builder extends SettingsBuilder<Builder> {
        private String name;

        private Builder() {
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public TenantUpdateParams build() {
            return new TenantUpdateParams(this);
        }
    }
}
