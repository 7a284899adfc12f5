package org.jiceng.platform.tenancy.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.tenancy.application.NewTenant;
import org.jiceng.platform.tenancy.application.TenantChanges;
import org.jiceng.platform.shared.tenant.Tenant;
import org.jiceng.platform.shared.tenant.TenantSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Tenant ↔ JSON shapes of the admin API. */
final class TenantAssembler {
    private static final Set<String> PATCHABLE = Set.of("name", "settings");
    private static final Set<String> SETTINGS = Set.of("locale", "timeZone", "caseNumberPrefix", "allowedOrigins",
            "rateLimitPerMinute", "caseReopenDays", "scoreWeights", "verificationSeparation",
            "contactRetentionDays");

    private TenantAssembler() {
    }

    static TenantDto toDto(Tenant t) {
        TenantSettings s = t.settings();
        return new TenantDto(t.id(), t.name(), t.kind().name(), t.divisionCode(), t.issuer(), t.status().name(),
                new TenantSettingsDto(s.locale(), s.timeZone(), s.caseNumberPrefix(), s.allowedOrigins(),
                        s.rateLimitPerMinute(), s.caseReopenDays(), new TenantSettingsDto.WeightsDto(
                        s.scoreWeights().response(), s.scoreWeights().resolution(), s.scoreWeights().satisfaction()),
                        s.verificationSeparation(), s.contactRetentionDays()),
                t.version(), t.createdAt(), t.updatedAt());
    }

    static NewTenant toNewTenant(TenantRegisterRequest r) {
        TenantSettingsDto s = r.settings() != null ? r.settings()
                : new TenantSettingsDto(null, null, null, null, null, null, null, null, null);
        return new NewTenant(r.code(), r.name(), r.kind(), r.divisionCode(), r.issuer(), s.locale(), s.timeZone(),
                s.caseNumberPrefix(), s.allowedOrigins(), s.rateLimitPerMinute(), s.caseReopenDays(),
                weights(s.scoreWeights()), s.verificationSeparation(), s.contactRetentionDays());
    }

    private static TenantSettings.ScoreWeights weights(TenantSettingsDto.WeightsDto w) {
        if (w == null) {
            return null;
        }
        if (w.response() == null || w.resolution() == null || w.satisfaction() == null) {
            throw new RuleViolation("settings.scoreWeights", "response, resolution and satisfaction are required");
        }
        return new TenantSettings.ScoreWeights(w.response(), w.resolution(), w.satisfaction());
    }

    /** RFC 7396 merge patch of name and settings; anything else, or a null, is refused. */
    static TenantChanges toChanges(JsonObject patch) {
        for (String key : patch.keySet()) {
            if (!PATCHABLE.contains(key)) {
                throw new RuleViolation(key, "cannot be changed; patchable: name, settings");
            }
        }
        Optional<String> name = string(patch, "name", "name");
        JsonObject settings = JsonValue.EMPTY_JSON_OBJECT;
        if (patch.containsKey("settings")) {
            if (patch.get("settings").getValueType() != JsonValue.ValueType.OBJECT) {
                throw new RuleViolation("settings", "must be an object");
            }
            settings = patch.getJsonObject("settings");
        }
        for (String key : settings.keySet()) {
            if (!SETTINGS.contains(key)) {
                throw new RuleViolation("settings." + key, "unknown setting");
            }
        }
        Optional<List<String>> origins = Optional.empty();
        if (settings.containsKey("allowedOrigins")) {
            if (settings.get("allowedOrigins").getValueType() != JsonValue.ValueType.ARRAY) {
                throw new RuleViolation("settings.allowedOrigins", "must be an array of origins");
            }
            List<String> list = new ArrayList<>();
            for (JsonValue v : (JsonArray) settings.get("allowedOrigins")) {
                if (!(v instanceof JsonString str)) {
                    throw new RuleViolation("settings.allowedOrigins", "must be an array of origins");
                }
                list.add(str.getString());
            }
            origins = Optional.of(list);
        }
        Optional<Integer> rate = integer(settings, "rateLimitPerMinute");
        Optional<Integer> reopenDays = integer(settings, "caseReopenDays");
        Optional<TenantSettings.ScoreWeights> weights = Optional.empty();
        if (settings.containsKey("scoreWeights")) {
            if (settings.get("scoreWeights").getValueType() != JsonValue.ValueType.OBJECT) {
                throw new RuleViolation("settings.scoreWeights", "an object {response, resolution, satisfaction}");
            }
            JsonObject w = settings.getJsonObject("scoreWeights");
            int[] v = new int[3];
            String[] keys = {"response", "resolution", "satisfaction"};
            for (int i = 0; i < 3; i++) {
                v[i] = integer(w, keys[i]).orElseThrow(() -> new RuleViolation("settings.scoreWeights",
                        "response, resolution and satisfaction are required"));
            }
            weights = Optional.of(new TenantSettings.ScoreWeights(v[0], v[1], v[2]));
        }
        return new TenantChanges(name, string(settings, "locale", "settings.locale"),
                string(settings, "timeZone", "settings.timeZone"),
                string(settings, "caseNumberPrefix", "settings.caseNumberPrefix"), origins, rate, reopenDays, weights,
                string(settings, "verificationSeparation", "settings.verificationSeparation"),
                integer(settings, "contactRetentionDays"));
    }

    private static Optional<Integer> integer(JsonObject settings, String key) {
        if (!settings.containsKey(key)) {
            return Optional.empty();
        }
        if (settings.get(key).getValueType() != JsonValue.ValueType.NUMBER || !settings.getJsonNumber(key).isIntegral()) {
            throw new RuleViolation("settings." + key, "must be a whole number");
        }
        return Optional.of(settings.getJsonNumber(key).intValue());
    }

    private static Optional<String> string(JsonObject o, String key, String field) {
        if (!o.containsKey(key)) {
            return Optional.empty();
        }
        if (o.get(key).getValueType() != JsonValue.ValueType.STRING) {
            throw new RuleViolation(field, "must be a string");
        }
        return Optional.of(o.getString(key));
    }
}
