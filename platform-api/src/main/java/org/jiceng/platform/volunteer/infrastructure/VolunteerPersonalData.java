package org.jiceng.platform.volunteer.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.persistence.config.QueryHints;
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
 * A person's volunteer record: matched by account, external id (not when a vendor's app asks: the record does not
 * say which app it came through) or phone hash. Erasure removes name, phone and
 * identity; the certificate number, the services and the points ledger stay, so the ledger still balances.
 */
@ApplicationScoped
public class VolunteerPersonalData implements PersonalDataHolder {
    static final String NAME = "volunteer.name_enc";
    static final String PHONE = "volunteer.phone_enc";

    @Inject
    TenantDatabase db;
    @Inject
    Disclosure disclosure;

    @Override
    public String family() {
        return "volunteers";
    }

    private SubjectMatch match(DataSubject p) {
        // a vendor's app reaches only what it filed, and a volunteer record does not say who filed it
        return new SubjectMatch().or("subject", p.subject().orElse(null))
                .or("external_id", p.clientId().isPresent() ? null : p.externalId().orElse(null))
                .or("phone_hash", p.phone().map(ph -> disclosure.lookupHash(PhoneNumbers.normalize("phone", ph,
                        false))).orElse(null));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> export(DataSubject person) {
        SubjectMatch m = match(person);
        if (m.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = m.bind(db.em().createNativeQuery("select cast(id as text), certificate_no, name_enc, "
                + "phone_enc, skills, cast(created_at as text) from volunteer where " + m.sql())).getResultList();
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object[] r : rows) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("id", r[0]);
            v.put("certificateNumber", r[1]);
            v.put("name", disclosure.open(NAME, (String) r[2]));
            v.put("phone", disclosure.open(PHONE, (String) r[3]));
            v.put("skills", r[4] instanceof java.sql.Array a ? skills(a) : r[4] instanceof String[] s
                    ? List.of(s) : List.of());
            v.put("registeredAt", r[5]);
            out.add(v);
        }
        return out;
    }

    private static List<String> skills(java.sql.Array a) {
        try {
            return List.of((String[]) a.getArray());
        } catch (java.sql.SQLException e) {
            return List.of();
        }
    }

    @Override
    public int erase(DataSubject person) {
        SubjectMatch m = match(person);
        if (m.isEmpty()) {
            return 0;
        }
        return m.bind(db.em().createNativeQuery("update volunteer set name_enc = null, phone_enc = null, "
                + "phone_hash = null, subject = null, external_id = null, version = version + 1 where " + m.sql()))
                .executeUpdate();
    }

}
