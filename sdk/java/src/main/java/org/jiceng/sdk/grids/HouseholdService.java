package org.jiceng.sdk.grids;

import com.fasterxml.jackson.databind.JavaType;
import org.jiceng.sdk.ListParams;
import org.jiceng.sdk.Page;
import org.jiceng.sdk.RequestOptions;
import org.jiceng.sdk.core.ApiRequest;
import org.jiceng.sdk.core.HttpTransport;
import org.jiceng.sdk.core.Lists;

/** 户 ({@code /api/v1/households}), reached through {@code client.households()}: the household register. */
public final class HouseholdService {
    private static final String BASE = "/api/v1/households";
    private static final JavaType PAGE = Lists.of(Household.class);

    private final HttpTransport transport;

    public HouseholdService(HttpTransport transport) {
        this.transport = transport;
    }

    /** Registers a household at an address of a building, compound or grid; the head's data is encrypted. */
    public Household register(HouseholdRegisterParams params) {
        return register(params, RequestOptions.none());
    }

    public Household register(HouseholdRegisterParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(BASE, params).creates(), options).as(Household.class);
    }

    public Household retrieve(String id) {
        return retrieve(id, RequestOptions.none());
    }

    public Household retrieve(String id, RequestOptions options) {
        return transport.execute(ApiRequest.get(BASE + "/" + ApiRequest.segment(id)), options).as(Household.class);
    }

    /** The households within a grid subtree, auto-paged. */
    public Page<Household> list(HouseholdListParams params) {
        return list(params, RequestOptions.none());
    }

    public Page<Household> list(HouseholdListParams params, RequestOptions options) {
        return Lists.page(transport, () -> ApiRequest.get(BASE).query("gridId", params.gridId()), PAGE,
                ListParams.builder().limit(params.limit().orElse(null)).build(), options);
    }
}
