package org.jiceng.platform.events.infrastructure;

import org.jiceng.platform.shared.domain.RuleViolation;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Which addresses a webhook may be posted to. */
class DnsTargetGuardTest {
    private static InetAddress named(String name, int... bytes) throws Exception {
        byte[] b = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            b[i] = (byte) bytes[i];
        }
        return InetAddress.getByAddress(name, b);
    }

    @Test
    void privateLoopbackLinkLocalAndReservedAddressesAreRefusedWhateverTheirName() throws Exception {
        assertNotNull(DnsTargetGuard.refusal(named("hooks.vendor.example", 10, 1, 2, 3), true));
        assertNotNull(DnsTargetGuard.refusal(named("hooks.vendor.example", 172, 20, 0, 1), true));
        assertNotNull(DnsTargetGuard.refusal(named("hooks.vendor.example", 192, 168, 1, 1), true));
        assertNotNull(DnsTargetGuard.refusal(named("metadata", 169, 254, 169, 254), true));
        assertNotNull(DnsTargetGuard.refusal(named("cgnat", 100, 64, 0, 9), true));
        assertNotNull(DnsTargetGuard.refusal(named("zero", 0, 0, 0, 0), true));
        assertNotNull(DnsTargetGuard.refusal(named("multicast", 224, 0, 0, 1), true));
        assertNotNull(DnsTargetGuard.refusal(named("ula", 0xfd, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1), true));
        assertNotNull(DnsTargetGuard.refusal(named("loopback", 127, 0, 0, 1), false));
        assertNull(DnsTargetGuard.refusal(named("loopback", 127, 0, 0, 1), true), "the development setting");
        assertNull(DnsTargetGuard.refusal(named("public", 203, 119, 1, 1), false));
    }

    @Test
    void aNameThatResolvesToLoopbackIsRefusedOutsideDevelopment() {
        assertThrows(RuleViolation.class, () -> DnsTargetGuard.check(URI.create("https://localhost/hook"), false));
        assertThrows(RuleViolation.class, () -> DnsTargetGuard.check(URI.create("https://[::1]/hook"), false));
        assertThrows(RuleViolation.class, () -> DnsTargetGuard.check(URI.create("https://no-such-host.invalid/"),
                false));
        DnsTargetGuard.check(URI.create("http://127.0.0.1:9/hook"), true);
    }
}
