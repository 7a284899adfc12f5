package org.jiceng.platform.tenancy.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A client of a tenant's realm whose tokens reach the platform. */
@Schema(name = "ApiClient")
public record ApiClientDto(
        @Schema(example = "sip-grid-app") String clientId,
        @Schema(enumeration = {"MACHINE", "BROWSER"}, description = "MACHINE: client credentials; BROWSER: "
                + "authorisation code with PKCE") String kind,
        boolean enabled,
        @Schema(description = "Realm roles of a machine client's service account") List<String> roles,
        @Schema(description = "Origins a browser client may redirect to") List<String> origins) {
}
