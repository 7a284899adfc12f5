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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiceng.platform.shared.api.Cursors;
import org.jiceng.platform.shared.api.ETags;
import org.jiceng.platform.shared.api.PageDto;
import org.jiceng.platform.shared.api.PageRequest;
import org.jiceng.platform.shared.api.RequiredFields;
import org.jiceng.platform.shared.security.CallerContext;
import org.jiceng.platform.volunteer.application.Rewards;
import org.jiceng.platform.volunteer.domain.Redemption;
import org.jiceng.platform.volunteer.domain.Reward;

/**
 * {@code /api/v1/rewards}: the catalogue volunteers spend their points on, and its redemptions. Restocking names
 * the reward's version in {@code If-Match}; a redemption is a new record and needs none, so that many volunteers
 * can redeem at once (stock and balances are checked under locks).
 */
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rewards", description = "The rewards catalogue and redemptions")
public class RewardResource {
    @Inject
    Rewards rewards;
    @Inject
    Cursors cursors;
    @Inject
    CallerContext callers;
    @Context
    UriInfo uri;

    @POST
    @Path("rewards")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createReward", summary = "Add a reward with its price and stock")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(ref = "Reward")))
    public Response create(VolunteerDtos.RewardRequest r) {
        RequiredFields.check(r).present("name", r.name()).present("price", r.price()).present("stock", r.stock())
                .orFail();
        Reward reward = rewards.create(r.name(), r.price(), r.stock());
        return ETags.created(uri.getBaseUriBuilder().path("api/v1/rewards").path(reward.id()).build(),
                VolunteerAssembler.dto(reward), reward.version());
    }

    @GET
    @Path("rewards")
    @Operation(operationId = "listRewards", summary = "The rewards catalogue")
    public PageDto<VolunteerDtos.RewardDto> list(@QueryParam("limit") Integer limit,
                                                 @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit);
        String tenant = callers.get().tenantId();
        return cursors.page(tenant, "rewards", rewards.list(cursors.after(tenant, "rewards", cursor), page.limit()),
                VolunteerAssembler::dto, VolunteerDtos.RewardDto::id);
    }

    @GET
    @Path("rewards/{id}")
    @Operation(operationId = "getReward", summary = "One reward with its stock")
    @APIResponse(responseCode = "200", description = "The reward; ETag is its version",
            content = @Content(schema = @Schema(ref = "Reward")))
    public Response get(@PathParam("id") String id) {
        Reward r = rewards.get(id);
        return ETags.ok(VolunteerAssembler.dto(r), r.version());
    }

    @POST
    @Path("rewards/{id}:restock")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "restockReward", summary = "Add stock")
    @APIResponse(responseCode = "200", description = "Restocked",
            content = @Content(schema = @Schema(ref = "Reward")))
    public Response restock(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            VolunteerDtos.RestockRequest r) {
        RequiredFields.check(r).present("quantity", r.quantity()).orFail();
        Reward reward = rewards.restock(id, ETags.expectedVersion(ifMatch), r.quantity());
        return ETags.ok(VolunteerAssembler.dto(reward), reward.version());
    }

    @POST
    @Path("rewards/{id}:redeem")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "redeemReward", summary = "Spend a volunteer's points on one of the reward",
            description = "Atomic: stock and balance are checked and booked together; 409 when out of stock or the "
                    + "balance does not cover the price.")
    @APIResponse(responseCode = "201", description = "Redeemed",
            content = @Content(schema = @Schema(ref = "Redemption")))
    public Response redeem(@PathParam("id") String id, VolunteerDtos.RedeemRequest r) {
        RequiredFields.check(r).present("volunteerId", r.volunteerId()).orFail();
        Redemption x = rewards.redeem(id, r.volunteerId());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/rewards").path(x.rewardId())
                .path("redemptions").path(x.id()).build()).entity(VolunteerAssembler.dto(x)).build();
    }

    @GET
    @Path("rewards/{id}/redemptions/{redemptionId}")
    @Operation(operationId = "getRedemption", summary = "One redemption of the reward")
    public VolunteerDtos.RedemptionDto redemption(@PathParam("id") String id,
                                                  @PathParam("redemptionId") String redemptionId) {
        return VolunteerAssembler.dto(rewards.redemption(id, redemptionId));
    }
}
