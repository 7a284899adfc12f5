package org.jiceng.sdk.funds;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** What a fund account holds: community operating funds, property-fee spending, a maintenance fund, support funds; {@link #UNKNOWN} for a value this SDK version does not know yet. */
public enum FundAccountKind {
    COMMUNITY_OPERATING, PROPERTY_FEE, MAINTENANCE_FUND, SUPPORT_FUND,
    @JsonEnumDefaultValue UNKNOWN
}
