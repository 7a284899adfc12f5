package org.jiceng.platform.deliberation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import org.jiceng.platform.casework.domain.CaseRepository;
import org.jiceng.platform.deliberation.domain.TaskOwnerKind;
import org.jiceng.platform.party.domain.PartyRepository;
import org.jiceng.platform.shared.domain.RecordNotFound;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.volunteer.domain.VolunteerRepository;

import java.io.StringReader;
import java.util.List;

/**
 * The units that attend meetings and own tasks (departments, community bodies, Party organisations, volunteer
 * teams), checked to exist in the tenant; and the JSON lists a meeting keeps.
 */
@ApplicationScoped
public class MeetingUnits {
    /** A unit by kind and id. */
    public record Unit(TaskOwnerKind kind, String id) {
    }

    @Inject
    CaseRepository cases;
    @Inject
    PartyRepository party;
    @Inject
    VolunteerRepository volunteers;

    /** 404 unless the unit exists in the caller's tenant. */
    public void requireExists(String field, TaskOwnerKind kind, String id) {
        if (kind == null || id == null) {
            throw new RuleViolation(field, "a kind and an id");
        }
        boolean found = org.jiceng.platform.shared.persistence.Ids.isWellFormed(id) && switch (kind) {
            case DEPARTMENT -> cases.department(id).isPresent();
            case COMMUNITY_BODY -> !party.bodiesByIds(List.of(id)).isEmpty();
            case PARTY_ORGANIZATION -> party.organization(id).isPresent();
            case VOLUNTEER_TEAM -> volunteers.team(id).isPresent();
        };
        if (!found) {
            throw new RecordNotFound(kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), id);
        }
    }

    String checkedJson(List<Unit> units) {
        JsonArrayBuilder out = Json.createArrayBuilder();
        List<Unit> given = units == null ? List.of() : units;
        if (given.size() > 50) {
            throw new RuleViolation("units", "at most 50");
        }
        for (Unit u : given) {
            requireExists("units", u == null ? null : u.kind(), u == null ? null : u.id());
            out.add(Json.createObjectBuilder().add("kind", u.kind().name()).add("id", u.id()));
        }
        return out.build().toString();
    }

    static String options(List<String> options) {
        JsonArrayBuilder out = Json.createArrayBuilder();
        List<String> given = options == null ? List.of() : options;
        if (given.size() > 20) {
            throw new RuleViolation("options", "at most 20");
        }
        for (String o : given) {
            if (o == null || o.isBlank() || o.length() > 500) {
                throw new RuleViolation("options", "each 1-500 characters");
            }
            out.add(o.strip());
        }
        return out.build().toString();
    }

    public static List<Unit> units(String json) {
        try (JsonReader r = Json.createReader(new StringReader(json))) {
            return r.readArray().getValuesAs(JsonObject.class).stream()
                    .map(o -> new Unit(TaskOwnerKind.valueOf(o.getString("kind")), o.getString("id"))).toList();
        }
    }

    public static List<String> strings(String json) {
        try (JsonReader r = Json.createReader(new StringReader(json))) {
            return r.readArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
    }
}
