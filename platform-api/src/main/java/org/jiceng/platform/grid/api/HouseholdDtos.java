package org.jiceng.platform.grid.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jiceng.platform.grid.application.HouseholdView;

/** The JSON shapes of households. */
public final class HouseholdDtos {
    private HouseholdDtos() {
    }

    @Schema(name = "HouseholdCreate")
    public record HouseholdRequest(@Schema(description = "A BUILDING, COMPOUND or GRID node") String gridId,
                                   @Schema(example = "3栋2单元501") String address, String headName,
                                   String headPhone) {
    }

    @Schema(name = "Household")
    public record HouseholdDto(String id, String gridId, String address,
                               @Schema(description = "Masked unless the caller has pii:read") String headName,
                               String headPhone, boolean masked) {
        public static HouseholdDto of(HouseholdView v) {
            return new HouseholdDto(v.household().id(), v.household().gridId(), v.household().address(),
                    v.headName(), v.headPhone(), v.masked());
        }
    }
}
