package org.jiceng.platform.volunteer.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiceng.platform.shared.api.Cursors;
import org.jiceng.platform.shared.api.ETags;
import org.jiceng.platform.shared.api.PageDto;
import org.jiceng.platform.shared.api.PageRequest;
import org.jiceng.platform.shared.api.RequiredFields;
import org.jiceng.platform.shared.domain.EnumValues;
import org.jiceng.platform.shared.security.CallerContext;
import org.jiceng.platform.volunteer.application.Wishes;
import org.jiceng.platform.volunteer.domain.Wish;

import java.util.Optional;

/**
 * {@code /api/v1/wishes}: 微心愿. A resident posts, a volunteer claims and fulfils, the resident confirms (and the
 * volunteer's points are credited) or withdraws an unclaimed wish. Each step names the wish's version in
 * {@code If-Match}.
 */
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Wishes", description = "Residents' small wishes, claimed and fulfilled by volunteers")
public class WishResource {
    @Inject
    Wishes wishes;
    @Inject
    Cursors cursors;
    @Inject
    CallerContext callers;
    @Context
    UriInfo uri;

    @POST
    @Path("wishes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "postWish", summary = "A resident posts a wish")
    @APIResponse(responseCode = "201", description = "Posted",
            content = @Content(schema = @Schema(ref = "Wish")))
    public Response post(VolunteerDtos.WishRequest r) {
        RequiredFields.check(r).present("title", r.title()).present("description", r.description())
                .present("gridId", r.gridId()).orFail();
        Wish w = wishes.post(r.title(), r.description(), r.gridId(), r.points());
        return ETags.created(uri.getBaseUriBuilder().path("api/v1/wishes").path(w.id()).build(),
                VolunteerAssembler.dto(w), w.version());
    }

    @GET
    @Path("wishes")
    @Operation(operationId = "listWishes", summary = "Wishes, oldest first",
            description = "Coordinators see every wish of the tenant; a resident, or a vendor's app, its own.")
    public PageDto<VolunteerDtos.WishDto> list(
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"POSTED", "CLAIMED", "FULFILLED",
                    "CONFIRMED", "WITHDRAWN"})) @QueryParam("status") String status,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit);
        Optional<Wish.Status> wanted = Optional.ofNullable(status)
                .map(s -> EnumValues.parse(Wish.Status.class, "status", s));
        String tenant = callers.get().tenantId();
        String scope = "wishes|" + wanted.map(Enum::name).orElse("");
        return cursors.page(tenant, scope, wishes.list(wanted, cursors.after(tenant, scope, cursor), page.limit()),
                VolunteerAssembler::dto, VolunteerDtos.WishDto::id);
    }

    @GET
    @Path("wishes/{id}")
    @Operation(operationId = "getWish", summary = "One wish (a resident sees their own)")
    @APIResponse(responseCode = "200", description = "The wish; ETag is its version",
            content = @Content(schema = @Schema(ref = "Wish")))
    public Response get(@PathParam("id") String id) {
        return step(wishes.get(id));
    }

    @POST
    @Path("wishes/{id}:claim")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "claimWish", summary = "A volunteer claims the wish")
    @APIResponse(responseCode = "200", description = "Claimed",
            content = @Content(schema = @Schema(ref = "Wish")))
    public Response claim(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          VolunteerDtos.ClaimRequest r) {
        RequiredFields.check(r).present("volunteerId", r.volunteerId()).orFail();
        return step(wishes.claim(id, ETags.expectedVersion(ifMatch), r.volunteerId()));
    }

    @POST
    @Path("wishes/{id}:fulfil")
    @Operation(operationId = "fulfilWish", summary = "The volunteer has fulfilled it")
    @APIResponse(responseCode = "200", description = "Fulfilled",
            content = @Content(schema = @Schema(ref = "Wish")))
    public Response fulfil(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return step(wishes.fulfil(id, ETags.expectedVersion(ifMatch)));
    }

    @POST
    @Path("wishes/{id}:confirm")
    @Operation(operationId = "confirmWish", summary = "The resident confirms; the volunteer's points are credited once")
    @APIResponse(responseCode = "200", description = "Confirmed",
            content = @Content(schema = @Schema(ref = "Wish")))
    public Response confirm(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return step(wishes.confirm(id, ETags.expectedVersion(ifMatch)));
    }

    @POST
    @Path("wishes/{id}:withdraw")
    @Operation(operationId = "withdrawWish", summary = "The resident withdraws an unclaimed wish")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(schema = @Schema(ref = "Wish")))
    public Response withdraw(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return step(wishes.withdraw(id, ETags.expectedVersion(ifMatch)));
    }

    private static Response step(Wish w) {
        return ETags.ok(VolunteerAssembler.dto(w), w.version());
    }
}
