package org.jiceng.platform.shared.config;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StartupChecksTest {
    private static final Optional<String> KEY = Optional.of("AAECAwQFBgcICQoLDA0ODw==");

    private static StartupChecks.Facts facts(boolean prod, Optional<String> key, Optional<String> cursor,
                                             String issuer, boolean superuser, boolean bypass) {
        return new StartupChecks.Facts(prod, !prod, key, cursor, Optional.ofNullable(issuer), superuser, bypass);
    }

    @Test
    void productionStartsOnlyWithItsSecretsAndABoundApplicationRole() {
        assertEquals(List.of(), StartupChecks.problems(facts(true, KEY, Optional.of("s"),
                "https://id.example.cn/realms/jiceng-platform", false, false)));
        List<String> all = StartupChecks.problems(facts(true, Optional.empty(), Optional.empty(),
                "http://id.example.cn/realms/jiceng-platform", true, false));
        assertEquals(4, all.size(), all.toString());
        assertTrue(all.get(0).contains("BYPASSRLS"));
        assertTrue(StartupChecks.problems(facts(true, KEY, Optional.of("s"), null, false, true)).get(0)
                .contains("row-level security"));
        assertTrue(StartupChecks.problems(facts(true, Optional.of("c2hvcnQ="), Optional.of("s"), null, false, false))
                .get(0).contains("16 bytes"));
    }

    @Test
    void devToleratesMissingSecretsAndHttpButNeverAnUnboundRole() {
        assertEquals(List.of(), StartupChecks.problems(facts(false, Optional.empty(), Optional.empty(),
                "http://127.0.0.1:8180/realms/jiceng-platform", false, false)));
        assertEquals(1, StartupChecks.problems(facts(false, KEY, Optional.empty(), null, true, true)).size());
    }
}
