package org.jiceng.platform.casework.domain;

import org.jiceng.platform.shared.domain.RuleViolation;

import java.util.Set;

/** The kinds of unit a case can be sent to besides a grid node. */
public final class DepartmentKinds {
    /** A government functional department (职能部门). */
    public static final String FUNCTIONAL = "FUNCTIONAL_DEPARTMENT";
    public static final Set<String> ALL = Set.of(FUNCTIONAL, "PROPERTY_OWNER", "PROPERTY_COMPANY", "UTILITY",
            "OTHER_UNIT");

    private DepartmentKinds() {
    }

    static String require(String kind) {
        String k = kind == null ? FUNCTIONAL : kind;
        if (!ALL.contains(k)) {
            throw new RuleViolation("kind", "one of " + ALL);
        }
        return k;
    }
}
