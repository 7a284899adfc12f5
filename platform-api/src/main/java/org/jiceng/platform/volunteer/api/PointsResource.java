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
import org.jiceng.platform.shared.api.QueryDates;
import org.jiceng.platform.volunteer.application.Volunteers;
import org.jiceng.platform.volunteer.domain.PointsMultiplier;
import org.jiceng.platform.volunteer.domain.VolunteerRepository;

import java.util.OptionalLong;

/**
 * {@code /api/v1/points}: the points ledger as a whole: reversals, the tenant's multipliers, expiry runs and the
 * ledger check.
 */
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Points", description = "The points ledger: reversals, multipliers, expiry and the ledger check")
public class PointsResource {
    @Inject
    Volunteers volunteers;
    @Inject
    Cursors cursors;
    @Inject
    CallerContext callers;
    @Context
    UriInfo uri;

    @POST
    @Path("points/transactions/{id}:reverse")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reversePointsTransaction", summary = "Undo a transaction with its mirror image",
            description = "Once per transaction; refused when the receiving account no longer covers it. A "
                    + "transaction never changes, so this takes no If-Match: a second reversal is 409.")
    @APIResponse(responseCode = "200", description = "The reversal",
            content = @Content(schema = @Schema(ref = "PointsTransaction")))
    public VolunteerDtos.TransactionDto reverse(@PathParam("id") String id, VolunteerDtos.ReverseRequest r) {
        return VolunteerAssembler.dto(volunteers.reverse(id, r == null ? null : r.reason()));
    }

    @jakarta.ws.rs.PUT
    @Path("points/multipliers/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setPointsMultiplier", summary = "Create or replace one of the tenant's points multipliers",
            description = "Creating needs no If-Match (201); replacing an existing one needs its ETag (428 without). "
                    + "An activity created with a multiplier keeps the percentage it had then.")
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(schema = @Schema(ref = "PointsMultiplier")))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(ref = "PointsMultiplier")))
    public Response setMultiplier(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  VolunteerDtos.MultiplierRequest r) {
        RequiredFields.check(r).present("name", r.name()).present("percent", r.percent()).orFail();
        OptionalLong expected = ifMatch == null ? OptionalLong.empty() : OptionalLong.of(ETags.expectedVersion(ifMatch));
        Volunteers.MultiplierSet set = volunteers.setMultiplier(code, expected, r.name(), r.percent());
        PointsMultiplier m = set.multiplier();
        return set.created()
                ? ETags.created(uri.getBaseUriBuilder().path("api/v1/points/multipliers").path(m.code())
                .build(), VolunteerAssembler.dto(m), m.version())
                : ETags.ok(VolunteerAssembler.dto(m), m.version());
    }

    @GET
    @Path("points/multipliers/{code}")
    @Operation(operationId = "getPointsMultiplier", summary = "One of the tenant's points multipliers")
    @APIResponse(responseCode = "200", description = "The multiplier; ETag is its version",
            content = @Content(schema = @Schema(ref = "PointsMultiplier")))
    public Response multiplier(@PathParam("code") String code) {
        PointsMultiplier m = volunteers.multiplier(code);
        return ETags.ok(VolunteerAssembler.dto(m), m.version());
    }

    @GET
    @Path("points/multipliers")
    @Operation(operationId = "listPointsMultipliers", summary = "The tenant's points multipliers, by code")
    public PageDto<VolunteerDtos.MultiplierDto> multipliers(@QueryParam("limit") Integer limit,
                                                            @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit);
        String tenant = callers.get().tenantId();
        return cursors.page(tenant, "multipliers", volunteers.multipliers(cursors.after(tenant, "multipliers",
                cursor), page.limit()), VolunteerAssembler::dto, VolunteerDtos.MultiplierDto::code);
    }

    @POST
    @Path("points:expire")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "expirePoints", summary = "Expire unspent points credited before a date",
            description = "The tenant's expiry policy, run when it decides (e.g. each January for the year before "
                    + "last). Spending is taken to use the oldest points first; the expired points move to the expiry "
                    + "sink as new transactions. Repeating a run expires nothing more.")
    public VolunteerDtos.ExpiryDto expire(VolunteerDtos.ExpiryRequest r) {
        RequiredFields.check(r).present("creditedBefore", r.creditedBefore()).orFail();
        Volunteers.ExpiryResult x = volunteers.expire(QueryDates.parse("creditedBefore", r.creditedBefore())
                .orElseThrow());
        return new VolunteerDtos.ExpiryDto(x.accounts(), x.points());
    }

    @GET
    @Path("points:check")
    @Operation(operationId = "checkPointsLedger", summary = "Every balance against the sum of its entries")
    public VolunteerDtos.LedgerCheckDto check() {
        VolunteerRepository.LedgerState s = volunteers.check();
        return new VolunteerDtos.LedgerCheckDto(s.accounts(), s.mismatchedAccounts(), s.sumOfAllEntries());
    }
}
