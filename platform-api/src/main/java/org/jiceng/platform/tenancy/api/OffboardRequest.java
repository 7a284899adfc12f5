package org.jiceng.platform.tenancy.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /admin/v1/tenants/{code}:offboard}. */
@Schema(name = "TenantOffboard")
public record OffboardRequest(
        @Schema(required = true, description = "The Jiceng-Offboarding-Confirmation header of the suspended "
                + "tenant's export") String confirmation) {
}
