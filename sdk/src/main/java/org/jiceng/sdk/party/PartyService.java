package org.jiceng.sdk.party;

import com.fasterxml.jackson.databind.JavaType;
import org.jiceng.sdk.RequestOptions;
import org.jiceng.sdk.core.ApiRequest;
import org.jiceng.sdk.core.HttpTransport;
import org.jiceng.sdk.core.Json;
import org.jiceng.sdk.core.ListResponse;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Party organisations and members ({@code /api/v1/party-organizations}, {@code /api/v1/party-members}), reached
 * through {@code client.party()}.
 */
public final class PartyService {
    private static final JavaType ORGANIZATIONS = Json.mapper().getTypeFactory()
            .constructParametricType(ListResponse.class, PartyOrganization.class);
    private static final JavaType MEMBERS = Json.mapper().getTypeFactory()
            .constructParametricType(ListResponse.class, PartyMember.class);

    private final HttpTransport transport;

    public PartyService(HttpTransport transport) {
        this.transport = transport;
    }

    /** Establishes an organisation under {@code parentId} (null at the top). */
    public PartyOrganization establish(String parentId, String type, String name, String hostKind,
                                       LocalDate establishedOn) {
        return establish(parentId, type, name, hostKind, establishedOn, null, null);
    }

    /** A temporary branch states its purpose and end date. */
    public PartyOrganization establish(String parentId, String type, String name, String hostKind,
                                       LocalDate establishedOn, String purpose, LocalDate endsOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("parentId", parentId);
        body.put("type", type);
        body.put("name", name);
        body.put("hostKind", hostKind);
        body.put("establishedOn", establishedOn == null ? null : establishedOn.toString());
        body.put("purpose", purpose);
        body.put("endsOn", endsOn == null ? null : endsOn.toString());
        body.values().removeIf(Objects::isNull);
        return transport.execute(ApiRequest.post("/api/v1/party-organizations", body).creates(),
                RequestOptions.none()).as(PartyOrganization.class);
    }

    public PartyOrganization retrieve(String id) {
        return get("/api/v1/party-organizations/" + ApiRequest.segment(id)).as(PartyOrganization.class);
    }

    public List<PartyOrganization> tops() {
        return organizations("/api/v1/party-organizations");
    }

    public List<PartyOrganization> subtree(String id) {
        return organizations("/api/v1/party-organizations/" + ApiRequest.segment(id) + "/subtree");
    }

    public List<PartyOrganization> ancestors(String id) {
        return organizations("/api/v1/party-organizations/" + ApiRequest.segment(id) + "/ancestors");
    }

    public List<PartyMember> members(String organizationId) {
        ListResponse<PartyMember> all = get("/api/v1/party-organizations/" + ApiRequest.segment(organizationId)
                + "/members").as(MEMBERS);
        return all.data();
    }

    /**
     * Records a member ({@code status} FULL or PROBATIONARY, {@code kind} REGISTERED, IN_SERVICE_REPORTED or
     * MOBILE; nulls take the first). Name, phone and ID number are encrypted by the platform.
     */
    public PartyMember admit(String organizationId, String name, String phone, String idNumber, String status,
                             String kind, LocalDate joinedOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("organizationId", organizationId);
        body.put("name", name);
        body.put("phone", phone);
        body.put("idNumber", idNumber);
        body.put("status", status);
        body.put("kind", kind);
        body.put("joinedOn", joinedOn == null ? null : joinedOn.toString());
        body.values().removeIf(Objects::isNull);
        return transport.execute(ApiRequest.post("/api/v1/party-members", body).creates(), RequestOptions.none())
                .as(PartyMember.class);
    }

    /** Sets the grid nodes (compounds, grids …) the organisation covers; returns them. */
    @SuppressWarnings("unchecked")
    public List<String> cover(String organizationId, List<String> gridIds) {
        Map<String, Object> r = transport.execute(ApiRequest.put("/api/v1/party-organizations/"
                + ApiRequest.segment(organizationId) + "/grids", Map.of("gridIds", gridIds)), RequestOptions.none())
                .as(Map.class);
        return (List<String>) r.get("gridIds");
    }

    /** Organisations by type, members by kind and coverage of compounds and grids in a grid subtree. */
    public PartyStats stats(String gridId) {
        return transport.execute(ApiRequest.get("/api/v1/party:stats").query("gridId", gridId), RequestOptions.none())
                .as(PartyStats.class);
    }

    public PartyMember member(String id) {
        return get("/api/v1/party-members/" + ApiRequest.segment(id)).as(PartyMember.class);
    }

    private List<PartyOrganization> organizations(String path) {
        ListResponse<PartyOrganization> all = get(path).as(ORGANIZATIONS);
        return all.data();
    }

    private org.jiceng.sdk.core.ApiResponse get(String path) {
        return transport.execute(ApiRequest.get(path), RequestOptions.none());
    }
}
