package org.jiceng.platform.deliberation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jiceng.platform.shared.persistence.NativeSql;
import org.jiceng.platform.shared.persistence.TenantDatabase;
import org.jiceng.platform.shared.pii.DataSubject;
import org.jiceng.platform.shared.pii.PersonalDataHolder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A person's part in deliberation, found by the actor keys that name them: {@code user:<subject>} for their own
 * account, {@code app:<client>:<external id>} for a resident a vendor's app acts for (only that app's, when an app
 * asks). Their proposals, seconds, comments, evaluations and bindings, and the council seats and representative roles
 * held through their account. Erasure replaces every key with an anonymous one (so one person's seconds and
 * evaluations still count once), blanks their comments, and revokes their bindings. A secret ballot names nobody and
 * is untouched; an open ballot names a household or owner, not the person.
 */
@ApplicationScoped
public class DeliberationPersonalData implements PersonalDataHolder {
    @Inject
    TenantDatabase db;

    @Override
    public String family() {
        return "deliberation";
    }

    /** The actor keys, as SQL LIKE patterns, and the account subject, that match the person. */
    private record Keys(List<String> patterns, Optional<String> subject) {
        boolean isEmpty() {
            return patterns.isEmpty();
        }
    }

    private static Keys keys(DataSubject p) {
        List<String> patterns = new ArrayList<>();
        p.subject().ifPresent(s -> patterns.add("user:" + escape(s)));
        p.externalId().ifPresent(x -> patterns.add("app:" + p.clientId().map(DeliberationPersonalData::escape)
                .orElse("%") + ":" + escape(x)));
        return new Keys(patterns, p.subject());
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private String keyMatch(String column) {
        return column + " like any(cast(?1 as text[]))";
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> export(DataSubject person) {
        Keys k = keys(person);
        if (k.isEmpty()) {
            return List.of();
        }
        var em = db.em();
        String patterns = NativeSql.textArray(k.patterns());
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object[] r : (List<Object[]>) NativeSql.query(em, "select cast(id as text), title, cast(proposed_at as "
                + "text) from topic where " + keyMatch("proposer_key"), patterns).getResultList()) {
            out.add(record("proposal", "topicId", r[0], "title", r[1], "at", r[2]));
        }
        for (Object r : NativeSql.query(em, "select cast(topic_id as text) from topic_second where "
                + keyMatch("actor_key"), patterns).getResultList()) {
            out.add(record("second", "topicId", r));
        }
        for (Object[] r : (List<Object[]>) NativeSql.query(em, "select cast(topic_id as text), body, state, "
                + "cast(created_at as text) from topic_comment where " + keyMatch("actor_key"), patterns)
                .getResultList()) {
            out.add(record("comment", "topicId", r[0], "body", r[1], "state", r[2], "at", r[3]));
        }
        for (Object[] r : (List<Object[]>) NativeSql.query(em, "select cast(topic_id as text), score, comment, "
                + "cast(created_at as text) from topic_evaluation where " + keyMatch("actor_key"), patterns)
                .getResultList()) {
            out.add(record("evaluation", "topicId", r[0], "score", r[1], "comment", r[2], "at", r[3]));
        }
        for (Object[] r : (List<Object[]>) NativeSql.query(em, "select cast(id as text), cast(household_id as text), "
                + "cast(owner_id as text), state from resident_binding where " + keyMatch("actor_key"), patterns)
                .getResultList()) {
            out.add(record("binding", "bindingId", r[0], "householdId", r[1], "ownerId", r[2], "state", r[3]));
        }
        k.subject().ifPresent(s -> {
            for (Object[] r : (List<Object[]>) NativeSql.query(em, "select cast(council_id as text), term_no, role, "
                    + "seat from council_member where account_subject = ?1", s).getResultList()) {
                out.add(record("councilSeat", "councilId", r[0], "termNo", r[1], "role", r[2], "seat", r[3]));
            }
            for (Object[] r : (List<Object[]>) NativeSql.query(em, "select cast(grid_id as text), cast(since_on as "
                    + "text) from resident_representative where account_subject = ?1", s).getResultList()) {
                out.add(record("representative", "gridId", r[0], "since", r[1]));
            }
        });
        return out;
    }

    private static Map<String, Object> record(String kind, Object... namesAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            m.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return m;
    }

    @Override
    public int erase(DataSubject person) {
        Keys k = keys(person);
        if (k.isEmpty()) {
            return 0;
        }
        var em = db.em();
        String patterns = NativeSql.textArray(k.patterns());
        // one anonymous key per person and table row keeps every (topic, actor) pair unique, as before
        String anonymous = "'erased:' || gen_random_uuid()";
        int n = NativeSql.query(em, "update topic set proposer_key = " + anonymous + ", version = version + 1 where "
                + keyMatch("proposer_key"), patterns).executeUpdate();
        n += NativeSql.query(em, "update topic_second set actor_key = " + anonymous + " where "
                + keyMatch("actor_key"), patterns).executeUpdate();
        n += NativeSql.query(em, "update topic_comment set actor_key = " + anonymous + ", body = '', version = "
                + "version + 1 where " + keyMatch("actor_key"), patterns).executeUpdate();
        n += NativeSql.query(em, "update topic_evaluation set actor_key = " + anonymous + ", comment = null where "
                + keyMatch("actor_key"), patterns).executeUpdate();
        n += NativeSql.query(em, "update resident_binding set actor_key = " + anonymous + ", state = 'REVOKED', "
                + "version = version + 1 where " + keyMatch("actor_key"), patterns).executeUpdate();
        if (k.subject().isPresent()) {
            n += NativeSql.query(em, "update council_member set account_subject = null where account_subject = ?1",
                    k.subject().get()).executeUpdate();
            n += NativeSql.query(em, "update resident_representative set account_subject = " + anonymous
                    + " where account_subject = ?1", k.subject().get()).executeUpdate();
        }
        return n;
    }
}
