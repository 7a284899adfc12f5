package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.databind.JavaType;
import org.jiceng.sdk.ListParams;
import org.jiceng.sdk.Page;
import org.jiceng.sdk.RequestOptions;
import org.jiceng.sdk.core.ApiRequest;
import org.jiceng.sdk.core.HttpTransport;
import org.jiceng.sdk.core.Lists;

/**
 * 专有部分 ({@code /api/v1/property-units}), reached through {@code client.propertyUnits()}: units with their floor
 * area and owner, from which the owners' electorate is taken (Civil Code art. 278).
 */
public final class PropertyUnitService {
    private static final String BASE = "/api/v1/property-units";
    private static final JavaType PAGE = Lists.of(PropertyUnit.class);

    private final HttpTransport transport;

    public PropertyUnitService(HttpTransport transport) {
        this.transport = transport;
    }

    public PropertyUnit register(PropertyUnitParams params) {
        return register(params, RequestOptions.none());
    }

    public PropertyUnit register(PropertyUnitParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(BASE, params).creates(), options).as(PropertyUnit.class);
    }

    /** The units within a grid subtree, auto-paged. */
    public Page<PropertyUnit> list(String gridId, ListParams params) {
        return list(gridId, params, RequestOptions.none());
    }

    public Page<PropertyUnit> list(String gridId, ListParams params, RequestOptions options) {
        return Lists.page(transport, () -> ApiRequest.get(BASE).query("gridId", gridId), PAGE, params, options);
    }
}
