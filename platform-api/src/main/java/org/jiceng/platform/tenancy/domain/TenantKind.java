package org.jiceng.platform.tenancy.domain;

/** Whether the tenant's root grid node is a CITY (with DISTRICT nodes inside) or a DISTRICT. */
public enum TenantKind {
    CITY, DISTRICT
}
