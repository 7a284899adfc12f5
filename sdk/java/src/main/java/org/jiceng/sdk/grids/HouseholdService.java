package org.jiceng.sdk.grids;

import com.fasterxml.jackson.databind.JavaType;
import org.jiceng.sdk.Page;
import org.jiceng.sdk.RequestOptions;
import org.jiceng.sdk.core.ApiRequest;
import org.jiceng.sdk.core.HttpTransport;
import org.jiceng.sdk.core.Json;
import org.jiceng.sdk.core.ListResponse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The household register ({@code /api/v1/households}), reached through {@code client.households()}. */
public final class HouseholdService {
    private static final JavaType HOUSEHOLDS = Json.mapper().getTypeFactory()
            .constructParametricType(ListResponse.class, Household.class);

    private final HttpTransport transport;

    public HouseholdService(HttpTransport transport) {
        this.transport = transport;
    }

    /** Registers a household at an address of a building, compound or grid; the head's data is encrypted. */
    public Household register(String gridId, String address, String headName, String headPhone) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("gridId", gridId);
        body.put("address", address);
        body.put("headName", headName);
        body.put("headPhone", headPhone);
        body.values().removeIf(Objects::isNull);
        return transport.execute(ApiRequest.post("/api/v1/households", body).creates(), RequestOptions.none())
                .as(Household.class);
    }

    public Household retrieve(String id) {
        return transport.execute(ApiRequest.get("/api/v1/households/" + ApiRequest.segment(id)),
                RequestOptions.none()).as(Household.class);
    }

    /** The households within a grid subtree, auto-paged. */
    public Page<Household> list(String gridId) {
        return page(gridId, null);
    }

    private Page<Household> page(String gridId, String cursor) {
        ListResponse<Household> r = transport.execute(ApiRequest.get("/api/v1/households").query("gridId", gridId)
                .query("cursor", cursor), RequestOptions.none()).as(HOUSEHOLDS);
        return new Page<>(r.data(), r.nextCursor(), next -> page(gridId, next));
    }
}
