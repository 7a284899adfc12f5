package org.jiceng.platform.events.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiceng.platform.events.application.EventFeed;
import org.jiceng.platform.events.application.CloudEvent;
import org.jiceng.platform.events.domain.EventTypes;
import org.jiceng.platform.events.domain.FeedPage;
import org.jiceng.platform.events.domain.FeedPosition;
import org.jiceng.platform.shared.api.Cursors;
import org.jiceng.platform.shared.api.Problem;
import org.jiceng.platform.shared.api.PageRequest;
import org.jiceng.platform.shared.api.TooManyRequests;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.security.Caller;
import org.jiceng.platform.shared.security.CallerContext;

import java.time.Duration;
import java.time.Instant;

/**
 * {@code /api/v1/events}: everything that happened in the tenant that the caller may read, in commit-safe order,
 * as CloudEvents. A reader keeps {@code nextCursor} and asks again with it; {@code wait} holds the request open
 * until an event arrives (long polling), so following the feed needs no tight loop.
 */
@Path("api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "The tenant's event feed (CloudEvents 1.0)")
public class EventResource {
    static final int MAX_WAIT_SECONDS = 20;
    private static final Duration POLL = Duration.ofMillis(250);
    private static final String SCOPE = "events";
    private static final long RETRY_AFTER_SECONDS = 1;

    @Inject
    EventFeed feed;
    @Inject
    Cursors cursors;
    @Inject
    CallerContext callers;
    @Inject
    FeedWaits waits;

    @GET
    @Operation(operationId = "listEvents", summary = "Events after a position, oldest first",
            description = "Events of records the caller may read: staff within their grids and departments, a "
                    + "vendor's app for the cases it filed, a resident for their own. Without after, from the oldest "
                    + "event kept (30 days by default). The order is stable under concurrent writers: an event "
                    + "never appears behind a cursor already handed out. Waiting requests are bounded per client, "
                    + "per tenant and per instance (4, 16 and 64 by default); a wait beyond them is answered 429 "
                    + "with Retry-After.")
    @APIResponse(responseCode = "200", description = "The events after the position, and where to ask next",
            content = @Content(schema = @Schema(ref = "EventPage")))
    @APIResponse(responseCode = "429", description = "Rate limit spent, or too many of the client's or tenant's "
            + "requests waiting already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EventPageDto list(
            @Parameter(description = "nextCursor of the previous page") @QueryParam("after") String after,
            @Parameter(description = "Comma-separated types or families: case.*,wish.confirmed")
            @QueryParam("types") String types,
            @QueryParam("limit") Integer limit,
            @Parameter(description = "Seconds (0-20) to wait for an event when there is none yet")
            @QueryParam("wait") Integer waitSeconds) throws InterruptedException {
        String tenant = callers.get().tenantId();
        PageRequest page = PageRequest.of(limit);
        EventTypes filter = EventTypes.parse("types", types);
        int wait = waitSeconds == null ? 0 : waitSeconds;
        if (wait < 0 || wait > MAX_WAIT_SECONDS) {
            throw new RuleViolation("wait", "0 to " + MAX_WAIT_SECONDS + " seconds");
        }
        FeedPosition from = after == null || after.isEmpty() ? FeedPosition.ORIGIN
                : FeedPosition.parse(cursors.decode(tenant, SCOPE, after));
        Instant deadline = Instant.now().plusSeconds(wait);
        FeedPage result = feed.read(from, filter, page.limit());
        if (result.events().isEmpty() && wait > 0) {
            Caller caller = callers.get();
            String client = caller.clientId() != null ? caller.clientId() : "user:" + caller.subject();
            try (FeedWaits.Place place = waits.take(tenant, client).orElseThrow(() -> new TooManyRequests(
                    "too-many-waits", "Too many requests are waiting for events; retry after "
                    + RETRY_AFTER_SECONDS + " s", RETRY_AFTER_SECONDS))) {
                while (result.events().isEmpty() && Instant.now().plus(POLL).isBefore(deadline)) {
                    Thread.sleep(POLL.toMillis()); // each read is its own short transaction; no connection is held
                    result = feed.read(result.next(), filter, page.limit());
                }
            }
        }
        return new EventPageDto(result.events().stream().map(e -> CloudEventDto.of(CloudEvent.of(tenant, e))).toList(),
                cursors.encode(tenant, SCOPE, result.next().key()), result.hasMore());
    }
}
