package org.jiceng.platform.tenancy.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Body of {@code POST /admin/v1/tenants/{code}/clients}. */
@Schema(name = "ApiClientCreate")
public record ApiClientCreateRequest(
        @Schema(required = true, example = "sip-grid-app", description = "3-63 lower-case letters, digits or dashes")
        String clientId,
        @Schema(required = true, example = "[\"vendor-app\"]", description = "Realm roles of its service account")
        List<String> roles) {
}
