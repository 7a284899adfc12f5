package org.jiceng.platform.party.application;

import org.jiceng.platform.party.domain.BodySeat;

/** A seat in a community body with its holder's name and phone as the caller may see them. */
public record SeatView(BodySeat seat, String name, String phone, boolean masked) {
}
