package org.jiceng.platform.tenancy.application;

import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.pii.Masking;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What is refused before Keycloak is asked: each field's rule, named in the problem. */
class StaffRulesTest {
    private static final List<String> KNOWN = List.of("tenant-admin", "grid-worker");

    @Test
    void usernamesAreLowerCaseAccountNames() {
        assertDoesNotThrow(() -> StaffRules.username("username", "zhang.wei"));
        assertDoesNotThrow(() -> StaffRules.username("username", "li_na-2@sip"));
        assertDoesNotThrow(() -> StaffRules.username("adminUsername", null), "the first admin is optional");
        for (String bad : List.of("x", "Zhang", "has space", "-dash", "a".repeat(65), "张伟")) {
            RuleViolation e = assertThrows(RuleViolation.class, () -> StaffRules.username("username", bad), bad);
            assertEquals("username", e.field());
        }
    }

    @Test
    void emailsAndClientIdsAndRoles() {
        assertDoesNotThrow(() -> StaffRules.email("email", "li.na@sipac.gov.cn"));
        assertDoesNotThrow(() -> StaffRules.email("email", " "), "blank is no e-mail");
        assertThrows(RuleViolation.class, () -> StaffRules.email("email", "no-at-sign"));
        assertThrows(RuleViolation.class, () -> StaffRules.email("email", "a@b"));
        assertDoesNotThrow(() -> StaffRules.clientId("sip-grid-app"));
        assertThrows(RuleViolation.class, () -> StaffRules.clientId("ab"));
        assertThrows(RuleViolation.class, () -> StaffRules.clientId("Upper"));
        assertThrows(RuleViolation.class, () -> StaffRules.clientId(null));
        assertEquals(List.of("grid-worker"), StaffRules.roles("roles", List.of("grid-worker", "grid-worker"), KNOWN));
        RuleViolation unknown = assertThrows(RuleViolation.class,
                () -> StaffRules.roles("roles", List.of("superuser"), KNOWN));
        assertTrue(unknown.getMessage().contains("superuser"));
        assertThrows(RuleViolation.class, () -> StaffRules.roles("roles", List.of(), KNOWN));
    }

    @Test
    void emailsAreMaskedToTheFirstCharacterAndTheDomain() {
        assertEquals("z***@sipac.gov.cn", Masking.email("zhang.wei@sipac.gov.cn"));
        assertEquals("***", Masking.email("no-at-sign"));
        assertEquals(null, Masking.email(null));
    }
}
