package org.jiceng.platform.shared.ratelimit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AddressWindowsTest {
    private static final long MINUTE_START = 1_800_000_000L - 1_800_000_000L % 60;

    @Test
    void anAddressIsRefusedPastItsLimitUntilTheWindowSlidesOn() {
        AddressWindows windows = new AddressWindows();
        for (int i = 0; i < 3; i++) {
            assertEquals(0, windows.hit("10.0.0.1", 3, MINUTE_START + 10));
        }
        assertEquals(50, windows.hit("10.0.0.1", 3, MINUTE_START + 10), "until the next minute");
        assertEquals(0, windows.hit("10.0.0.2", 3, MINUTE_START + 10), "another address has its own count");
        // half a minute into the next one, half of the previous minute's four still counts: 2 + 1 = 3
        assertEquals(0, windows.hit("10.0.0.1", 3, MINUTE_START + 90));
        assertTrue(windows.hit("10.0.0.1", 3, MINUTE_START + 90) > 0);
        // two minutes later nothing of it is left
        assertEquals(0, windows.hit("10.0.0.1", 3, MINUTE_START + 200));
    }

    @Test
    void failuresCountedApartFromTheCheckRefuseOnceTheyReachTheLimit() {
        AddressWindows windows = new AddressWindows();
        assertEquals(0, windows.retryAfter("10.0.0.1", 2, MINUTE_START));
        windows.add("10.0.0.1", MINUTE_START);
        assertEquals(0, windows.retryAfter("10.0.0.1", 2, MINUTE_START));
        windows.add("10.0.0.1", MINUTE_START + 59);
        assertEquals(1, windows.retryAfter("10.0.0.1", 2, MINUTE_START + 59), "at least a second");
    }

    @Test
    void aFullTableDropsTheQuietAddresses() {
        AddressWindows windows = new AddressWindows();
        for (int i = 0; i < AddressWindows.MAX_ADDRESSES; i++) {
            windows.add("a" + i, MINUTE_START);
        }
        windows.add("busy", MINUTE_START + 150);
        windows.add("busy", MINUTE_START + 150);
        assertEquals(0, windows.hit("a1", 1, MINUTE_START + 150), "its old count was dropped with it");
        assertTrue(windows.retryAfter("busy", 2, MINUTE_START + 150) > 0, "a recent address is kept");
    }
}
