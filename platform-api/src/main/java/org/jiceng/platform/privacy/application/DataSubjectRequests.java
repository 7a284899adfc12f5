package org.jiceng.platform.privacy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jiceng.platform.shared.audit.AccessLog;
import org.jiceng.platform.shared.audit.AccessLogEntry;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.events.Outbox;
import org.jiceng.platform.shared.pii.DataSubject;
import org.jiceng.platform.shared.pii.PersonalDataHolder;
import org.jiceng.platform.shared.security.AccessDenied;
import org.jiceng.platform.shared.security.Caller;
import org.jiceng.platform.shared.security.CallerContext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Export and erasure of one person's data across every record family, in one transaction of the caller's tenant.
 * Every request is written to the access log (who asked, about which identifiers' kinds, what was found or erased)
 * without the identifiers themselves; an erasure also leaves an event without personal data.
 */
@ApplicationScoped
@Transactional
public class DataSubjectRequests {
    @Inject
    Instance<PersonalDataHolder> holders;
    @Inject
    CallerContext callers;
    @Inject
    AccessLog accessLog;
    @Inject
    Outbox outbox;

    /** The person's own request: their account, or the resident a vendor's app names. */
    public DataSubject self(String externalId) {
        Caller caller = callers.get();
        if (caller.roles().contains("vendor-app")) {
            if (externalId == null || externalId.isBlank()) {
                throw new RuleViolation("externalId", "a vendor's app names the resident it acts for");
            }
            return DataSubject.viaApplication(externalId.strip(), String.valueOf(caller.clientId()));
        }
        if (externalId != null) {
            throw new RuleViolation("externalId", "only a vendor's app acts for a resident");
        }
        return DataSubject.account(caller.subject());
    }

    /** A tenant admin's request about someone, by any of their identifiers. */
    public DataSubject about(DataSubject person) {
        requireTenantAdmin();
        if (person.isEmpty()) {
            throw new RuleViolation("subject", "name the person by subject, externalId, phone or idNumber");
        }
        return person;
    }

    public Map<String, List<Map<String, Object>>> export(DataSubject person) {
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (PersonalDataHolder h : sorted()) {
            List<Map<String, Object>> records = h.export(person);
            out.put(h.family(), records);
            counts.put(h.family(), records.size());
        }
        log("pii.subject-exported", person, counts);
        return out;
    }

    public Map<String, Integer> erase(DataSubject person) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (PersonalDataHolder h : sorted()) {
            counts.put(h.family(), h.erase(person));
        }
        log("pii.erased", person, counts);
        outbox.recordAnonymous("personal-data.erased", "personal-data", "erasure", Map.of("records", counts));
        return counts;
    }

    private List<PersonalDataHolder> sorted() {
        List<PersonalDataHolder> all = new ArrayList<>();
        holders.forEach(all::add);
        all.sort(Comparator.comparing(PersonalDataHolder::family));
        return all;
    }

    private void requireTenantAdmin() {
        if (!callers.get().roles().contains("tenant-admin")) {
            throw new AccessDenied("Only a tenant admin answers data-subject requests about others");
        }
    }

    private void log(String action, DataSubject person, Map<String, Integer> counts) {
        Caller c = callers.get();
        List<String> by = new ArrayList<>();
        person.subject().ifPresent(s -> by.add("subject"));
        person.externalId().ifPresent(s -> by.add("externalId"));
        person.phone().ifPresent(s -> by.add("phone"));
        person.idNumber().ifPresent(s -> by.add("idNumber"));
        StringBuilder detail = new StringBuilder("{\"records\":{");
        counts.forEach((k, v) -> detail.append(detail.charAt(detail.length() - 1) == '{' ? "" : ",")
                .append('"').append(k).append("\":").append(v));
        detail.append("}}");
        accessLog.append(new AccessLogEntry(c.tenantId(), c.tenant().issuer(), c.subject(), c.clientId(), action,
                "data-subject", null, by, detail.toString(), callers.requestId()));
    }
}
