package org.jiceng.platform.shared.api;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jiceng.platform.shared.config.PlatformConfig;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;

/**
 * Opaque pagination cursors: the last sort key of a page, MAC'd together with the tenant and the query it belongs
 * to. A cursor replayed by another tenant, against another query, or edited, is refused exactly like garbage.
 */
@ApplicationScoped
public class Cursors {
    private static final Logger LOG = Logger.getLogger(Cursors.class.getName());
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    @Inject
    PlatformConfig config;

    private byte[] key;

    @PostConstruct
    void init() {
        key = config.cursorSecret().map(s -> s.getBytes(StandardCharsets.UTF_8)).orElseGet(() -> {
            LOG.warning("jiceng.cursor.secret is not set: cursors are signed with a random key and only valid "
                    + "on this instance until it restarts");
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            return random;
        });
    }

    /** A cursor continuing after {@code lastKey} for this tenant and query scope. */
    public String encode(String tenantId, String scope, String lastKey) {
        byte[] payload = lastKey.getBytes(StandardCharsets.UTF_8);
        return B64.encodeToString(payload) + "." + B64.encodeToString(mac(tenantId, scope, payload));
    }

    /** The last key a cursor carries; 400 if it was not issued for this tenant and query. */
    public String decode(String tenantId, String scope, String cursor) {
        int dot = cursor.indexOf('.');
        try {
            if (dot > 0) {
                byte[] payload = B64D.decode(cursor.substring(0, dot));
                byte[] given = B64D.decode(cursor.substring(dot + 1));
                if (MessageDigest.isEqual(given, mac(tenantId, scope, payload))) {
                    return new String(payload, StandardCharsets.UTF_8);
                }
            }
        } catch (IllegalArgumentException notBase64) {
            // same answer as a bad signature
        }
        throw new ProblemException(Problem.of(400, "invalid-cursor", "Bad Request",
                "The cursor is not valid for this list: pass back nextCursor unchanged, with the same filters")
                .withErrors(java.util.List.of(new Problem.FieldError("cursor", "not a cursor of this list"))));
    }

    /** The cursor's last key, or null without a cursor. */
    public String after(String tenantId, String scope, String cursor) {
        return cursor == null ? null : decode(tenantId, scope, cursor);
    }

    /** A page of {@code slice} mapped to its JSON shape, continuing after the last item's {@code key}. */
    public <T, D> PageDto<D> page(String tenantId, String scope, org.jiceng.platform.shared.domain.Slice<T> slice,
                                  java.util.function.Function<T, D> shape,
                                  java.util.function.Function<D, String> key) {
        java.util.List<D> data = slice.items().stream().map(shape).toList();
        return new PageDto<>(data, slice.hasMore() && !data.isEmpty() ? encode(tenantId, scope,
                key.apply(data.get(data.size() - 1))) : null);
    }

    /**
     * A page of a list held in memory (lists bounded by an organisation's size, such as its posts), ordered by
     * {@code key} and continuing after the cursor's key: the same contract as a list paged in SQL.
     */
    public <T, D> PageDto<D> pageOf(String tenantId, String scope, java.util.List<T> all,
                                    java.util.function.Function<T, String> key, java.util.function.Function<T, D> shape,
                                    String cursor, PageRequest page) {
        String after = after(tenantId, scope, cursor);
        java.util.List<T> rest = all.stream().filter(t -> after == null || key.apply(t).compareTo(after) > 0)
                .sorted(java.util.Comparator.comparing(key)).limit(page.limit() + 1L).toList();
        org.jiceng.platform.shared.domain.Slice<T> slice = org.jiceng.platform.shared.domain.Slice.of(rest,
                page.limit());
        java.util.List<D> data = slice.items().stream().map(shape).toList();
        return new PageDto<>(data, slice.hasMore() ? encode(tenantId, scope, key.apply(slice.items().get(
                slice.items().size() - 1))) : null);
    }

    /** A page of a list whose order is its meaning (a chain, top first): the cursor is a position in it. */
    public <T, D> PageDto<D> pageInOrder(String tenantId, String scope, java.util.List<T> all,
                                         java.util.function.Function<T, D> shape, String cursor, PageRequest page) {
        String after = after(tenantId, scope, cursor);
        int from = after == null ? 0 : Integer.parseInt(after);
        int to = Math.min(all.size(), from + page.limit());
        java.util.List<D> data = all.subList(Math.min(from, all.size()), to).stream().map(shape).toList();
        return new PageDto<>(data, to < all.size() ? encode(tenantId, scope, Integer.toString(to)) : null);
    }

    private byte[] mac(String tenantId, String scope, byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((tenantId + "\n" + scope + "\n").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
