package org.jiceng.platform.party.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jiceng.platform.shared.persistence.TenantDatabase;
import org.jiceng.platform.shared.pii.DataSubject;
import org.jiceng.platform.shared.pii.Disclosure;
import org.jiceng.platform.shared.pii.PersonalDataHolder;
import org.jiceng.platform.shared.pii.SubjectMatch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A person's Party records: the member record (matched by the linked account or the ID number's keyed hash), the
 * seats they hold in community bodies, and their in-service reports. Erasure removes name, phone and ID number and
 * unlinks the account; the organisation's roster, posts and history stay, and the ID number's hash stays so the
 * same person is still recognised as already registered.
 */
@ApplicationScoped
public class PartyPersonalData implements PersonalDataHolder {
    @Inject
    TenantDatabase db;
    @Inject
    Disclosure disclosure;

    @Override
    public String family() {
        return "partyMembers";
    }

    private SubjectMatch members(DataSubject p) {
        return new SubjectMatch().or("account_subject", p.subject().orElse(null))
                .or("id_number_hash", idHash(p));
    }

    private String idHash(DataSubject p) {
        return p.idNumber().map(id -> disclosure.lookupHash(id.strip().toUpperCase(Locale.ROOT))).orElse(null);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> export(DataSubject person) {
        SubjectMatch m = members(person);
        if (m.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = m.bind(db.em().createNativeQuery("select cast(id as text), cast(organization_id as "
                + "text), name_enc, phone_enc, id_number_enc, status, kind, cast(joined_on as text) from party_member "
                + "where " + m.sql())).getResultList();
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object[] r : rows) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("id", r[0]);
            v.put("organizationId", r[1]);
            v.put("name", disclosure.open("party_member.name_enc", (String) r[2]));
            v.put("phone", disclosure.open("party_member.phone_enc", (String) r[3]));
            v.put("idNumber", disclosure.open("party_member.id_number_enc", (String) r[4]));
            v.put("status", r[5]);
            v.put("kind", r[6]);
            v.put("joinedOn", r[7]);
            out.add(v);
        }
        return out;
    }

    @Override
    public int erase(DataSubject person) {
        SubjectMatch m = members(person);
        if (m.isEmpty()) {
            return 0;
        }
        List<String> ids = m.ids(db.em(), "party_member");
        String hash = idHash(person);
        if (hash != null) {
            update("update party_report set name_enc = null, phone_enc = null, id_number_enc = null "
                    + "where id_number_hash = ?1", hash);
        }
        if (ids.isEmpty()) {
            return 0;
        }
        for (String sql : List.of(
                "update body_seat set name_enc = null, phone_enc = null where party_member_id = any(:ids)",
                "update party_report set name_enc = null, phone_enc = null, id_number_enc = null "
                        + "where member_id = any(:ids)",
                "update party_member set name_enc = null, phone_enc = null, id_number_enc = null, "
                        + "account_subject = null, version = version + 1 where id = any(:ids)")) {
            SubjectMatch.updateIds(db.em(), sql, ids);
        }
        return ids.size();
    }

    private void update(String sql, String parameter) {
        db.em().createNativeQuery(sql).setParameter(1, parameter)
                .setHint(org.eclipse.persistence.config.QueryHints.ALLOW_NATIVE_SQL_QUERY, true).executeUpdate();
    }
}
