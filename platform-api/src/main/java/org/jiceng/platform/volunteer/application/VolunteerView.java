package org.jiceng.platform.volunteer.application;

import org.jiceng.platform.volunteer.domain.Volunteer;

/** A volunteer as the caller may see them: name and phone masked without pii:read, and the current balance. */
public record VolunteerView(Volunteer volunteer, String name, String phone, boolean masked, long balance) {
}
