package org.jiceng.platform.shared.tenant;

/** Whether the tenant's root grid node is a CITY (with DISTRICT nodes inside) or a DISTRICT. */
public enum TenantKind {
    CITY, DISTRICT
}
