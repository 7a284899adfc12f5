package org.jiceng.platform.tenancy.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A machine client with its secret, shown this once. */
@Schema(name = "ApiClientSecret")
public record ApiClientSecretDto(
        @Schema(example = "sip-grid-app") String clientId,
        List<String> roles,
        @Schema(description = "Shown once; a rotation makes the previous secret stop working at once") String secret) {
}
