/**
 * Tenancy: the registry of tenants (a city or a district, each with its own Keycloak realm). A global context:
 * its table has no tenant_id because it is read before any tenant is known.
 */
package org.jiceng.platform.tenancy;
