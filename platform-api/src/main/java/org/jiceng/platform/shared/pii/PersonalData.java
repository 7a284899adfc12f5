package org.jiceng.platform.shared.pii;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jiceng.platform.shared.config.PlatformConfig;
import org.jiceng.platform.shared.persistence.OwnerDatabase;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Encryption of personal data at rest: SM4-GCM under a per-tenant data key, which the platform master key (from
 * configuration, never from the database) wraps in {@code tenant_data_key}. A value is bound to its tenant and
 * column, so a ciphertext copied elsewhere does not decrypt. Unwrapped keys are cached per instance; they are
 * derived from the database and the configuration alone.
 */
@ApplicationScoped
public class PersonalData {
    private static final Logger LOG = Logger.getLogger(PersonalData.class.getName());

    @Inject
    PlatformConfig config;
    @Inject
    OwnerDatabase owner;

    private byte[] masterKey;
    private final Map<String, byte[]> dataKeys = new ConcurrentHashMap<>();

    @PostConstruct
    void init() {
        masterKey = config.piiMasterKey().map(k -> Base64.getDecoder().decode(k.trim())).orElseGet(() -> {
            LOG.warning("jiceng.pii.master-key is not set: personal data is encrypted under a random key and "
                    + "cannot be read after this instance stops. Set a 16-byte key, base64, on every instance.");
            byte[] k = new byte[Sm4Gcm.KEY_BYTES];
            new SecureRandom().nextBytes(k);
            return k;
        });
        if (masterKey.length != Sm4Gcm.KEY_BYTES) {
            throw new IllegalStateException("jiceng.pii.master-key must be 16 bytes, base64-encoded");
        }
    }

    /** The ciphertext (base64) of {@code value} for {@code tenant}'s {@code column}; null stays null. */
    public String seal(Connection c, String tenant, String column, String value) throws SQLException {
        if (value == null) {
            return null;
        }
        return Base64.getEncoder().encodeToString(Sm4Gcm.encrypt(dataKey(c, tenant), value.getBytes(
                StandardCharsets.UTF_8), tenant + "/" + column));
    }

    public Optional<String> open(Connection c, String tenant, String column, String sealed) throws SQLException {
        if (sealed == null) {
            return Optional.empty();
        }
        byte[] key = dataKey(c, tenant);
        try {
            return Optional.of(new String(Sm4Gcm.decrypt(key, Base64.getDecoder().decode(sealed),
                    tenant + "/" + column), StandardCharsets.UTF_8));
        } catch (IllegalStateException | IllegalArgumentException unreadable) {
            // sealed under a key that was never stored, or altered in the database: nothing can recover it, and a
            // record must stay readable without it
            LOG.warning("unreadable personal data in " + column + " of tenant " + tenant + ": shown as absent");
            return Optional.empty();
        }
    }

    /** Bytes that may hold personal data (a stored response), sealed like a column's value. */
    public byte[] sealBytes(Connection c, String tenant, String column, byte[] value) throws SQLException {
        return value == null ? null : Sm4Gcm.encrypt(dataKey(c, tenant), value, tenant + "/" + column);
    }

    /** The bytes {@link #sealBytes} sealed; empty when they were not sealed under this tenant's key. */
    public Optional<byte[]> openBytes(Connection c, String tenant, String column, byte[] sealed) throws SQLException {
        if (sealed == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Sm4Gcm.decrypt(dataKey(c, tenant), sealed, tenant + "/" + column));
        } catch (IllegalStateException | IllegalArgumentException notSealed) {
            return Optional.empty();
        }
    }

    /** A keyed SM3 hash of the value, for finding records by it without decrypting. */
    public String lookupHash(Connection c, String tenant, String value) throws SQLException {
        return value == null ? null : Sm4Gcm.keyedHash(dataKey(c, tenant), value);
    }

    /**
     * The tenant's data key, created on first use. A new key is committed in a transaction of its own before
     * anything is sealed under it: were it written in the caller's transaction, a rollback would take the key
     * away while this instance still held it, and what it sealed later could never be opened again. Only a key
     * read back from the database is cached.
     */
    private byte[] dataKey(Connection c, String tenant) throws SQLException {
        byte[] cached = dataKeys.get(tenant);
        if (cached != null) {
            return cached;
        }
        byte[] key = load(c, tenant);
        if (key == null) {
            key = createCommitted(tenant);
        }
        dataKeys.put(tenant, key);
        return key;
    }

    private byte[] createCommitted(String tenant) throws SQLException {
        try (Connection own = owner.connect()) {
            OwnerDatabase.bindTenant(own, tenant);
            try (PreparedStatement ps = own.prepareStatement("insert into tenant_data_key (tenant_id, key_id, "
                    + "wrapped_key, created_at) values (?, 1, ?, now()) on conflict do nothing")) {
                ps.setString(1, tenant);
                ps.setBytes(2, Sm4Gcm.encrypt(masterKey, Sm4Gcm.newKey(), "data-key/" + tenant));
                ps.executeUpdate();
            }
            byte[] key = load(own, tenant); // another instance may have won the race: use the stored key
            own.commit();
            if (key == null) {
                throw new SQLException("tenant " + tenant + " has no data key after creating one");
            }
            return key;
        }
    }

    private byte[] load(Connection c, String tenant) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select wrapped_key from tenant_data_key where tenant_id = ? and key_id = 1")) {
            ps.setString(1, tenant);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Sm4Gcm.decrypt(masterKey, rs.getBytes(1), "data-key/" + tenant) : null;
            }
        }
    }

    /** Forgets a tenant's key (after offboarding erased it). */
    public void forget(String tenant) {
        dataKeys.remove(tenant);
    }
}
