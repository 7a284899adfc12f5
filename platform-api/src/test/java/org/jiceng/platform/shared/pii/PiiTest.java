package org.jiceng.platform.shared.pii;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** SM4-GCM, keyed SM3 and masking, on plain objects. */
class PiiTest {
    @Test
    void sm4GcmRoundTripsAndRefusesAnotherPlaceOrKey() {
        byte[] key = Sm4Gcm.newKey();
        byte[] plain = "13800001111".getBytes(StandardCharsets.UTF_8);
        byte[] sealed = Sm4Gcm.encrypt(key, plain, "sip/case_record.reporter_phone_enc");
        assertArrayEquals(plain, Sm4Gcm.decrypt(key, sealed, "sip/case_record.reporter_phone_enc"));
        assertNotEquals(new String(sealed, StandardCharsets.ISO_8859_1),
                new String(Sm4Gcm.encrypt(key, plain, "sip/x"), StandardCharsets.ISO_8859_1), "a fresh nonce each time");
        assertThrows(IllegalStateException.class,
                () -> Sm4Gcm.decrypt(key, sealed, "chengdu/case_record.reporter_phone_enc"), "bound to its place");
        assertThrows(IllegalStateException.class,
                () -> Sm4Gcm.decrypt(Sm4Gcm.newKey(), sealed, "sip/case_record.reporter_phone_enc"));
        sealed[sealed.length - 1] ^= 1;
        assertThrows(IllegalStateException.class,
                () -> Sm4Gcm.decrypt(key, sealed, "sip/case_record.reporter_phone_enc"), "tampering is detected");
    }

    @Test
    void sm4MatchesTheStandardsTestVector() {
        // GB/T 32907-2016, appendix A.1: one block under the given key
        byte[] key = java.util.HexFormat.of().parseHex("0123456789abcdeffedcba9876543210");
        org.bouncycastle.crypto.engines.SM4Engine sm4 = new org.bouncycastle.crypto.engines.SM4Engine();
        sm4.init(true, new org.bouncycastle.crypto.params.KeyParameter(key));
        byte[] out = new byte[16];
        sm4.processBlock(key, 0, out, 0);
        assertEquals("681edf34d206965e86b3e94f536e4246", java.util.HexFormat.of().formatHex(out));
    }

    @Test
    void keyedHashesAreStableAndKeyed() {
        byte[] key = Sm4Gcm.newKey();
        assertEquals(Sm4Gcm.keyedHash(key, "13800001111"), Sm4Gcm.keyedHash(key, "13800001111"));
        assertNotEquals(Sm4Gcm.keyedHash(key, "13800001111"), Sm4Gcm.keyedHash(Sm4Gcm.newKey(), "13800001111"));
        assertEquals(64, Sm4Gcm.keyedHash(key, "x").length());
    }

    @Test
    void masking() {
        assertEquals("138****1111", Masking.phone("138 0000 1111"));
        assertEquals("********1234", Masking.phone("0512-6668-1234"));
        assertEquals("张*明", Masking.name("张小明"));
        assertEquals("张*", Masking.name("张三"));
        assertEquals("欧**娜", Masking.name("欧阳丽娜"));
        assertEquals("*", Masking.name("王"));
        assertEquals("5101**********1234", Masking.idNumber("510104199001011234"));
    }
}
