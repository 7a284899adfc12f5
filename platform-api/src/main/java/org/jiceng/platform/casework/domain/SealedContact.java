package org.jiceng.platform.casework.domain;

/**
 * A reporter's name and phone as stored: SM4 ciphertexts, and a keyed hash of the phone for lookups. The domain
 * never sees them in clear.
 */
public record SealedContact(String nameEnc, String phoneEnc, String phoneHash) {
}
