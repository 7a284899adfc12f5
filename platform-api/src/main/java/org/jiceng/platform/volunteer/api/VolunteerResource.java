package org.jiceng.platform.volunteer.api;

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
import org.jiceng.platform.shared.api.Cursors;
import org.jiceng.platform.shared.api.PageDto;
import org.jiceng.platform.shared.api.QueryDates;
import org.jiceng.platform.shared.api.PageRequest;
import org.jiceng.platform.shared.api.RequiredFields;
import org.jiceng.platform.shared.domain.Slice;
import org.jiceng.platform.shared.security.CallerContext;
import org.jiceng.platform.volunteer.application.Activities;
import org.jiceng.platform.volunteer.application.Rewards;
import org.jiceng.platform.volunteer.application.VolunteerView;
import org.jiceng.platform.volunteer.application.Volunteers;
import org.jiceng.platform.volunteer.domain.Activity;
import org.jiceng.platform.volunteer.domain.ActivitySignup;
import org.jiceng.platform.volunteer.domain.PointsEntry;
import org.jiceng.platform.volunteer.domain.PointsTransaction;
import org.jiceng.platform.volunteer.domain.Redemption;
import org.jiceng.platform.volunteer.domain.Reward;
import org.jiceng.platform.volunteer.domain.VolunteerRepository;

import java.util.List;

/**
 * {@code /api/v1/volunteers}, {@code /api/v1/points}, {@code /api/v1/rewards}, {@code /api/v1/activities}: volunteers
 * and the points they earn and redeem — kept as trustworthy as money.
 */
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Volunteers", description = "Volunteers, activities, the points ledger and rewards")
public class VolunteerResource {
    @Inject
    Volunteers volunteers;
    @Inject
    Rewards rewards;
    @Inject
    Activities activities;
    @Inject
    org.jiceng.platform.volunteer.application.Wishes wishes;
    @Inject
    org.jiceng.platform.volunteer.application.Teams teams;
    @Inject
    Cursors cursors;
    @Inject
    CallerContext callers;

    @POST
    @Path("volunteers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerVolunteer", summary = "Register a volunteer; opens their points account")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = VolunteerDtos.VolunteerDto.class)))
    public Response register(VolunteerDtos.RegisterRequest r) {
        RequiredFields.check(r).present("name", r.name()).present("homeGridId", r.homeGridId())
                .maxLength("subject", r.subject(), 200).maxLength("externalId", r.externalId(), 200).orFail();
        return Response.status(201).entity(dto(volunteers.register(r.name(), r.phone(), r.subject(), r.externalId(),
                r.homeGridId(), r.skills(), r.partyMemberId()))).build();
    }

    @GET
    @Path("volunteers")
    @Operation(operationId = "listVolunteers", summary = "Volunteers with their balances")
    public PageDto<VolunteerDtos.VolunteerDto> list(@QueryParam("limit") Integer limit,
                                                    @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit);
        String tenant = callers.get().tenantId();
        String after = cursor == null ? null : cursors.decode(tenant, "volunteers", cursor);
        Slice<VolunteerView> slice = volunteers.list(after, page.limit());
        List<VolunteerDtos.VolunteerDto> data = slice.items().stream().map(VolunteerResource::dto).toList();
        return new PageDto<>(data, slice.hasMore() ? cursors.encode(tenant, "volunteers", data.get(data.size() - 1)
                .id()) : null);
    }

    @GET
    @Path("volunteers/{id}")
    @Operation(operationId = "getVolunteer", summary = "One volunteer with their balance")
    public VolunteerDtos.VolunteerDto get(@PathParam("id") String id) {
        return dto(volunteers.get(id));
    }

    @GET
    @Path("volunteers/{id}/statement")
    @Operation(operationId = "getVolunteerStatement", summary = "The volunteer's ledger entries, newest first")
    public PageDto<VolunteerDtos.EntryDto> statement(@PathParam("id") String id, @QueryParam("limit") Integer limit,
                                                     @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit);
        String tenant = callers.get().tenantId();
        String scope = "statement|" + id;
        String after = cursor == null ? null : cursors.decode(tenant, scope, cursor);
        Slice<PointsEntry> slice = volunteers.statement(id, after, page.limit());
        List<VolunteerDtos.EntryDto> data = slice.items().stream().map(e -> new VolunteerDtos.EntryDto(e.id(),
                e.transactionId(), e.amount(), e.createdAt())).toList();
        return new PageDto<>(data, slice.hasMore() ? cursors.encode(tenant, scope, data.get(data.size() - 1).id())
                : null);
    }

    @GET
    @Path("volunteers/{id}/service-record")
    @Operation(operationId = "getVolunteerServiceRecord", summary = "The record of service a district prints",
            description = "Services (verified activity sign-ups and confirmed wishes), verified hours, points earned "
                    + "for service less reversals, the certificate number.")
    public VolunteerDtos.ServiceRecordDto serviceRecord(@PathParam("id") String id) {
        Volunteers.ServiceRecordView r = volunteers.serviceRecord(id);
        VolunteerView v = r.volunteer();
        return new VolunteerDtos.ServiceRecordDto(v.volunteer().id(), v.volunteer().certificateNo(), v.name(),
                r.record().services(), r.record().verifiedMinutes(),
                Math.round(r.record().verifiedMinutes() / 6.0) / 10.0,
                r.record().pointsEarned(), v.balance());
    }

    @GET
    @Path("volunteers:leaderboard")
    @Operation(operationId = "getVolunteerLeaderboard", summary = "Volunteers by points earned in a period",
            description = "Points credited for service (activities, wishes) less their reversals, in [from, to) of "
                    + "the tenant's calendar (default this month), for volunteers whose home grid lies in gridId's "
                    + "subtree (default all).")
    public PageDto<VolunteerDtos.LeaderboardDto> leaderboard(@QueryParam("from") String from,
                                                             @QueryParam("to") String to,
                                                             @QueryParam("gridId") String gridId,
                                                             @QueryParam("teamId") String teamId,
                                                             @QueryParam("limit") Integer limit) {
        PageRequest page = PageRequest.of(limit);
        java.time.LocalDate start = QueryDates.parse("from", from).orElse(java.time.LocalDate.now(
                java.time.ZoneId.of(callers.get().tenant().settings().timeZone())).withDayOfMonth(1));
        java.time.LocalDate end = QueryDates.parse("to", to).orElse(start.plusMonths(1));
        List<VolunteerRepository.LeaderboardRow> rows = volunteers.leaderboard(start, end,
                java.util.Optional.ofNullable(gridId), java.util.Optional.ofNullable(teamId), page.limit());
        List<VolunteerDtos.LeaderboardDto> data = new java.util.ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            VolunteerRepository.LeaderboardRow r = rows.get(i);
            data.add(new VolunteerDtos.LeaderboardDto(i + 1, r.volunteerId(), r.certificateNo(), r.pointsEarned(),
                    r.services()));
        }
        return new PageDto<>(data, null);
    }


    @POST
    @Path("volunteer-teams")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createVolunteerTeam", summary = "Form a team for a service area in a grid")
    @APIResponse(responseCode = "201", description = "Formed",
            content = @Content(schema = @Schema(implementation = VolunteerDtos.TeamDto.class)))
    public Response createTeam(VolunteerDtos.TeamRequest r) {
        RequiredFields.check(r).present("name", r.name()).present("serviceArea", r.serviceArea())
                .present("gridId", r.gridId()).orFail();
        return Response.status(201).entity(dto(teams.create(r.name(), r.serviceArea(), r.gridId(), r.leaderId())))
                .build();
    }

    @GET
    @Path("volunteer-teams")
    @Operation(operationId = "listVolunteerTeams", summary = "Teams with their members")
    public PageDto<VolunteerDtos.TeamDto> teams() {
        return new PageDto<>(teams.list().stream().map(VolunteerResource::dto).toList(), null);
    }

    @GET
    @Path("volunteer-teams/{id}")
    @Operation(operationId = "getVolunteerTeam", summary = "One team with its members")
    public VolunteerDtos.TeamDto team(@PathParam("id") String id) {
        return dto(teams.get(id));
    }

    @POST
    @Path("volunteer-teams/{id}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addVolunteerTeamMember", summary = "A volunteer joins the team")
    public VolunteerDtos.TeamDto join(@PathParam("id") String id, VolunteerDtos.SignupRequest r) {
        RequiredFields.check(r).present("volunteerId", r.volunteerId()).orFail();
        return dto(teams.addMember(id, r.volunteerId()));
    }

    private static VolunteerDtos.TeamDto dto(org.jiceng.platform.volunteer.application.Teams.TeamView t) {
        return new VolunteerDtos.TeamDto(t.team().id(), t.team().name(), t.team().serviceArea(), t.team().gridId(),
                t.team().leaderId().orElse(null), t.members());
    }

    @POST
    @Path("wishes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "postWish", summary = "A resident posts a wish")
    @APIResponse(responseCode = "201", description = "Posted",
            content = @Content(schema = @Schema(implementation = VolunteerDtos.WishDto.class)))
    public Response postWish(VolunteerDtos.WishRequest r) {
        RequiredFields.check(r).present("title", r.title()).present("description", r.description())
                .present("gridId", r.gridId()).orFail();
        return Response.status(201).entity(dto(wishes.post(r.title(), r.description(), r.gridId(), r.points())))
                .build();
    }

    @GET
    @Path("wishes/{id}")
    @Operation(operationId = "getWish", summary = "One wish (a resident sees their own)")
    public VolunteerDtos.WishDto wish(@PathParam("id") String id) {
        return dto(wishes.get(id));
    }

    @POST
    @Path("wishes/{id}:claim")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "claimWish", summary = "A volunteer claims the wish")
    public VolunteerDtos.WishDto claimWish(@PathParam("id") String id, VolunteerDtos.ClaimRequest r) {
        RequiredFields.check(r).present("volunteerId", r.volunteerId()).orFail();
        return dto(wishes.claim(id, r.volunteerId()));
    }

    @POST
    @Path("wishes/{id}:fulfil")
    @Operation(operationId = "fulfilWish", summary = "The volunteer has fulfilled it")
    public VolunteerDtos.WishDto fulfilWish(@PathParam("id") String id) {
        return dto(wishes.fulfil(id));
    }

    @POST
    @Path("wishes/{id}:confirm")
    @Operation(operationId = "confirmWish", summary = "The resident confirms; the volunteer's points are credited once")
    public VolunteerDtos.WishDto confirmWish(@PathParam("id") String id) {
        return dto(wishes.confirm(id));
    }

    @POST
    @Path("wishes/{id}:withdraw")
    @Operation(operationId = "withdrawWish", summary = "The resident withdraws an unclaimed wish")
    public VolunteerDtos.WishDto withdrawWish(@PathParam("id") String id) {
        return dto(wishes.withdraw(id));
    }

    private static VolunteerDtos.WishDto dto(org.jiceng.platform.volunteer.domain.Wish w) {
        return new VolunteerDtos.WishDto(w.id(), w.title(), w.description(), w.gridId(), w.residentSubject(),
                w.points(), w.status().name(), w.volunteerId().orElse(null), w.claimedAt().orElse(null),
                w.fulfilledAt().orElse(null), w.confirmedAt().orElse(null), w.createdAt());
    }

    @POST
    @Path("points/transactions/{id}:reverse")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reversePointsTransaction", summary = "Undo a transaction with its mirror image",
            description = "Once per transaction; refused when the receiving account no longer covers it.")
    @APIResponse(responseCode = "200", description = "The reversal",
            content = @Content(schema = @Schema(implementation = VolunteerDtos.TransactionDto.class)))
    public VolunteerDtos.TransactionDto reverse(@PathParam("id") String id, VolunteerDtos.ReverseRequest r) {
        PointsTransaction t = volunteers.reverse(id, r == null ? null : r.reason());
        return new VolunteerDtos.TransactionDto(t.id(), t.kind(), t.amount(), t.fromAccount(), t.toAccount(),
                t.reason(), t.refType(), t.refId(), t.reversesId().orElse(null), t.actor(), t.createdAt());
    }

    @jakarta.ws.rs.PUT
    @Path("points/multipliers/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setPointsMultiplier", summary = "Set one of the tenant's points multipliers",
            description = "An activity created with it keeps the percentage it had then.")
    public VolunteerDtos.MultiplierDto setMultiplier(@PathParam("code") String code, VolunteerDtos.MultiplierDto r) {
        RequiredFields.check(r).present("name", r.name()).present("percent", r.percent()).orFail();
        var m = volunteers.setMultiplier(code, r.name(), r.percent());
        return new VolunteerDtos.MultiplierDto(m.code(), m.name(), m.percent());
    }

    @GET
    @Path("points/multipliers")
    @Operation(operationId = "listPointsMultipliers", summary = "The tenant's points multipliers")
    public PageDto<VolunteerDtos.MultiplierDto> multipliers() {
        return new PageDto<>(volunteers.multipliers().stream().map(m -> new VolunteerDtos.MultiplierDto(m.code(),
                m.name(), m.percent())).toList(), null);
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

    @POST
    @Path("rewards")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createReward", summary = "Add a reward with its price and stock")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = VolunteerDtos.RewardDto.class)))
    public Response createReward(VolunteerDtos.RewardRequest r) {
        RequiredFields.check(r).present("name", r.name()).present("price", r.price()).present("stock", r.stock())
                .orFail();
        return Response.status(201).entity(dto(rewards.create(r.name(), r.price(), r.stock()))).build();
    }

    @GET
    @Path("rewards")
    @Operation(operationId = "listRewards", summary = "The rewards catalogue")
    public PageDto<VolunteerDtos.RewardDto> rewards() {
        return new PageDto<>(rewards.list().stream().map(VolunteerResource::dto).toList(), null);
    }

    @POST
    @Path("rewards/{id}:restock")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "restockReward", summary = "Add stock")
    public VolunteerDtos.RewardDto restock(@PathParam("id") String id, VolunteerDtos.RestockRequest r) {
        RequiredFields.check(r).present("quantity", r.quantity()).orFail();
        return dto(rewards.restock(id, r.quantity()));
    }

    @POST
    @Path("rewards/{id}:redeem")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "redeemReward", summary = "Spend a volunteer's points on one of the reward",
            description = "Atomic: stock and balance are checked and booked together; 409 when out of stock or the "
                    + "balance does not cover the price. Accepts Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Redeemed",
            content = @Content(schema = @Schema(implementation = VolunteerDtos.RedemptionDto.class)))
    public Response redeem(@PathParam("id") String id, VolunteerDtos.RedeemRequest r) {
        RequiredFields.check(r).present("volunteerId", r.volunteerId()).orFail();
        Redemption x = rewards.redeem(id, r.volunteerId());
        return Response.status(201).entity(new VolunteerDtos.RedemptionDto(x.id(), x.volunteerId(), x.rewardId(),
                x.price(), x.transactionId(), x.createdAt())).build();
    }

    @POST
    @Path("activities")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createActivity", summary = "Organise an activity; the caller certifies its hours")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = VolunteerDtos.ActivityDto.class)))
    public Response createActivity(VolunteerDtos.ActivityRequest r) {
        RequiredFields.check(r).present("title", r.title()).present("gridId", r.gridId())
                .present("startsAt", r.startsAt()).present("endsAt", r.endsAt()).present("capacity", r.capacity())
                .orFail();
        return Response.status(201).entity(dto(activities.create(r.title(), r.gridId(), r.startsAt(), r.endsAt(),
                r.capacity(), r.pointsFixed(), r.pointsPerHour(), r.multiplierCode()))).build();
    }

    @GET
    @Path("activities/{id}")
    @Operation(operationId = "getActivity", summary = "One activity")
    public VolunteerDtos.ActivityDto activity(@PathParam("id") String id) {
        return dto(activities.get(id));
    }

    @GET
    @Path("activities/{id}/signups")
    @Operation(operationId = "listActivitySignups", summary = "An activity's sign-ups")
    public PageDto<VolunteerDtos.SignupDto> signups(@PathParam("id") String id) {
        return new PageDto<>(activities.signups(id).stream().map(VolunteerResource::dto).toList(), null);
    }

    @POST
    @Path("activities/{id}/signups")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "signUpForActivity", summary = "Sign a volunteer up (capacity enforced, once)")
    @APIResponse(responseCode = "201", description = "Signed up",
            content = @Content(schema = @Schema(implementation = VolunteerDtos.SignupDto.class)))
    public Response signUp(@PathParam("id") String id, VolunteerDtos.SignupRequest r) {
        RequiredFields.check(r).present("volunteerId", r.volunteerId()).orFail();
        return Response.status(201).entity(dto(activities.signUp(id, r.volunteerId()))).build();
    }

    @POST
    @Path("activities/{id}/signups/{signupId}:cancel")
    @Operation(operationId = "cancelActivitySignup", summary = "Cancel before check-in")
    public VolunteerDtos.SignupDto cancel(@PathParam("id") String id, @PathParam("signupId") String signupId) {
        return dto(activities.cancel(id, signupId));
    }

    @POST
    @Path("activities/{id}/signups/{signupId}:check-in")
    @Operation(operationId = "checkInActivitySignup", summary = "Check in")
    public VolunteerDtos.SignupDto checkIn(@PathParam("id") String id, @PathParam("signupId") String signupId) {
        return dto(activities.checkIn(id, signupId));
    }

    @POST
    @Path("activities/{id}/signups/{signupId}:check-out")
    @Operation(operationId = "checkOutActivitySignup", summary = "Check out (after check-in)")
    public VolunteerDtos.SignupDto checkOut(@PathParam("id") String id, @PathParam("signupId") String signupId) {
        return dto(activities.checkOut(id, signupId));
    }

    @POST
    @Path("activities/{id}/signups/{signupId}:verify")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "verifyActivitySignup",
            summary = "The organiser certifies the hours; points credited once")
    public VolunteerDtos.SignupDto verify(@PathParam("id") String id, @PathParam("signupId") String signupId,
                                          VolunteerDtos.VerifyRequest r) {
        return dto(activities.verify(id, signupId, r == null ? null : r.minutes()));
    }

    private static VolunteerDtos.VolunteerDto dto(VolunteerView v) {
        return new VolunteerDtos.VolunteerDto(v.volunteer().id(), v.name(), v.phone(), v.masked(),
                v.volunteer().subject().orElse(null), v.volunteer().externalId().orElse(null),
                v.volunteer().homeGridId(), skills(v.volunteer().skillsJson()),
                v.volunteer().partyMemberId().orElse(null), v.volunteer().certificateNo(),
                v.balance(), v.volunteer().createdAt());
    }

    private static List<String> skills(String json) {
        try (jakarta.json.JsonReader r = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
            return r.readArray().getValuesAs(jakarta.json.JsonString.class).stream()
                    .map(jakarta.json.JsonString::getString).toList();
        }
    }

    private static VolunteerDtos.RewardDto dto(Reward r) {
        return new VolunteerDtos.RewardDto(r.id(), r.name(), r.price(), r.stock(), r.active(), r.version());
    }

    private static VolunteerDtos.ActivityDto dto(Activity a) {
        return new VolunteerDtos.ActivityDto(a.id(), a.title(), a.gridId(), a.startsAt(), a.endsAt(), a.capacity(),
                a.organiserSubject(), a.pointsFixed().orElse(null), a.pointsPerHour().orElse(null),
                a.multiplierCode().orElse(null), a.multiplierPercent());
    }

    private static VolunteerDtos.SignupDto dto(ActivitySignup s) {
        return new VolunteerDtos.SignupDto(s.id(), s.activityId(), s.volunteerId(), s.status().name(),
                s.checkedInAt().orElse(null), s.checkedOutAt().orElse(null), s.verifiedMinutes().orElse(null),
                s.points().orElse(null));
    }
}
