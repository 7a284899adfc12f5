package org.jiceng.platform.shared.tenant;

import org.jiceng.platform.shared.domain.RuleViolation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TenantSettingsTest {
    @Test
    void defaultsDeriveTheCasePrefixFromTheCode() {
        TenantSettings d = TenantSettings.defaults("sip");
        assertEquals("SIP", d.caseNumberPrefix());
        assertEquals("zh-CN", d.locale());
        assertEquals("Asia/Shanghai", d.timeZone());
        assertEquals("VERYLONGCO", TenantSettings.defaults("very-long-code-name").validate().caseNumberPrefix());
    }

    @Test
    void eachInvalidSettingIsNamed() {
        assertEquals("settings.locale", field(new TenantSettings("fr", "Asia/Shanghai", "SIP", List.of(), 10, 7, TenantSettings.ScoreWeights.DEFAULT)));
        assertEquals("settings.timeZone", field(new TenantSettings("en", "Mars/Base", "SIP", List.of(), 10, 7, TenantSettings.ScoreWeights.DEFAULT)));
        assertEquals("settings.caseNumberPrefix", field(new TenantSettings("en", "UTC", "sip", List.of(), 10, 7, TenantSettings.ScoreWeights.DEFAULT)));
        assertEquals("settings.rateLimitPerMinute", field(new TenantSettings("en", "UTC", "SIP", List.of(), 0, 7, TenantSettings.ScoreWeights.DEFAULT)));
        assertEquals("settings.caseReopenDays", field(new TenantSettings("en", "UTC", "SIP", List.of(), 10, -1, TenantSettings.ScoreWeights.DEFAULT)));
        assertEquals("settings.scoreWeights", field(new TenantSettings("en", "UTC", "SIP", List.of(), 10, 7,
                new TenantSettings.ScoreWeights(50, 50, 10))));
        for (String origin : List.of("https://*.example.cn", "https://a.example.cn/path", "ftp://a.example.cn",
                "a.example.cn", "https://user@a.example.cn")) {
            assertEquals("settings.allowedOrigins",
                    field(new TenantSettings("en", "UTC", "SIP", List.of(origin), 10, 7, TenantSettings.ScoreWeights.DEFAULT)), origin);
        }
        new TenantSettings("en", "UTC", "SIP", List.of("https://a.example.cn", "http://localhost:5173"), 10, 7, TenantSettings.ScoreWeights.DEFAULT).validate();
    }

    private static String field(TenantSettings s) {
        return assertThrows(RuleViolation.class, s::validate).field();
    }
}
