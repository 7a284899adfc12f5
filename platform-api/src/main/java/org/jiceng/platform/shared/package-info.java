/**
 * Cross-cutting seams every context uses: configuration, the tenant every request serves and its settings
 * ({@code shared.tenant}, with the registry lookup authentication needs), tenant-bound persistence (both isolation
 * walls), authentication, problem details, pagination, ETags, idempotency, personal data, the event outbox and
 * health. Depends on no bounded context: the rules in {@code ArchitectureTest} keep it so.
 */
package org.jiceng.platform.shared;
