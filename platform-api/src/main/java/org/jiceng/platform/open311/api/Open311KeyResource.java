package org.jiceng.platform.open311.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiceng.platform.open311.application.Open311Keys;
import org.jiceng.platform.open311.domain.Open311Key;
import org.jiceng.platform.shared.api.Cursors;
import org.jiceng.platform.shared.api.PageDto;
import org.jiceng.platform.shared.api.PageRequest;
import org.jiceng.platform.shared.api.RequiredFields;
import org.jiceng.platform.shared.security.CallerContext;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * {@code /api/v1/open311-keys}: the Open311 {@code api_key}s a tenant's administrators issue to vendors' machine
 * clients. A key is shown once, when issued; only its hash is kept.
 */
@Path("api/v1/open311-keys")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Open311 keys", description = "API keys for the Open311 gateway, each acting as one of the tenant's machine clients")
public class Open311KeyResource {
    @Inject
    Open311Keys keys;
    @Inject
    Cursors cursors;
    @Inject
    CallerContext callers;
    @Context
    UriInfo uri;

    /** Body of {@code POST /api/v1/open311-keys}. */
    @Schema(name = "Open311KeyRequest")
    public record KeyRequest(@Schema(description = "The vendor's machine client the key acts as") String clientId) {
    }

    @Schema(name = "Open311Key")
    public record KeyDto(String id, String clientId, List<String> roles,
                         @Schema(description = "The key's first characters, to tell keys apart") String hint,
                         @Schema(description = "The key itself: only in the answer that issued it") String key,
                         String createdBy, OffsetDateTime createdAt, OffsetDateTime revokedAt, boolean active) {
    }

    /** OpenAPI shape of a page of keys. */
    @Schema(name = "Open311KeyPage")
    static final class KeyPageSchema {
        public List<KeyDto> data;
        @Schema(nullable = true)
        public String nextCursor;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "issueOpen311Key", summary = "Issue an api_key to a vendor's machine client")
    @APIResponse(responseCode = "201", description = "Issued; the answer carries the key, once",
            content = @Content(schema = @Schema(ref = "Open311Key")))
    public Response issue(KeyRequest r) {
        RequiredFields.check(r).present("clientId", r.clientId()).orFail();
        Open311Keys.Issued issued = keys.issue(r.clientId());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/open311-keys").path(issued.key().id()).build())
                .entity(dto(issued.key(), issued.value())).build();
    }

    @GET
    @Operation(operationId = "listOpen311Keys", summary = "The tenant's Open311 keys, oldest first")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(ref = "Open311KeyPage")))
    public PageDto<KeyDto> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit);
        String tenant = callers.get().tenantId();
        return cursors.page(tenant, "open311-keys", keys.list(cursors.after(tenant, "open311-keys", cursor),
                page.limit()), k -> dto(k, null), KeyDto::id);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getOpen311Key", summary = "One Open311 key")
    public KeyDto get(@PathParam("id") String id) {
        return dto(keys.get(id), null);
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "revokeOpen311Key", summary = "Revoke a key at once")
    @APIResponse(responseCode = "204", description = "Revoked")
    public Response revoke(@PathParam("id") String id) {
        keys.revoke(id);
        return Response.noContent().build();
    }

    static KeyDto dto(Open311Key k, String value) {
        return new KeyDto(k.id(), k.clientId(), k.roles().stream().sorted().toList(), k.hint(), value, k.createdBy(),
                k.createdAt(), k.revokedAt().orElse(null), k.active());
    }
}
