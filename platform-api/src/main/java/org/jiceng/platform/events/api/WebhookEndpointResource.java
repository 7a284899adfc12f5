package org.jiceng.platform.events.api;

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
import org.jiceng.platform.events.application.WebhookEndpoints;
import org.jiceng.platform.events.domain.WebhookAttempt;
import org.jiceng.platform.events.domain.WebhookDelivery;
import org.jiceng.platform.events.domain.WebhookEndpoint;
import org.jiceng.platform.shared.api.Cursors;
import org.jiceng.platform.shared.api.ETags;
import org.jiceng.platform.shared.api.PageDto;
import org.jiceng.platform.shared.api.PageRequest;
import org.jiceng.platform.shared.api.RequiredFields;
import org.jiceng.platform.shared.domain.Slice;
import org.jiceng.platform.shared.security.CallerContext;

import java.util.List;

/**
 * {@code /api/v1/webhook-endpoints}: where an application wants events posted, signed per Standard Webhooks, and
 * the log of what was sent. An endpoint is its creator's: other applications get 404.
 */
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Signed webhooks (Standard Webhooks v1) of the events a client may read")
public class WebhookEndpointResource {
    private static final String BASE = "api/v1/webhook-endpoints";

    @Inject
    WebhookEndpoints endpoints;
    @Inject
    Cursors cursors;
    @Inject
    CallerContext callers;
    @Context
    UriInfo uri;

    @POST
    @Path("webhook-endpoints")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhookEndpoint", summary = "Register an endpoint; the answer carries its secret, "
            + "once")
    @APIResponse(responseCode = "201", description = "Registered; events from now on are posted to it",
            content = @Content(schema = @Schema(ref = "WebhookEndpoint")))
    public Response create(WebhookDtos.EndpointRequest r) {
        RequiredFields.check(r).present("url", r.url()).orFail();
        WebhookEndpoints.WithSecret created = endpoints.create(r.url(), r.eventTypes(), r.description(), r.enabled());
        WebhookEndpoint e = created.endpoint();
        return ETags.created(uri.getBaseUriBuilder().path(BASE).path(e.id()).build(), dto(e, created.secret()),
                e.version());
    }

    @GET
    @Path("webhook-endpoints")
    @Operation(operationId = "listWebhookEndpoints", summary = "The calling application's endpoints (a tenant "
            + "administrator's: all of the tenant's)")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(ref = "WebhookEndpointPage")))
    public PageDto<WebhookDtos.EndpointDto> list(@QueryParam("limit") Integer limit,
                                                 @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit);
        String tenant = callers.get().tenantId();
        String scope = "webhook-endpoints|" + callers.get().clientId();
        return cursors.page(tenant, scope, endpoints.list(cursors.after(tenant, scope, cursor), page.limit()),
                e -> dto(e, null), WebhookDtos.EndpointDto::id);
    }

    @GET
    @Path("webhook-endpoints/{id}")
    @Operation(operationId = "getWebhookEndpoint", summary = "One endpoint")
    @APIResponse(responseCode = "200", description = "The endpoint; ETag is its version",
            content = @Content(schema = @Schema(ref = "WebhookEndpoint")))
    public Response get(@PathParam("id") String id) {
        WebhookEndpoint e = endpoints.get(id);
        return ETags.ok(dto(e, null), e.version());
    }

    @PATCH
    @Path("webhook-endpoints/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(operationId = "updateWebhookEndpoint", summary = "Change the URL, the event types or the description; "
            + "disable or enable it")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(schema = @Schema(ref = "WebhookEndpoint")))
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           WebhookDtos.EndpointPatch r) {
        RequiredFields.check(r).orFail();
        WebhookEndpoint e = endpoints.update(id, ETags.expectedVersion(ifMatch), r.url(), r.eventTypes(),
                r.description(), r.enabled());
        return ETags.ok(dto(e, null), e.version());
    }

    @DELETE
    @Path("webhook-endpoints/{id}")
    @Operation(operationId = "deleteWebhookEndpoint", summary = "Remove the endpoint with its delivery log")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        endpoints.delete(id, ETags.expectedVersion(ifMatch));
        return Response.noContent().build();
    }

    @POST
    @Path("webhook-endpoints/{id}:rotate-secret")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rotateWebhookSecret", summary = "A new secret; during the overlap both sign every "
            + "message")
    @APIResponse(responseCode = "200", description = "Rotated; the answer carries the new secret, once",
            content = @Content(schema = @Schema(ref = "WebhookEndpoint")))
    public Response rotate(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           WebhookDtos.RotateRequest r) {
        WebhookEndpoints.WithSecret rotated = endpoints.rotateSecret(id, ETags.expectedVersion(ifMatch),
                r == null ? null : r.overlapSeconds());
        return ETags.ok(dto(rotated.endpoint(), rotated.secret()), rotated.endpoint().version());
    }

    @POST
    @Path("webhook-endpoints/{id}:ping")
    @Operation(operationId = "pingWebhookEndpoint", summary = "Send a test message (webhook.ping) now")
    @APIResponse(responseCode = "202", description = "Queued; its delivery log shows the outcome within seconds",
            content = @Content(schema = @Schema(ref = "WebhookDelivery")))
    public Response ping(@PathParam("id") String id) {
        WebhookDelivery d = endpoints.ping(id);
        return Response.accepted(delivery(d, null)).location(uri.getBaseUriBuilder().path(BASE).path(id)
                .path("deliveries").path(d.id()).build()).build();
    }

    @GET
    @Path("webhook-endpoints/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "What was sent to the endpoint, newest first")
    public PageDto<WebhookDtos.DeliveryDto> deliveries(@PathParam("id") String id, @QueryParam("limit") Integer limit,
                                                       @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit);
        String tenant = callers.get().tenantId();
        String scope = "webhook-deliveries|" + id;
        List<WebhookDelivery> found = endpoints.deliveries(id, cursors.after(tenant, scope, cursor), page.limit());
        return cursors.page(tenant, scope, Slice.of(found, page.limit()), d -> delivery(d, null),
                WebhookDtos.DeliveryDto::id);
    }

    @GET
    @Path("webhook-endpoints/{id}/deliveries/{deliveryId}")
    @Operation(operationId = "getWebhookDelivery", summary = "One delivery with every attempt")
    @APIResponse(responseCode = "200", description = "The delivery",
            content = @Content(schema = @Schema(ref = "WebhookDelivery")))
    public WebhookDtos.DeliveryDto delivery(@PathParam("id") String id, @PathParam("deliveryId") String deliveryId) {
        WebhookEndpoints.DeliveryLog log = endpoints.delivery(id, deliveryId);
        return delivery(log.delivery(), log.attempts());
    }

    @POST
    @Path("webhook-endpoints/{id}/deliveries/{deliveryId}:redeliver")
    @Operation(operationId = "redeliverWebhook", summary = "Send a delivered or failed message again, now")
    @APIResponse(responseCode = "202", description = "Queued again, with the same webhook-id",
            content = @Content(schema = @Schema(ref = "WebhookDelivery")))
    public Response redeliver(@PathParam("id") String id, @PathParam("deliveryId") String deliveryId) {
        WebhookEndpoints.DeliveryLog log = endpoints.redeliver(id, deliveryId);
        return Response.accepted(delivery(log.delivery(), log.attempts())).build();
    }

    static WebhookDtos.EndpointDto dto(WebhookEndpoint e, String secret) {
        return new WebhookDtos.EndpointDto(e.id(), e.url().toString(), e.description().orElse(null),
                e.eventTypes().patterns(), e.enabled(), e.disabledReason().orElse(null), e.clientId(), secret,
                e.previousSecretExpires().orElse(null), e.failingSince().orElse(null), e.version(), e.createdAt(),
                e.updatedAt());
    }

    static WebhookDtos.DeliveryDto delivery(WebhookDelivery d, List<WebhookAttempt> attempts) {
        return new WebhookDtos.DeliveryDto(d.id(), d.endpointId(), d.messageId(), d.eventType(), d.state().name(),
                d.attempts(), d.nextAttemptAt().orElse(null), d.lastStatus().orElse(null), d.createdAt(),
                d.deliveredAt().orElse(null), attempts == null ? null : attempts.stream().map(a ->
                new WebhookDtos.AttemptDto(a.id(), a.attemptedAt(), a.status().orElse(null), a.latencyMs(),
                        a.responseExcerpt().orElse(null), a.error().orElse(null))).toList());
    }
}
