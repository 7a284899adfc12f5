package org.jiceng.platform.tenancy.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

/** A person's account in a tenant's realm; the e-mail is masked (platform admins do not read personal data). */
@Schema(name = "StaffMember")
public record StaffMemberDto(
        @Schema(description = "The subject of the person's tokens; assignments name it") String id,
        @Schema(example = "zhang.wei") String username,
        @Schema(nullable = true, example = "z***@sipac.gov.cn") String email,
        boolean enabled,
        @Schema(description = "The platform's realm roles the person holds") List<String> roles,
        @Schema(nullable = true) OffsetDateTime createdAt,
        @Schema(description = "Still has to replace the temporary password") boolean mustChangePassword) {
}
