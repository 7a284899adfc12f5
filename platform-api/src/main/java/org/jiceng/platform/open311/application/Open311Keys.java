package org.jiceng.platform.open311.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jiceng.platform.open311.domain.Open311Key;
import org.jiceng.platform.open311.domain.Open311KeyRepository;
import org.jiceng.platform.shared.domain.RecordNotFound;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.domain.Slice;
import org.jiceng.platform.shared.events.Outbox;
import org.jiceng.platform.shared.persistence.Ids;
import org.jiceng.platform.shared.persistence.TenantDatabase;
import org.jiceng.platform.shared.security.Caller;
import org.jiceng.platform.shared.security.CallerContext;
import org.jiceng.platform.shared.security.Permission;
import org.jiceng.platform.shared.tenant.Tenant;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Open311 keys: a tenant administrator issues one to a vendor's machine client and may revoke it; the gateway
 * turns a presented key into that client, acting as a vendor's app ({@code vendor-app}): it files cases and reads
 * the ones it filed, under the client's rate limit.
 */
@ApplicationScoped
@Transactional
public class Open311Keys {
    static final Set<String> ROLES = Set.of("vendor-app");
    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Open311KeyRepository keys;
    @Inject
    CallerContext callers;
    @Inject
    TenantDatabase db;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;

    /** A key with its secret value, shown once when issued. */
    public record Issued(Open311Key key, String value) {
    }

    public Issued issue(String clientId) {
        return issue(clientId, admin().subject());
    }

    /** A key issued by the platform's administrators to a machine client of {@code tenant}. */
    public Issued issueFor(Tenant tenant, String clientId, String platformAdminSubject) {
        db.em(tenant.id());
        return issue(clientId, "platform:" + platformAdminSubject);
    }

    /** The tenant's keys, oldest first, for the platform's administrators. */
    public Slice<Open311Key> listFor(Tenant tenant, String afterId, int limit) {
        db.em(tenant.id());
        return Slice.of(keys.page(afterId, limit + 1), limit);
    }

    public Open311Key getFor(Tenant tenant, String id) {
        db.em(tenant.id());
        return find(id);
    }

    /** Revokes one of the tenant's keys at once, for the platform's administrators; twice is harmless. */
    public Open311Key revokeFor(Tenant tenant, String id) {
        db.em(tenant.id());
        return revoked(find(id));
    }

    private Issued issue(String clientId, String issuedBy) {
        if (clientId == null || !CLIENT_ID.matcher(clientId).matches()) {
            throw new RuleViolation("clientId", "the machine client's id (letters, digits, . _ -)");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String value = "o311_" + HexFormat.of().formatHex(random);
        Open311Key key = new Open311Key(Ids.newId(), clientId, ROLES, value.substring(0, 9), issuedBy,
                now(), Optional.empty());
        keys.insert(key, hash(value));
        outbox.record("open311_key.issued", "open311_key", key.id(), Map.of("id", key.id()));
        return new Issued(key, value);
    }

    public Slice<Open311Key> list(String afterId, int limit) {
        admin();
        return Slice.of(keys.page(afterId, limit + 1), limit);
    }

    public Open311Key get(String id) {
        admin();
        return find(id);
    }

    /** Revokes the key at once; revoking twice is harmless. */
    public void revoke(String id) {
        revoked(get(id));
    }

    private Open311Key find(String id) {
        return keys.find(id).orElseThrow(() -> new RecordNotFound("open311-key", id));
    }

    private Open311Key revoked(Open311Key key) {
        if (key.active()) {
            keys.revoke(key.id(), now());
            outbox.record("open311_key.revoked", "open311_key", key.id(), Map.of("id", key.id()));
        }
        return keys.find(key.id()).orElseThrow();
    }

    /** The client a presented key stands for, in {@code tenant}; empty for an unknown or revoked key. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Caller> authenticate(Tenant tenant, String presented) {
        if (presented == null || presented.length() < 10 || presented.length() > 200) {
            return Optional.empty();
        }
        db.em(tenant.id());
        return keys.activeByHash(hash(presented)).map(k -> new Caller(tenant, "open311-key:" + k.id(), k.clientId(),
                k.roles(), Permission.of(k.roles()), true));
    }

    private Caller admin() {
        Caller c = callers.get();
        c.require(Permission.CASES_ADMIN);
        return c;
    }

    static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(
                    StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
