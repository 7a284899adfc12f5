package org.jiceng.platform.tenancy.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Body of {@code POST /admin/v1/tenants/{code}/staff}. */
@Schema(name = "StaffInvite")
public record StaffInviteRequest(
        @Schema(required = true, example = "li.na") String username,
        @Schema(example = "li.na@sipac.gov.cn") String email,
        @Schema(required = true, example = "[\"grid-worker\"]") List<String> roles) {
}
