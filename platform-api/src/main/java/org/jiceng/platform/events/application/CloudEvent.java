package org.jiceng.platform.events.application;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jiceng.platform.events.domain.FeedEvent;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An event as it leaves the platform, in the CloudEvents 1.0 JSON format: the feed's items and every webhook's body.
 * Its data holds only the record's public fields ({@link EventData}).
 */
public record CloudEvent(String id, String source, String type, String subject, OffsetDateTime time,
                         JsonObject data) {
    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";

    public static CloudEvent of(String tenant, FeedEvent e) {
        return new CloudEvent(e.id(), source(tenant), e.type(), e.aggregateType() + "/" + e.aggregateId(),
                e.time(), EventData.publicFields(e.data()));
    }

    public static String source(String tenant) {
        return "/tenants/" + tenant;
    }

    /** The JSON sent as a webhook's body: these exact bytes are what the signature covers. */
    public String toJson() {
        return Json.createObjectBuilder().add("specversion", SPEC_VERSION).add("id", id).add("source", source)
                .add("type", type).add("subject", subject)
                .add("time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.withOffsetSameInstant(ZoneOffset.UTC)))
                .add("datacontenttype", CONTENT_TYPE).add("data", data).build().toString();
    }
}
