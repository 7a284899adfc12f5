package org.jiceng.platform.party.application;

import org.jiceng.platform.party.domain.PartyMember;

/** A member as the caller may see them: name, phone and ID number masked without pii:read. */
public record MemberView(PartyMember member, String name, String phone, String idNumber, boolean masked) {
}
