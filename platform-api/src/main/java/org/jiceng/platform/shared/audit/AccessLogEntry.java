package org.jiceng.platform.shared.audit;

import java.util.List;

/**
 * One line of the access log: who (issuer, subject, client) did what ({@code action}, e.g. {@code tenant.suspended}
 * or {@code pii.read}) to which record of which tenant, and which personal-data fields were shown unmasked.
 *
 * @param detail a small JSON object with context (counts, reasons), or null
 */
public record AccessLogEntry(String tenantCode, String actorIssuer, String actorSubject, String clientId,
                             String action, String recordType, String recordId, List<String> fields, String detail,
                             String requestId) {
}
