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
 * 积分兑换 ({@code /api/v1/rewards}), reached through {@code client.rewards()}: the catalogue and redemptions. A
 * redemption books stock and points together; however many volunteers redeem at once, no balance goes negative
 * and no stock below zero.
 */
public final class RewardService {
    private static final String BASE = "/api/v1/rewards";
    private static final JavaType PAGE = Lists.of(Reward.class);

    private final HttpTransport transport;

    public RewardService(HttpTransport transport) {
        this.transport = transport;
    }

    public Reward create(RewardCreateParams params) {
        return create(params, RequestOptions.none());
    }

    public Reward create(RewardCreateParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(BASE, params).creates(), options).as(Reward.class);
    }

    public Reward retrieve(String id) {
        return retrieve(id, RequestOptions.none());
    }

    public Reward retrieve(String id, RequestOptions options) {
        return transport.execute(ApiRequest.get(path(id)), options).as(Reward.class);
    }

    /** The catalogue, auto-paged. */
    public Page<Reward> list(ListParams params) {
        return list(params, RequestOptions.none());
    }

    public Page<Reward> list(ListParams params, RequestOptions options) {
        return Lists.page(transport, () -> ApiRequest.get(BASE), PAGE, params, options);
    }

    /** Adds {@code quantity} to the stock of the reward as it was when {@code current} was read. */
    public Reward restock(Reward current, int quantity) {
        return restock(current, quantity, RequestOptions.none());
    }

    public Reward restock(Reward current, int quantity, RequestOptions options) {
        return transport.execute(ApiRequest.post(path(current.id()) + ":restock", Map.of("quantity", quantity))
                .ifMatch(current.version()), options).as(Reward.class);
    }

    /** Spends a volunteer's points on one of the reward; retried safely under one {@code Idempotency-Key}. */
    public Redemption redeem(String rewardId, String volunteerId) {
        return redeem(rewardId, volunteerId, RequestOptions.none());
    }

    public Redemption redeem(String rewardId, String volunteerId, RequestOptions options) {
        return transport.execute(ApiRequest.post(path(rewardId) + ":redeem", Map.of("volunteerId", volunteerId))
                .creates(), options).as(Redemption.class);
    }

    public Redemption retrieveRedemption(String rewardId, String redemptionId) {
        return retrieveRedemption(rewardId, redemptionId, RequestOptions.none());
    }

    public Redemption retrieveRedemption(String rewardId, String redemptionId, RequestOptions options) {
        return transport.execute(ApiRequest.get(path(rewardId) + "/redemptions/" + ApiRequest.segment(redemptionId)),
                options).as(Redemption.class);
    }

    private static String path(String id) {
        return BASE + "/" + ApiRequest.segment(id);
    }
}
