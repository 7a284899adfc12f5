package org.jiceng.sdk.events;

import com.fasterxml.jackson.databind.JsonNode;
import org.jiceng.sdk.core.Json;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Following the feed page by page, and the feed's models as the platform sends them. */
class EventStreamTest {
    private static CloudEvent event(String id) {
        return CloudEvent.builder().specversion("1.0").id(id).source("/tenants/t").type("case.reported")
                .subject("case/" + id).datacontenttype("application/json").data(Map.of("id", id)).build();
    }

    private static EventPage page(String next, boolean more, String... ids) {
        List<CloudEvent> events = new ArrayList<>();
        for (String id : ids) {
            events.add(event(id));
        }
        return EventPage.builder().data(events).nextCursor(next).hasMore(more).build();
    }

    @Test
    void theAutoPagerEndsWhenCaughtUpAndTheCursorFollowsWhatWasHandedOut() {
        List<String> asked = new ArrayList<>();
        EventStream stream = new EventStream(null, cursor -> {
            asked.add(String.valueOf(cursor));
            return cursor == null ? page("c1", true, "a", "b") : page("c2", false, "c");
        }, false);
        Iterator<CloudEvent> it = stream.iterator();
        assertEquals("a", it.next().id());
        assertEquals(null, stream.cursor(), "mid-page the cursor still points before the page");
        assertEquals("b", it.next().id());
        assertEquals("c1", stream.cursor());
        assertEquals("c", it.next().id());
        assertEquals("c2", stream.cursor());
        assertFalse(it.hasNext());
        assertEquals(List.of("null", "c1"), asked);
    }

    @Test
    void followingKeepsAskingThroughEmptyPagesAndMovesTheCursorPastThem() {
        List<String> asked = new ArrayList<>();
        EventStream stream = new EventStream("c0", cursor -> {
            asked.add(cursor);
            return asked.size() < 3 ? page("c" + asked.size(), false) : page("c9", false, "late");
        }, true);
        Iterator<CloudEvent> it = stream.iterator();
        assertTrue(it.hasNext());
        assertEquals("late", it.next().id());
        assertEquals(List.of("c0", "c1", "c2"), asked);
        assertEquals("c9", stream.cursor());
    }

    @Test
    void eventsRoundTripAndKeepFieldsOfANewerPlatform() throws Exception {
        String json = "{\"data\":[{\"specversion\":\"1.0\",\"id\":\"e\",\"source\":\"/tenants/sip\","
                + "\"type\":\"case.dispatched\",\"subject\":\"case/c\",\"time\":\"2026-12-01T08:00:00Z\","
                + "\"datacontenttype\":\"application/json\",\"data\":{\"id\":\"c\",\"status\":\"DISPATCHED\"},"
                + "\"traceparent\":\"00-x\"}],\"nextCursor\":\"n\",\"hasMore\":false,\"addedLater\":1}";
        EventPage page = Json.mapper().readValue(json, EventPage.class);
        assertEquals("DISPATCHED", page.data().get(0).data().get("status"));
        JsonNode written = Json.mapper().readTree(Json.mapper().writeValueAsString(page));
        assertEquals(Json.mapper().readTree(json), written);
        assertEquals(page, page.toBuilder().build());
    }

    @Test
    void paramsJoinTypesAndCopy() {
        EventListParams p = EventListParams.builder().types("case.*", "wish.confirmed").limit(10).waitSeconds(5)
                .build();
        assertEquals(p, p.toBuilder().build());
        assertEquals(List.of("case.*", "wish.confirmed"), p.types());
    }
}
