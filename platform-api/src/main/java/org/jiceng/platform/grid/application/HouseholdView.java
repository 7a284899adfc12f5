package org.jiceng.platform.grid.application;

import org.jiceng.platform.grid.domain.Household;

/** A household with its head's name and phone as the caller may see them. */
public record HouseholdView(Household household, String headName, String headPhone, boolean masked) {
}
