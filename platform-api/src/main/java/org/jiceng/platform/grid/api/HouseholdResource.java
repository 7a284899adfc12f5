package org.jiceng.platform.grid.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiceng.platform.grid.application.Households;
import org.jiceng.platform.shared.api.Cursors;
import org.jiceng.platform.shared.api.PageDto;
import org.jiceng.platform.shared.api.PageRequest;
import org.jiceng.platform.shared.api.Problem;
import org.jiceng.platform.shared.api.RequiredFields;
import org.jiceng.platform.shared.security.CallerContext;

/** {@code /api/v1/households}: the household register of buildings, compounds and grids. */
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Households", description = "Households (户) and their heads, personal data masked without pii:read")
public class HouseholdResource {
    @Inject
    Households households;
    @Inject
    Cursors cursors;
    @Inject
    CallerContext callers;

    @POST
    @Path("households")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerHousehold", summary = "Register a household at an address",
            description = "One household per address within a node (409 for a second).")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(ref = "Household")))
    @APIResponse(responseCode = "409", description = "The address is registered in this node already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(HouseholdDtos.HouseholdRequest r) {
        RequiredFields.check(r).present("gridId", r.gridId()).present("address", r.address()).orFail();
        return Response.status(201).entity(HouseholdDtos.HouseholdDto.of(households.register(r.gridId(), r.address(),
                r.headName(), r.headPhone()))).build();
    }

    @GET
    @Path("households/{id}")
    @Operation(operationId = "getHousehold", summary = "One household")
    public HouseholdDtos.HouseholdDto get(@PathParam("id") String id) {
        return HouseholdDtos.HouseholdDto.of(households.get(id));
    }

    @GET
    @Path("households")
    @Operation(operationId = "listHouseholds", summary = "The households within a grid subtree")
    public PageDto<HouseholdDtos.HouseholdDto> list(@QueryParam("gridId") String gridId,
                                                     @QueryParam("limit") Integer limit,
                                                     @QueryParam("cursor") String cursor) {
        RequiredFields.check(Boolean.TRUE).present("gridId", gridId).orFail();
        PageRequest page = PageRequest.of(limit);
        String tenant = callers.get().tenantId();
        String scope = "households|" + gridId;
        return cursors.page(tenant, scope, households.within(gridId, cursors.after(tenant, scope, cursor),
                page.limit()), HouseholdDtos.HouseholdDto::of, HouseholdDtos.HouseholdDto::id);
    }
}
