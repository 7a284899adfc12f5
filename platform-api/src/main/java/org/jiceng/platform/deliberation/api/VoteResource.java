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
import org.jiceng.platform.deliberation.application.Votes;
import org.jiceng.platform.deliberation.domain.Choice;
import org.jiceng.platform.deliberation.domain.DecisionKind;
import org.jiceng.platform.deliberation.domain.Electorate;
import org.jiceng.platform.deliberation.domain.MeetingForm;
import org.jiceng.platform.deliberation.domain.Vote;
import org.jiceng.platform.deliberation.domain.VoteRule;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.idempotency.WithheldBody;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * {@code /api/v1/votes}: a topic's votes, opened under a rule fixed from then on, with their roll and ballots. A
 * secret vote's ballots cannot be linked to voters: see {@link Votes}.
 */
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Votes", description = "Votes under lawful rules, with their rolls and ballots")
public class VoteResource {
    @Inject
    Votes votes;
    @Inject
    Cursors cursors;
    @Inject
    CallerContext callers;

    static Votes.Terms terms(DeliberationDtos.VoteRequest r) {
        return new Votes.Terms(r.motion(), r.decisionKind() == null ? null
                : EnumValues.parse(DecisionKind.class, "decisionKind", r.decisionKind()),
                r.rule() == null ? null : EnumValues.parse(VoteRule.class, "rule", r.rule()),
                r.meetingForm() == null ? null : EnumValues.parse(MeetingForm.class, "meetingForm", r.meetingForm()),
                r.quorumPercent(), r.electorate() == null ? null
                : EnumValues.parse(Electorate.class, "electorate", r.electorate()), r.gridIds(), r.secret());
    }

    static LocalDate date(String field, String value) {
        if (value == null) {
            throw new RuleViolation(field, "required, as yyyy-mm-dd");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new RuleViolation(field, "a date as yyyy-mm-dd");
        }
    }

    @GET
    @Path("votes/{id}")
    @Operation(operationId = "getVote", summary = "One vote: its terms, turnout while open, the tally once closed")
    @APIResponse(responseCode = "200", description = "The vote; ETag is its version",
            content = @Content(schema = @Schema(implementation = DeliberationDtos.VoteDto.class)))
    public Response get(@PathParam("id") String id) {
        Vote v = votes.get(id);
        return ETags.ok(DeliberationAssembler.dto(v, v.state() == Vote.State.DRAFT ? null : votes.turnout(v)),
                v.version());
    }

    @PATCH
    @Path("votes/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(operationId = "reviseVote", summary = "Change a draft's terms; refused once the vote has opened")
    @APIResponse(responseCode = "200", description = "Revised",
            content = @Content(schema = @Schema(implementation = DeliberationDtos.VoteDto.class)))
    public Response revise(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           DeliberationDtos.VoteRequest r) {
        RequiredFields.check(r).orFail();
        Vote v = votes.revise(id, ETags.expectedVersion(ifMatch), terms(r));
        return ETags.ok(DeliberationAssembler.dto(v, null), v.version());
    }

    @POST
    @Path("votes/{id}:open")
    @Operation(operationId = "openVote", summary = "Open the vote: the roll is taken and the rule fixed",
            description = "Refused (409) for a major matter the Party organisation has not approved.")
    @APIResponse(responseCode = "200", description = "Open",
            content = @Content(schema = @Schema(implementation = DeliberationDtos.VoteDto.class)))
    public Response open(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Vote v = votes.open(id, ETags.expectedVersion(ifMatch));
        return ETags.ok(DeliberationAssembler.dto(v, 0L), v.version());
    }

    @POST
    @Path("votes/{id}:close")
    @Operation(operationId = "closeVote", summary = "Close the vote: tally, decide under the rule, decide the topic")
    @APIResponse(responseCode = "200", description = "Closed, with the tally",
            content = @Content(schema = @Schema(implementation = DeliberationDtos.VoteDto.class)))
    public Response close(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Vote v = votes.close(id, ETags.expectedVersion(ifMatch));
        return ETags.ok(DeliberationAssembler.dto(v, votes.turnout(v)), v.version());
    }

    @POST
    @Path("votes/{id}/ballots")
    @Consumes(MediaType.APPLICATION_JSON)
    @WithheldBody
    @Operation(operationId = "castBallot", summary = "Cast a ballot, once; never edited",
            description = "In person, the caller is found on the roll; staff recording a paper ballot name the "
                    + "electorId. A secret vote's receipt does not repeat the choice.")
    @APIResponse(responseCode = "201", description = "Counted",
            content = @Content(schema = @Schema(implementation = DeliberationDtos.ReceiptDto.class)))
    public Response cast(@PathParam("id") String id, DeliberationDtos.BallotRequest r) {
        RequiredFields.check(r).present("choice", r.choice()).orFail();
        Votes.Receipt receipt = votes.cast(id, EnumValues.parse(Choice.class, "choice", r.choice()), r.electorId());
        return Response.status(201).entity(DeliberationAssembler.dto(receipt)).build();
    }

    @GET
    @Path("votes/{id}/ballots")
    @Operation(operationId = "listBallots", summary = "The ballots: an open vote's as cast; a secret vote's once "
            + "closed, with random ids and no voters")
    public PageDto<DeliberationDtos.BallotDto> ballots(@PathParam("id") String id, @QueryParam("limit") Integer limit,
                                                       @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit);
        String tenant = callers.get().tenantId();
        String scope = "ballots|" + id;
        return cursors.page(tenant, scope, votes.ballots(id, cursors.after(tenant, scope, cursor), page.limit()),
                DeliberationAssembler::dto, DeliberationDtos.BallotDto::id);
    }

    @GET
    @Path("votes/{id}/electors")
    @Operation(operationId = "listElectors", summary = "The roll: who may vote and who has, never how")
    public PageDto<DeliberationDtos.ElectorDto> electors(@PathParam("id") String id,
                                                         @QueryParam("limit") Integer limit,
                                                         @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit);
        String tenant = callers.get().tenantId();
        String scope = "electors|" + id;
        return cursors.page(tenant, scope, votes.electors(id, cursors.after(tenant, scope, cursor), page.limit()),
                DeliberationAssembler::dto, DeliberationDtos.ElectorDto::id);
    }
}
