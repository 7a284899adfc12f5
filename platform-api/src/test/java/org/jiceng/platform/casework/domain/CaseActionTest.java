package org.jiceng.platform.casework.domain;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CaseActionTest {
    @Test
    void apiNamesDoNotDependOnTheServersLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR")); // where "I".toLowerCase() is a dotless ı
            assertEquals("dispatch", CaseAction.DISPATCH.apiName());
            assertEquals("acknowledge-summons", CaseAction.ACKNOWLEDGE_SUMMONS.apiName());
            assertEquals("Your roles do not grant pii:read", new org.jiceng.platform.shared.security.AccessDenied(
                    org.jiceng.platform.shared.security.Permission.PII_READ).getMessage());
        } finally {
            Locale.setDefault(before);
        }
    }
}
