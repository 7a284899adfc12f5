/**
 * Cross-cutting seams every context uses: configuration, tenant-bound persistence (both isolation walls),
 * authentication, problem details, pagination, ETags, idempotency, the event outbox and health. Depends on no
 * bounded context except {@code tenancy}, whose registry authentication reads.
 */
package org.jiceng.platform.shared;
