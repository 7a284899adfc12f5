/**
 * Tenancy: platform administration of the registry of tenants (a city or a district, each with its own Keycloak
 * realm) — registration, settings, suspension, export and offboarding — and the registry's storage. A global
 * context: its table has no tenant_id because it is read before any tenant is known. What a request needs of its
 * tenant lives in {@code shared.tenant}; this context implements its registry. Uses {@code shared} only.
 */
package org.jiceng.platform.tenancy;
