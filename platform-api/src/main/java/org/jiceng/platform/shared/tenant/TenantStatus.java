package org.jiceng.platform.shared.tenant;

/** A SUSPENDED tenant keeps its data, but every request with its tokens is refused. */
public enum TenantStatus {
    ACTIVE, SUSPENDED
}
