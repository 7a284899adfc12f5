package org.jiceng.platform.casework.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jiceng.platform.shared.persistence.TenantDatabase;
import org.jiceng.platform.shared.pii.DataSubject;
import org.jiceng.platform.shared.pii.Disclosure;
import org.jiceng.platform.shared.pii.PersonalDataHolder;
import org.jiceng.platform.shared.pii.PhoneNumbers;
import org.jiceng.platform.shared.pii.SubjectMatch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cases a person reported: matched by the account or external id they reported under (for a vendor's app,
 * only the cases it filed) or by their phone's keyed hash. Erasure removes the reporter's name, phone and
 * identity; the case, its facts and its timeline stay, the person's own steps attributed to nobody.
 */
@ApplicationScoped
public class CasePersonalData implements PersonalDataHolder {
    static final String NAME = "case_record.reporter_name_enc";
    static final String PHONE = "case_record.reporter_phone_enc";

    @Inject
    TenantDatabase db;
    @Inject
    Disclosure disclosure;

    @Override
    public String family() {
        return "cases";
    }

    private SubjectMatch match(DataSubject p) {
        SubjectMatch m = new SubjectMatch().or("reporter_subject", p.subject().orElse(null));
        if (p.clientId().isPresent()) {
            m.orBoth("reporter_subject", p.externalId().orElse(null), "reporter_client", p.clientId().get());
        } else {
            m.or("reporter_subject", p.externalId().orElse(null));
        }
        return m.or("reporter_phone_hash", p.phone().map(ph -> disclosure.lookupHash(
                PhoneNumbers.normalize("phone", ph, true))).orElse(null));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> export(DataSubject person) {
        SubjectMatch m = match(person);
        if (m.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = m.bind(db.em().createNativeQuery("select cast(id as text), number, title, description, "
                + "address, status, cast(reported_at as text), reporter_name_enc, reporter_phone_enc, "
                + "cast(closed_at as text) from case_record where " + m.sql() + " order by reported_at"))
                .getResultList();
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object[] r : rows) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("id", r[0]);
            c.put("number", r[1]);
            c.put("title", r[2]);
            c.put("description", r[3]);
            c.put("address", r[4]);
            c.put("status", r[5]);
            c.put("reportedAt", r[6]);
            c.put("closedAt", r[9]);
            c.put("reporterName", disclosure.open(NAME, (String) r[7]));
            c.put("reporterPhone", disclosure.open(PHONE, (String) r[8]));
            out.add(c);
        }
        return out;
    }

    @Override
    public int erase(DataSubject person) {
        SubjectMatch m = match(person);
        List<String> ids = m.isEmpty() ? List.of() : m.ids(db.em(), "case_record");
        if (ids.isEmpty()) {
            return 0;
        }
        SubjectMatch.updateIds(db.em(), "update case_event e set actor = 'erased', actor_role = null from case_record c "
                + "where c.id = e.case_id and c.id = any(:ids) and e.actor = c.reporter_subject", ids);
        return SubjectMatch.updateIds(db.em(), "update case_record set reporter_name_enc = null, "
                + "reporter_phone_enc = null, reporter_phone_hash = null, reporter_subject = null, "
                + "contact_erased_at = now() where id = any(:ids)", ids);
    }

}
