package org.jiceng.platform.casework.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Who the token says the caller is, and what the platform lets it do. */
@Schema(name = "Me")
public record MeDto(String tenant, String subject, String clientId, List<String> roles, List<String> permissions,
                    List<AssignmentDto> assignments) {
}
