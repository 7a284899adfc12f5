package org.jiceng.platform.tenancy.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Body of {@code PUT /admin/v1/tenants/{code}/staff/{id}/roles}: the roles the person holds from now on. */
@Schema(name = "StaffRoles")
public record StaffRolesRequest(@Schema(required = true, example = "[\"street-officer\"]") List<String> roles) {
}
