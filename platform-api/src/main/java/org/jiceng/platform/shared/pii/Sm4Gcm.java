package org.jiceng.platform.shared.pii;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * SM4 in GCM mode and keyed SM3 (HMAC-SM3), through BouncyCastle's lightweight API so that no JCE provider has
 * to be registered in the application server. Ciphertext = version byte 1 ‖ 12-byte nonce ‖ ciphertext ‖ 16-byte
 * tag; {@code aad} binds it to its place (tenant, table, column) so it cannot be moved elsewhere.
 */
final class Sm4Gcm {
    static final int KEY_BYTES = 16;
    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Sm4Gcm() {
    }

    static byte[] newKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    static byte[] encrypt(byte[] key, byte[] plain, String aad) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        GCMModeCipher gcm = GCMBlockCipher.newInstance(new SM4Engine());
        gcm.init(true, new AEADParameters(new KeyParameter(key), TAG_BITS, nonce, aad.getBytes(StandardCharsets.UTF_8)));
        byte[] out = new byte[1 + NONCE_BYTES + gcm.getOutputSize(plain.length)];
        out[0] = VERSION;
        System.arraycopy(nonce, 0, out, 1, NONCE_BYTES);
        int n = gcm.processBytes(plain, 0, plain.length, out, 1 + NONCE_BYTES);
        try {
            gcm.doFinal(out, 1 + NONCE_BYTES + n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    static byte[] decrypt(byte[] key, byte[] sealed, String aad) {
        if (sealed.length < 1 + NONCE_BYTES + TAG_BITS / 8 || sealed[0] != VERSION) {
            throw new IllegalStateException("not an SM4-GCM ciphertext of version " + VERSION);
        }
        GCMModeCipher gcm = GCMBlockCipher.newInstance(new SM4Engine());
        gcm.init(false, new AEADParameters(new KeyParameter(key), TAG_BITS,
                Arrays.copyOfRange(sealed, 1, 1 + NONCE_BYTES), aad.getBytes(StandardCharsets.UTF_8)));
        byte[] out = new byte[gcm.getOutputSize(sealed.length - 1 - NONCE_BYTES)];
        int n = gcm.processBytes(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES, out, 0);
        try {
            gcm.doFinal(out, n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("personal data failed its integrity check", e);
        }
        return out;
    }

    /** HMAC-SM3, hex: a stable lookup value for a piece of personal data that reveals nothing without the key. */
    static String keyedHash(byte[] key, String value) {
        HMac mac = new HMac(new SM3Digest());
        mac.init(new KeyParameter(key));
        byte[] in = value.getBytes(StandardCharsets.UTF_8);
        mac.update(in, 0, in.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }
}
