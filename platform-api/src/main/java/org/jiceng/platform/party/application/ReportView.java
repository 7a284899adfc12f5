package org.jiceng.platform.party.application;

import org.jiceng.platform.party.domain.PartyReport;

/** An in-service report as the caller may see the reporter: masked without pii:read. */
public record ReportView(PartyReport report, String name, String phone, String idNumber, boolean masked) {
}
