package org.jiceng.platform.tenancy.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An invited person's account and the temporary password to hand over, shown this once. */
@Schema(name = "StaffInvitation")
public record StaffInvitationDto(
        StaffMemberDto member,
        @Schema(description = "Must be changed at first sign-in") String temporaryPassword) {
}
