package org.jiceng.platform.events.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of the event feed. */
@Schema(name = "EventPage")
public record EventPageDto(
        List<CloudEventDto> data,
        @Schema(description = "Where to continue: pass it as after. Always present, also when the feed has no more "
                + "events yet; new events will appear after it") String nextCursor,
        @Schema(description = "More events are already waiting after nextCursor") boolean hasMore) {
}
