package org.jiceng.sdk.events;

import org.jiceng.sdk.RequestOptions;
import org.jiceng.sdk.core.ApiRequest;
import org.jiceng.sdk.core.HttpTransport;

import java.time.Duration;

/**
 * The tenant's event feed ({@code /api/v1/events}), reached through {@code client.events()}: what happened to the
 * records the caller may read, in an order that never lets a reader that keeps its cursor miss an event.
 *
 * <pre>{@code
 * EventStream events = client.events().follow(EventListParams.builder().types("case.*").after(saved).build());
 * for (CloudEvent e : events) {       // blocks while no event is waiting (long polls of up to 20 s)
 *     handle(e);
 *     save(events.cursor());           // resume here after a restart
 * }
 * }</pre>
 */
public final class EventService {
    private static final String BASE = "/api/v1/events";
    /** The longest wait the platform grants a long poll. */
    public static final int MAX_WAIT_SECONDS = 20;

    private final HttpTransport transport;

    public EventService(HttpTransport transport) {
        this.transport = transport;
    }

    /** One page of events after {@code params.after()}. */
    public EventPage list(EventListParams params) {
        return list(params, RequestOptions.none());
    }

    public EventPage list(EventListParams params, RequestOptions options) {
        ApiRequest r = ApiRequest.get(BASE).query("after", params.after().orElse(null))
                .query("types", params.types().isEmpty() ? null : String.join(",", params.types()))
                .query("limit", params.limit().orElse(null)).query("wait", params.waitSeconds().orElse(null));
        return transport.execute(r, options).as(EventPage.class);
    }

    /** Every event after {@code params.after()} up to the newest one, then the stream ends. */
    public EventStream autoPager(EventListParams params) {
        return autoPager(params, RequestOptions.none());
    }

    public EventStream autoPager(EventListParams params, RequestOptions options) {
        return new EventStream(params.after().orElse(null), cursor -> list(params.toBuilder().after(cursor)
                .waitSeconds(null).build(), options), false);
    }

    /**
     * Every event after {@code params.after()}, and then each new one as it happens: the stream never ends. While
     * nothing is waiting, each request waits up to {@code params.waitSeconds()} (default 20 s) on the platform.
     */
    public EventStream follow(EventListParams params) {
        return follow(params, RequestOptions.none());
    }

    public EventStream follow(EventListParams params, RequestOptions options) {
        int wait = params.waitSeconds().orElse(MAX_WAIT_SECONDS);
        // a long poll must not time out on the client first
        RequestOptions polling = options.toBuilder().timeout(Duration.ofSeconds(wait + 30L)).build();
        return new EventStream(params.after().orElse(null), cursor -> list(params.toBuilder().after(cursor)
                .waitSeconds(wait).build(), polling), true);
    }
}
