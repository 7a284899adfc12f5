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
import org.jiceng.platform.volunteer.application.Activities;
import org.jiceng.platform.volunteer.domain.Activity;
import org.jiceng.platform.volunteer.domain.ActivitySignup;

/**
 * {@code /api/v1/activities} and their sign-ups. A sign-up moves signed up → checked in → checked out → verified
 * (or cancelled before check-in); each step names the sign-up's version in {@code If-Match}.
 */
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Activities", description = "Volunteer activities, sign-ups, check-in and the organiser's verification")
public class ActivityResource {
    @Inject
    Activities activities;
    @Inject
    Cursors cursors;
    @Inject
    CallerContext callers;
    @Context
    UriInfo uri;

    @POST
    @Path("activities")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createActivity", summary = "Organise an activity; the caller certifies its hours")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(ref = "Activity")))
    public Response create(VolunteerDtos.ActivityRequest r) {
        RequiredFields.check(r).present("title", r.title()).present("gridId", r.gridId())
                .present("startsAt", r.startsAt()).present("endsAt", r.endsAt()).present("capacity", r.capacity())
                .orFail();
        Activity a = activities.create(r.title(), r.gridId(), r.startsAt(), r.endsAt(), r.capacity(),
                r.pointsFixed(), r.pointsPerHour(), r.multiplierCode());
        return ETags.created(uri.getBaseUriBuilder().path("api/v1/activities").path(a.id()).build(),
                VolunteerAssembler.dto(a), a.version());
    }

    @GET
    @Path("activities")
    @Operation(operationId = "listActivities", summary = "Activities, in the order they were organised")
    public PageDto<VolunteerDtos.ActivityDto> list(@QueryParam("limit") Integer limit,
                                                   @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit);
        String tenant = callers.get().tenantId();
        return cursors.page(tenant, "activities", activities.list(cursors.after(tenant, "activities", cursor),
                page.limit()), VolunteerAssembler::dto, VolunteerDtos.ActivityDto::id);
    }

    @GET
    @Path("activities/{id}")
    @Operation(operationId = "getActivity", summary = "One activity")
    @APIResponse(responseCode = "200", description = "The activity; ETag is its version",
            content = @Content(schema = @Schema(ref = "Activity")))
    public Response get(@PathParam("id") String id) {
        Activity a = activities.get(id);
        return ETags.ok(VolunteerAssembler.dto(a), a.version());
    }

    @GET
    @Path("activities/{id}/signups")
    @Operation(operationId = "listActivitySignups", summary = "An activity's sign-ups")
    public PageDto<VolunteerDtos.SignupDto> signups(@PathParam("id") String id, @QueryParam("limit") Integer limit,
                                                    @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit);
        String tenant = callers.get().tenantId();
        String scope = "signups|" + id;
        return cursors.page(tenant, scope, activities.signups(id, cursors.after(tenant, scope, cursor),
                page.limit()), VolunteerAssembler::dto, VolunteerDtos.SignupDto::id);
    }

    @POST
    @Path("activities/{id}/signups")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "signUpForActivity", summary = "Sign a volunteer up (capacity enforced, once)")
    @APIResponse(responseCode = "201", description = "Signed up",
            content = @Content(schema = @Schema(ref = "ActivitySignup")))
    public Response signUp(@PathParam("id") String id, VolunteerDtos.SignupRequest r) {
        RequiredFields.check(r).present("volunteerId", r.volunteerId()).orFail();
        ActivitySignup s = activities.signUp(id, r.volunteerId());
        return ETags.created(uri.getBaseUriBuilder().path("api/v1/activities").path(s.activityId())
                .path("signups").path(s.id()).build(), VolunteerAssembler.dto(s), s.version());
    }

    @GET
    @Path("activities/{id}/signups/{signupId}")
    @Operation(operationId = "getActivitySignup", summary = "One sign-up")
    @APIResponse(responseCode = "200", description = "The sign-up; ETag is its version",
            content = @Content(schema = @Schema(ref = "ActivitySignup")))
    public Response signup(@PathParam("id") String id, @PathParam("signupId") String signupId) {
        ActivitySignup s = activities.signup(id, signupId);
        return ETags.ok(VolunteerAssembler.dto(s), s.version());
    }

    @POST
    @Path("activities/{id}/signups/{signupId}:cancel")
    @Operation(operationId = "cancelActivitySignup", summary = "Cancel before check-in")
    @APIResponse(responseCode = "200", description = "Cancelled",
            content = @Content(schema = @Schema(ref = "ActivitySignup")))
    public Response cancel(@PathParam("id") String id, @PathParam("signupId") String signupId,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return step(activities.cancel(id, signupId, ETags.expectedVersion(ifMatch)));
    }

    @POST
    @Path("activities/{id}/signups/{signupId}:check-in")
    @Operation(operationId = "checkInActivitySignup", summary = "Check in")
    @APIResponse(responseCode = "200", description = "Checked in",
            content = @Content(schema = @Schema(ref = "ActivitySignup")))
    public Response checkIn(@PathParam("id") String id, @PathParam("signupId") String signupId,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return step(activities.checkIn(id, signupId, ETags.expectedVersion(ifMatch)));
    }

    @POST
    @Path("activities/{id}/signups/{signupId}:check-out")
    @Operation(operationId = "checkOutActivitySignup", summary = "Check out (after check-in)")
    @APIResponse(responseCode = "200", description = "Checked out",
            content = @Content(schema = @Schema(ref = "ActivitySignup")))
    public Response checkOut(@PathParam("id") String id, @PathParam("signupId") String signupId,
                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return step(activities.checkOut(id, signupId, ETags.expectedVersion(ifMatch)));
    }

    @POST
    @Path("activities/{id}/signups/{signupId}:verify")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "verifyActivitySignup",
            summary = "The organiser certifies the hours; points credited once")
    @APIResponse(responseCode = "200", description = "Verified",
            content = @Content(schema = @Schema(ref = "ActivitySignup")))
    public Response verify(@PathParam("id") String id, @PathParam("signupId") String signupId,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, VolunteerDtos.VerifyRequest r) {
        return step(activities.verify(id, signupId, ETags.expectedVersion(ifMatch), r == null ? null : r.minutes()));
    }

    private static Response step(ActivitySignup s) {
        return ETags.ok(VolunteerAssembler.dto(s), s.version());
    }
}
