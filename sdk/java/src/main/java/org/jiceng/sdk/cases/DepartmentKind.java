package org.jiceng.sdk.cases;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** What kind of unit a department is: a functional department, a property owner or company, a utility, another unit; {@link #UNKNOWN} for a value this SDK version does not know yet. */
public enum DepartmentKind {
    FUNCTIONAL_DEPARTMENT, PROPERTY_OWNER, PROPERTY_COMPANY, UTILITY, OTHER_UNIT,
    @JsonEnumDefaultValue UNKNOWN
}
