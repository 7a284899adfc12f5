package org.jiceng.platform.party.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.HeaderParam;
import org.jiceng.platform.shared.api.ETags;
import org.jiceng.platform.party.domain.AllianceDecision;
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
import org.jiceng.platform.party.application.Alliances;
import org.jiceng.platform.shared.api.Cursors;
import org.jiceng.platform.shared.api.PageDto;
import org.jiceng.platform.shared.api.PageRequest;
import org.jiceng.platform.shared.api.RequiredFields;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.security.CallerContext;

import java.util.List;

/** {@code /api/v1/alliances}: alliances such as the "5+" red alliance, their meetings and decisions. */
@Path("api/v1/alliances")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Alliances", description = "Bodies serving one place together: joint meetings and decisions")
public class AllianceResource {
    @Inject
    Alliances alliances;
    @Inject
    Cursors cursors;
    @Inject
    CallerContext callers;
    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "formAlliance", summary = "Form an alliance of two or more bodies",
            description = "Each participant is a Party organisation, a community body or a department of this "
                    + "tenant.")
    @APIResponse(responseCode = "201", description = "Formed",
            content = @Content(schema = @Schema(ref = "Alliance")))
    public Response form(PartyDtos.AllianceRequest r) {
        RequiredFields.check(r).present("name", r.name()).present("gridId", r.gridId())
                .present("establishedOn", r.establishedOn()).present("participants", r.participants()).orFail();
        Alliances.AllianceWithParticipants a = alliances.form(r.name(), r.gridId(), r.establishedOn(),
                joining(r.participants()));
        return ETags.created(uri.getBaseUriBuilder().path("api/v1/alliances").path(a.alliance().id())
                .build(), PartyAssembler.dto(a), a.alliance().version());
    }

    @GET
    @Operation(operationId = "listAlliances", summary = "The tenant's alliances")
    public PageDto<PartyDtos.AllianceDto> list(@QueryParam("limit") Integer limit,
                                               @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit);
        String tenant = callers.get().tenantId();
        return cursors.page(tenant, "alliances", alliances.list(cursors.after(tenant, "alliances", cursor),
                page.limit()), PartyAssembler::dto, PartyDtos.AllianceDto::id);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getAlliance", summary = "One alliance with its participants")
    @APIResponse(responseCode = "200", description = "The alliance; ETag is its version",
            content = @Content(schema = @Schema(ref = "Alliance")))
    public Response get(@PathParam("id") String id) {
        return ok(alliances.get(id));
    }

    @POST
    @Path("{id}/participants")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "joinAlliance", summary = "Another body joins")
    @APIResponse(responseCode = "200", description = "The alliance with its new participant",
            content = @Content(schema = @Schema(ref = "Alliance")))
    public Response join(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         PartyDtos.ParticipantRequest r) {
        RequiredFields.check(r).orFail();
        return ok(alliances.join(id, ETags.expectedVersion(ifMatch), joining(List.of(r)).get(0)));
    }

    @POST
    @Path("{id}/meetings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "holdAllianceMeeting", summary = "Record a joint meeting and its decisions",
            description = "Each decision may name its owner among the participants and a due date.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(ref = "AllianceMeeting")))
    public Response meet(@PathParam("id") String id, PartyDtos.AllianceMeetingRequest r) {
        RequiredFields.check(r).present("heldOn", r.heldOn()).present("topic", r.topic())
                .maxLength("summary", r.summary(), 4000).orFail();
        if (r.decisions() != null && r.decisions().stream().anyMatch(java.util.Objects::isNull)) {
            throw new RuleViolation("decisions", "a decision, not null");
        }
        List<Alliances.NewDecision> decisions = r.decisions() == null ? List.of() : r.decisions().stream()
                .map(d -> new Alliances.NewDecision(d.text(), d.ownerParticipantId(), d.dueOn())).toList();
        Alliances.MeetingWithDecisions m = alliances.meet(id, r.heldOn(), r.topic(), r.summary(), decisions);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/alliances").path(m.meeting().allianceId())
                .path("meetings").path(m.meeting().id()).build()).entity(PartyAssembler.dto(m)).build();
    }

    @GET
    @Path("{id}/meetings")
    @Operation(operationId = "listAllianceMeetings", summary = "Its meetings with their decisions")
    public PageDto<PartyDtos.AllianceMeetingDto> meetings(@PathParam("id") String id,
                                                          @QueryParam("limit") Integer limit,
                                                          @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit);
        String tenant = callers.get().tenantId();
        String scope = "alliance-meetings|" + id;
        return cursors.page(tenant, scope, alliances.meetings(id, cursors.after(tenant, scope, cursor), page.limit()),
                PartyAssembler::dto, PartyDtos.AllianceMeetingDto::id);
    }

    @GET
    @Path("{id}/meetings/{meetingId}")
    @Operation(operationId = "getAllianceMeeting", summary = "One joint meeting with its decisions")
    public PartyDtos.AllianceMeetingDto meeting(@PathParam("id") String id, @PathParam("meetingId") String meetingId) {
        return PartyAssembler.dto(alliances.meeting(id, meetingId));
    }

    @POST
    @Path("{id}/decisions/{decisionId}:done")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "completeAllianceDecision", summary = "Mark a decision done")
    @APIResponse(responseCode = "200", description = "Done",
            content = @Content(schema = @Schema(ref = "AllianceDecision")))
    public Response done(@PathParam("id") String id, @PathParam("decisionId") String decisionId,
                         @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, PartyDtos.DoneRequest r) {
        AllianceDecision d = alliances.complete(id, decisionId, ETags.expectedVersion(ifMatch),
                r == null ? null : r.doneOn());
        return ETags.ok(PartyAssembler.dto(d), d.version());
    }

    private static Response ok(Alliances.AllianceWithParticipants a) {
        return ETags.ok(PartyAssembler.dto(a), a.alliance().version());
    }

    private static List<Alliances.Joining> joining(List<PartyDtos.ParticipantRequest> list) {
        if (list.stream().anyMatch(java.util.Objects::isNull)) {
            throw new RuleViolation("participants", "a participant, not null");
        }
        return list.stream().map(p -> new Alliances.Joining(p.partyOrganizationId(), p.bodyId(), p.departmentId(),
                Boolean.TRUE.equals(p.lead()))).toList();
    }
}
