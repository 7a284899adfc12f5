package org.jiceng.platform.volunteer.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiceng.platform.shared.api.Cursors;
import org.jiceng.platform.shared.api.ETags;
import org.jiceng.platform.shared.api.PageDto;
import org.jiceng.platform.shared.api.PageRequest;
import org.jiceng.platform.shared.api.QueryDates;
import org.jiceng.platform.shared.api.RequiredFields;
import org.jiceng.platform.shared.security.CallerContext;
import org.jiceng.platform.volunteer.application.VolunteerView;
import org.jiceng.platform.volunteer.application.Volunteers;
import org.jiceng.platform.volunteer.domain.VolunteerStatistics;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code /api/v1/volunteers}: volunteers, their statements, records of service and the leaderboard. */
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Volunteers", description = "Volunteers, their points statements and records of service")
public class VolunteerResource {
    @Inject
    Volunteers volunteers;
    @Inject
    Cursors cursors;
    @Inject
    CallerContext callers;
    @Context
    UriInfo uri;

    @POST
    @Path("volunteers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerVolunteer", summary = "Register a volunteer; opens their points account")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(ref = "Volunteer")))
    public Response register(VolunteerDtos.RegisterRequest r) {
        RequiredFields.check(r).present("name", r.name()).present("homeGridId", r.homeGridId())
                .maxLength("subject", r.subject(), 200).maxLength("externalId", r.externalId(), 200).orFail();
        VolunteerView v = volunteers.register(r.name(), r.phone(), r.subject(), r.externalId(), r.homeGridId(),
                r.skills(), r.partyMemberId());
        return ETags.created(uri.getBaseUriBuilder().path("api/v1/volunteers")
                .path(v.volunteer().id()).build(), VolunteerAssembler.dto(v), v.volunteer().version());
    }

    @GET
    @Path("volunteers")
    @Operation(operationId = "listVolunteers", summary = "Volunteers with their balances, in registration order")
    public PageDto<VolunteerDtos.VolunteerDto> list(@QueryParam("limit") Integer limit,
                                                    @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit);
        String tenant = callers.get().tenantId();
        return cursors.page(tenant, "volunteers", volunteers.list(cursors.after(tenant, "volunteers", cursor),
                page.limit()), VolunteerAssembler::dto, VolunteerDtos.VolunteerDto::id);
    }

    @GET
    @Path("volunteers/{id}")
    @Operation(operationId = "getVolunteer", summary = "One volunteer with their balance")
    @APIResponse(responseCode = "200", description = "The volunteer; ETag is its version",
            content = @Content(schema = @Schema(ref = "Volunteer")))
    public Response get(@PathParam("id") String id) {
        VolunteerView v = volunteers.get(id);
        return ETags.ok(VolunteerAssembler.dto(v), v.volunteer().version());
    }

    @GET
    @Path("volunteers/{id}/statement")
    @Operation(operationId = "getVolunteerStatement", summary = "The volunteer's ledger entries, newest first")
    public PageDto<VolunteerDtos.EntryDto> statement(@PathParam("id") String id, @QueryParam("limit") Integer limit,
                                                     @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit);
        String tenant = callers.get().tenantId();
        String scope = "statement|" + id;
        return cursors.page(tenant, scope, volunteers.statement(id, cursors.after(tenant, scope, cursor),
                page.limit()), e -> new VolunteerDtos.EntryDto(e.id(), e.transactionId(), e.amount(), e.createdAt()),
                VolunteerDtos.EntryDto::id);
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
    @Path("volunteers:hours")
    @Operation(operationId = "getVolunteerHours", summary = "Verified volunteer service month by month",
            description = "For each month of [from, to) in the tenant's calendar (default the six months up to and "
                    + "including this one; at most 24): activity sign-ups an organiser verified (services), the "
                    + "volunteers who served and their verified minutes and hours, counted in the month the service "
                    + "began, for activities held in gridId's subtree (default all). Months without service are "
                    + "listed with zeros.")
    @APIResponse(responseCode = "200", description = "The series, oldest month first",
            content = @Content(schema = @Schema(ref = "VolunteerHours")))
    public VolunteerDtos.HoursDto hours(@Parameter(description = "yyyy-MM") @QueryParam("from") String from,
                                        @Parameter(description = "yyyy-MM, exclusive") @QueryParam("to") String to,
                                        @QueryParam("gridId") String gridId) {
        List<Volunteers.MonthHours> months = volunteers.hoursByMonth(QueryDates.month("from", from),
                QueryDates.month("to", to), Optional.ofNullable(gridId));
        return new VolunteerDtos.HoursDto(gridId, months.get(0).month().toString(),
                months.get(months.size() - 1).month().plusMonths(1).toString(), months.stream()
                .map(m -> new VolunteerDtos.MonthHoursDto(m.month().toString(), m.services(), m.volunteers(),
                        m.verifiedMinutes(), Math.round(m.verifiedMinutes() / 6.0) / 10.0)).toList());
    }

    /** A ranking, not a list of records: the top {@code limit} rows, with no further pages. */
    @GET
    @Path("volunteers:leaderboard")
    @Operation(operationId = "getVolunteerLeaderboard", summary = "Volunteers by points earned in a period",
            description = "Points credited for service (activities, wishes) less their reversals, in [from, to) of "
                    + "the tenant's calendar (default this month), for volunteers whose home grid lies in gridId's "
                    + "subtree (default all), or who are members of teamId. The top `limit` (default 50); "
                    + "nextCursor is always null.")
    public PageDto<VolunteerDtos.LeaderboardDto> leaderboard(@QueryParam("from") String from,
                                                             @QueryParam("to") String to,
                                                             @QueryParam("gridId") String gridId,
                                                             @QueryParam("teamId") String teamId,
                                                             @QueryParam("limit") Integer limit) {
        PageRequest page = PageRequest.of(limit);
        LocalDate start = QueryDates.parse("from", from).orElse(LocalDate.now(
                ZoneId.of(callers.get().tenant().settings().timeZone())).withDayOfMonth(1));
        LocalDate end = QueryDates.parse("to", to).orElse(start.plusMonths(1));
        List<VolunteerStatistics.LeaderboardRow> rows = volunteers.leaderboard(start, end,
                Optional.ofNullable(gridId), Optional.ofNullable(teamId), page.limit());
        List<VolunteerDtos.LeaderboardDto> data = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            VolunteerStatistics.LeaderboardRow r = rows.get(i);
            data.add(new VolunteerDtos.LeaderboardDto(i + 1, r.volunteerId(), r.certificateNo(), r.pointsEarned(),
                    r.services()));
        }
        return new PageDto<>(data, null);
    }
}
