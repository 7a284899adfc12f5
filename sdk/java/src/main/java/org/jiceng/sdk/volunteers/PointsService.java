package org.jiceng.sdk.volunteers;

import com.fasterxml.jackson.databind.JavaType;
import org.jiceng.sdk.ListParams;
import org.jiceng.sdk.Page;
import org.jiceng.sdk.RequestOptions;
import org.jiceng.sdk.core.ApiRequest;
import org.jiceng.sdk.core.HttpTransport;
import org.jiceng.sdk.core.Lists;

import java.util.Map;

/**
 * 积分 ({@code /api/v1/points}), reached through {@code client.points()}: the ledger as a whole: reversals, the
 * tenant's multipliers, expiry runs and the ledger check.
 */
public final class PointsService {
    private static final String BASE = "/api/v1/points";
    private static final JavaType MULTIPLIERS = Lists.of(PointsMultiplier.class);

    private final HttpTransport transport;

    public PointsService(HttpTransport transport) {
        this.transport = transport;
    }

    /** Undoes a transaction with its mirror image, once; {@code reason} may be null. */
    public PointsTransaction reverse(String transactionId, String reason) {
        return reverse(transactionId, reason, RequestOptions.none());
    }

    public PointsTransaction reverse(String transactionId, String reason, RequestOptions options) {
        Map<String, Object> body = reason == null ? Map.of() : Map.of("reason", reason);
        return transport.execute(ApiRequest.post(BASE + "/transactions/" + ApiRequest.segment(transactionId)
                + ":reverse", body), options).as(PointsTransaction.class);
    }

    /** Creates one of the tenant's multipliers; a code in use is refused (it needs {@link #updateMultiplier}). */
    public PointsMultiplier createMultiplier(String code, PointsMultiplierParams params) {
        return createMultiplier(code, params, RequestOptions.none());
    }

    public PointsMultiplier createMultiplier(String code, PointsMultiplierParams params, RequestOptions options) {
        return transport.execute(ApiRequest.put(multiplier(code), params), options).as(PointsMultiplier.class);
    }

    /**
     * Replaces a multiplier as it was when {@code current} was read; activities created with it keep the
     * percentage they had.
     */
    public PointsMultiplier updateMultiplier(PointsMultiplier current, PointsMultiplierParams params) {
        return updateMultiplier(current, params, RequestOptions.none());
    }

    public PointsMultiplier updateMultiplier(PointsMultiplier current, PointsMultiplierParams params,
                                             RequestOptions options) {
        return transport.execute(ApiRequest.put(multiplier(current.code()), params).ifMatch(current.version()),
                options).as(PointsMultiplier.class);
    }

    public PointsMultiplier retrieveMultiplier(String code) {
        return retrieveMultiplier(code, RequestOptions.none());
    }

    public PointsMultiplier retrieveMultiplier(String code, RequestOptions options) {
        return transport.execute(ApiRequest.get(multiplier(code)), options).as(PointsMultiplier.class);
    }

    /** The tenant's multipliers by code, auto-paged. */
    public Page<PointsMultiplier> multipliers(ListParams params) {
        return multipliers(params, RequestOptions.none());
    }

    public Page<PointsMultiplier> multipliers(ListParams params, RequestOptions options) {
        return Lists.page(transport, () -> ApiRequest.get(BASE + "/multipliers"), MULTIPLIERS, params, options);
    }

    /**
     * Expires unspent points credited before {@code creditedBefore} (oldest points spent first) into the expiry
     * sink; repeating it expires nothing more.
     */
    public ExpiryResult expire(java.time.LocalDate creditedBefore) {
        return expire(creditedBefore, RequestOptions.none());
    }

    public ExpiryResult expire(java.time.LocalDate creditedBefore, RequestOptions options) {
        return transport.execute(ApiRequest.post(BASE + ":expire", Map.of("creditedBefore",
                creditedBefore.toString())), options).as(ExpiryResult.class);
    }

    /** Every balance against the sum of its entries. */
    public LedgerCheck check() {
        return check(RequestOptions.none());
    }

    public LedgerCheck check(RequestOptions options) {
        return transport.execute(ApiRequest.get(BASE + ":check"), options).as(LedgerCheck.class);
    }

    private static String multiplier(String code) {
        return BASE + "/multipliers/" + ApiRequest.segment(code);
    }
}
