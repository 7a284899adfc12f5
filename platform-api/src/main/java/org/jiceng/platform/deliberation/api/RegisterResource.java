package org.jiceng.platform.deliberation.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiceng.platform.shared.api.Cursors;
import org.jiceng.platform.shared.api.ETags;
import org.jiceng.platform.shared.api.PageDto;
import org.jiceng.platform.shared.api.PageRequest;
import org.jiceng.platform.shared.api.RequiredFields;
import org.jiceng.platform.shared.domain.EnumValues;
import org.jiceng.platform.shared.security.CallerContext;
import org.jiceng.platform.deliberation.application.Councils;
import org.jiceng.platform.deliberation.application.Registers;
import org.jiceng.platform.deliberation.domain.ResidentBinding;

import java.util.Optional;

/**
 * The registers votes draw their electorates from: {@code /api/v1/property-units} (专有部分 with area and owner),
 * {@code /api/v1/resident-bindings} (a resident bound to a household or owner, verified by staff) and
 * {@code /api/v1/representatives} (residents' group representatives).
 */
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Electoral registers", description = "Property units and owners, resident bindings, representatives")
public class RegisterResource {
    @Inject
    Registers registers;
    @Inject
    Cursors cursors;
    @Inject
    CallerContext callers;
    @Context
    UriInfo uri;

    @POST
    @Path("property-units")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerPropertyUnit", summary = "Register a unit with its floor area and owner")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = DeliberationDtos.UnitDto.class)))
    public Response registerUnit(DeliberationDtos.UnitRequest r) {
        RequiredFields.check(r).present("gridId", r.gridId()).present("unitNo", r.unitNo()).present("area", r.area())
                .present("ownerRef", r.ownerRef()).orFail();
        var u = registers.registerUnit(r.gridId(), r.unitNo(), r.area(), r.ownerRef());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/property-units").path(u.id()).build())
                .entity(DeliberationAssembler.dto(u)).build();
    }

    @GET
    @Path("property-units")
    @Operation(operationId = "listPropertyUnits", summary = "The units within a grid subtree")
    public PageDto<DeliberationDtos.UnitDto> units(@QueryParam("gridId") String gridId,
                                                   @QueryParam("limit") Integer limit,
                                                   @QueryParam("cursor") String cursor) {
        RequiredFields.check(gridId).present("gridId", gridId).orFail();
        PageRequest page = PageRequest.of(limit);
        String tenant = callers.get().tenantId();
        String scope = "units|" + gridId;
        return cursors.page(tenant, scope, registers.units(gridId, cursors.after(tenant, scope, cursor), page.limit()),
                DeliberationAssembler::dto, DeliberationDtos.UnitDto::id);
    }

    @POST
    @Path("resident-bindings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestResidentBinding", summary = "A resident asks to be bound to a household or owner",
            description = "Through a vendor's app, name the resident in Jiceng-End-User; the binding is then used "
                    + "through that app only. Staff verify it before it counts.")
    @APIResponse(responseCode = "201", description = "Requested",
            content = @Content(schema = @Schema(implementation = DeliberationDtos.BindingDto.class)))
    public Response requestBinding(DeliberationDtos.BindingRequest r) {
        RequiredFields.check(r).orFail();
        var b = registers.requestBinding(r.householdId(), r.ownerId());
        return ETags.created(uri.getBaseUriBuilder().path("api/v1/resident-bindings").path(b.id()).build(),
                DeliberationAssembler.dto(b), b.version());
    }

    @GET
    @Path("resident-bindings")
    @Operation(operationId = "listResidentBindings", summary = "Bindings: all for staff, a resident's own otherwise")
    public PageDto<DeliberationDtos.BindingDto> bindings(@QueryParam("state") String state,
                                                         @QueryParam("limit") Integer limit,
                                                         @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit);
        Optional<ResidentBinding.State> wanted = Optional.ofNullable(state)
                .map(s -> EnumValues.parse(ResidentBinding.State.class, "state", s));
        String tenant = callers.get().tenantId();
        String scope = "bindings|" + wanted.map(Enum::name).orElse("") + "|" + callers.actorKey();
        return cursors.page(tenant, scope, registers.bindings(wanted, cursors.after(tenant, scope, cursor),
                page.limit()), DeliberationAssembler::dto, DeliberationDtos.BindingDto::id);
    }

    @GET
    @Path("resident-bindings/{id}")
    @Operation(operationId = "getResidentBinding", summary = "One binding")
    @APIResponse(responseCode = "200", description = "The binding; ETag is its version",
            content = @Content(schema = @Schema(implementation = DeliberationDtos.BindingDto.class)))
    public Response binding(@PathParam("id") String id) {
        var b = registers.binding(id);
        return ETags.ok(DeliberationAssembler.dto(b), b.version());
    }

    @POST
    @Path("resident-bindings/{id}:verify")
    @Operation(operationId = "verifyResidentBinding", summary = "Staff verify the binding")
    @APIResponse(responseCode = "200", description = "Verified",
            content = @Content(schema = @Schema(implementation = DeliberationDtos.BindingDto.class)))
    public Response verify(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var b = registers.verify(id, ETags.expectedVersion(ifMatch));
        return ETags.ok(DeliberationAssembler.dto(b), b.version());
    }

    @POST
    @Path("resident-bindings/{id}:revoke")
    @Operation(operationId = "revokeResidentBinding", summary = "Staff revoke the binding")
    @APIResponse(responseCode = "200", description = "Revoked",
            content = @Content(schema = @Schema(implementation = DeliberationDtos.BindingDto.class)))
    public Response revoke(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var b = registers.revoke(id, ETags.expectedVersion(ifMatch));
        return ETags.ok(DeliberationAssembler.dto(b), b.version());
    }

    @POST
    @Path("representatives")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addRepresentative", summary = "Record a residents' group representative")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = DeliberationDtos.RepresentativeDto.class)))
    public Response addRepresentative(DeliberationDtos.RepresentativeRequest r) {
        RequiredFields.check(r).present("gridId", r.gridId()).present("accountSubject", r.accountSubject())
                .present("sinceOn", r.sinceOn()).orFail();
        var x = registers.addRepresentative(r.gridId(), r.accountSubject(), r.householdId(), r.sinceOn());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/representatives").path(x.id()).build())
                .entity(DeliberationAssembler.dto(x)).build();
    }

    @GET
    @Path("representatives")
    @Operation(operationId = "listRepresentatives", summary = "The representatives of the groups within a subtree")
    public PageDto<DeliberationDtos.RepresentativeDto> representatives(@QueryParam("gridId") String gridId,
                                                                       @QueryParam("limit") Integer limit,
                                                                       @QueryParam("cursor") String cursor) {
        RequiredFields.check(gridId).present("gridId", gridId).orFail();
        return cursors.pageOf(callers.get().tenantId(), "representatives|" + gridId,
                registers.representatives(gridId), r -> r.id(), DeliberationAssembler::dto, cursor,
                PageRequest.of(limit));
    }

    @DELETE
    @Path("representatives/{id}")
    @Operation(operationId = "removeRepresentative", summary = "Remove a representative")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response removeRepresentative(@PathParam("id") String id) {
        registers.removeRepresentative(id);
        return Response.noContent().build();
    }
}
