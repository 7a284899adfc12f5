package org.jiceng.platform.events.api;

import jakarta.json.JsonObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jiceng.platform.events.application.CloudEvent;

import java.time.OffsetDateTime;

/** One event in the CloudEvents 1.0 JSON format. */
@Schema(name = "CloudEvent", description = "An event in the CloudEvents 1.0 JSON format; data holds the record's "
        + "identifiers, codes, states and times after the change, never personal data")
public record CloudEventDto(
        @Schema(description = "Always 1.0") String specversion,
        @Schema(description = "Unique per event; receivers deduplicate on it") String id,
        @Schema(description = "The tenant: /tenants/{code}") String source,
        @Schema(description = "What happened, e.g. case.dispatched") String type,
        @Schema(description = "The record: {type}/{id}, e.g. case/0190…") String subject,
        OffsetDateTime time,
        @Schema(description = "Always application/json") String datacontenttype,
        @Schema(description = "The record's public fields after the change") JsonObject data) {

    static CloudEventDto of(CloudEvent e) {
        return new CloudEventDto(CloudEvent.SPEC_VERSION, e.id(), e.source(), e.type(), e.subject(), e.time(),
                CloudEvent.CONTENT_TYPE, e.data());
    }
}
