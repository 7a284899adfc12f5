package org.jiceng.platform.casework.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** One line of a case's timeline. */
@Schema(name = "CaseEvent")
public record CaseEventDto(int seq, String action, String fromStatus, String toStatus, String actor,
                           String actorRole, String note, OffsetDateTime occurredAt) {
}
