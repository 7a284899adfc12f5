package org.jiceng.sdk.lists;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Who provides a resource: the community itself (inside), or an outside department, community body or enterprise; {@link #UNKNOWN} for a value this SDK version does not know yet. */
public enum ProviderKind {
    COMMUNITY, DEPARTMENT, COMMUNITY_BODY, ENTERPRISE,
    @JsonEnumDefaultValue UNKNOWN
}
