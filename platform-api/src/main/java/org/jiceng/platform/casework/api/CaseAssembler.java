package org.jiceng.platform.casework.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonReader;
import org.jiceng.platform.casework.application.CaseView;
import org.jiceng.platform.casework.application.NewCase;
import org.jiceng.platform.casework.domain.CaseAction;
import org.jiceng.platform.casework.domain.CaseCategory;
import org.jiceng.platform.casework.domain.CaseEvent;
import org.jiceng.platform.casework.domain.CasePriority;
import org.jiceng.platform.casework.domain.CaseRecord;
import org.jiceng.platform.casework.domain.Deadlines;
import org.jiceng.platform.casework.domain.ServiceAttribute;
import org.jiceng.platform.casework.domain.ServiceDefinition;
import org.jiceng.platform.casework.application.ServiceDefinitions;
import org.jiceng.platform.casework.domain.Department;
import org.jiceng.platform.shared.domain.RuleViolation;

import java.io.StringReader;
import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

/** Cases, categories and departments ↔ their JSON shapes. */
final class CaseAssembler {
    private static final Pattern SHA256 = Pattern.compile("^[0-9a-f]{64}$");
    private static final int MAX_ATTACHMENTS = 20;

    private CaseAssembler() {
    }

    static NewCase toNewCase(CaseCreateRequest r) {
        CaseCreateRequest.Location loc = r.location();
        return new NewCase(r.title(), r.description(), r.categoryCode(), r.priority(), r.source(),
                r.reporter() == null ? null : r.reporter().externalId(),
                r.reporter() == null ? null : r.reporter().name(), r.reporter() == null ? null : r.reporter().phone(),
                Boolean.TRUE.equals(r.anonymous()),
                loc == null ? null : loc.lon(), loc == null ? null : loc.lat(), loc == null ? null : loc.crs(),
                loc == null ? null : loc.address(), r.gridId(), attachments(r.attachments()), r.attributes());
    }

    /** Checks photo references (http(s) URL and SHA-256 hex) and keeps them as a JSON array. */
    private static String attachments(List<CaseCreateRequest.Attachment> list) {
        if (list == null || list.isEmpty()) {
            return null;
        }
        if (list.size() > MAX_ATTACHMENTS) {
            throw new RuleViolation("attachments", "at most " + MAX_ATTACHMENTS);
        }
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (int i = 0; i < list.size(); i++) {
            CaseCreateRequest.Attachment att = list.get(i);
            if (att == null || att.url() == null || !isHttpUrl(att.url()) || att.url().length() > 2000) {
                throw new RuleViolation("attachments[" + i + "].url", "an http(s) URL");
            }
            if (att.sha256() == null || !SHA256.matcher(att.sha256()).matches()) {
                throw new RuleViolation("attachments[" + i + "].sha256", "64 lower-case hex digits");
            }
            a.add(Json.createObjectBuilder().add("url", att.url()).add("sha256", att.sha256()));
        }
        return a.build().toString();
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI u = new URI(url);
            return ("https".equals(u.getScheme()) || "http".equals(u.getScheme())) && u.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }

    static CaseDto toDto(CaseView v) {
        CaseRecord c = v.record();
        JsonArray attachments = c.attachmentsJson().map(json -> {
            try (JsonReader r = Json.createReader(new StringReader(json))) {
                return r.readArray();
            }
        }).orElse(null);
        return new CaseDto(c.id(), c.number(), c.title(), c.description(), c.categoryCode(), c.priority().name(),
                c.source().name(), c.status().name(), c.anonymous(), c.reporterSubject().orElse(null),
                c.reporterClient().orElse(null), v.contact().name(), v.contact().phone(), v.contact().masked(),
                c.lon().orElse(null), c.lat().orElse(null),
                c.address().orElse(null), c.gridId(), attachments, c.handlerKind().map(Enum::name).orElse(null),
                c.handlerId().orElse(null), c.masterCaseId().orElse(null), c.rejectReason().orElse(null),
                c.resolutionNote().orElse(null), c.reworkCount(), c.evaluationScore().orElse(null),
                c.evaluationComment().orElse(null), c.evaluatedAt().orElse(null), c.reportedAt(),
                c.acceptedAt().orElse(null), c.dispatchedAt().orElse(null), c.acknowledgedAt().orElse(null),
                c.resolvedAt().orElse(null), c.closedAt().orElse(null), c.acceptDueAt(),
                c.acknowledgeDueAt().orElse(null), c.resolveDueAt().orElse(null), v.overdue(),
                v.nextActions().stream().map(CaseAction::apiName).toList(), c.version(), c.updatedAt(),
                c.attributesJson().map(ServiceDefinitions::answers).orElse(null));
    }

    static CaseEventDto toDto(CaseEvent e) {
        return new CaseEventDto(e.seq(), e.action(), e.fromStatus() == null ? null : e.fromStatus().name(),
                e.toStatus().name(), e.actor(), e.actorRole(), e.note(), e.occurredAt());
    }

    static CategoryDto toDto(CaseCategory c) {
        ServiceDefinition s = ServiceDefinitions.of(c);
        return new CategoryDto(c.code(), c.name(), toDto(c.deadlines(CasePriority.NORMAL)),
                toDto(c.deadlines(CasePriority.URGENT)), toDto(c.deadlines(CasePriority.EMERGENCY)), c.active(),
                c.version(), s.description(), s.group(), s.keywords(),
                s.attributes().stream().map(CaseAssembler::toDto).toList());
    }

    static CategoryCreateRequest.ServiceAttributeDto toDto(ServiceAttribute a) {
        return new CategoryCreateRequest.ServiceAttributeDto(a.code(), a.variable(), a.datatype().open311(),
                a.required(), a.description(), a.order(), a.datatypeDescription(), a.values().stream()
                .map(v -> new CategoryCreateRequest.ValueDto(v.key(), v.name())).toList());
    }

    /** The attributes as written, checked as far as their shape goes (the domain checks the rest). */
    static List<ServiceAttribute> toAttributes(List<CategoryCreateRequest.ServiceAttributeDto> given) {
        if (given == null) {
            return null;
        }
        List<ServiceAttribute> out = new java.util.ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            CategoryCreateRequest.ServiceAttributeDto d = given.get(i);
            if (d == null) {
                throw new org.jiceng.platform.shared.domain.RuleViolation("attributes[" + i + "]", "an attribute");
            }
            ServiceAttribute.Datatype type = d.datatype() == null ? null
                    : org.jiceng.platform.shared.domain.EnumValues.parse(ServiceAttribute.Datatype.class,
                    "attributes[" + i + "].datatype", d.datatype().toUpperCase(java.util.Locale.ROOT));
            List<ServiceAttribute.Value> values = d.values() == null ? List.of() : d.values().stream()
                    .map(v -> v == null ? new ServiceAttribute.Value(null, null)
                            : new ServiceAttribute.Value(v.key(), v.name())).toList();
            out.add(new ServiceAttribute(d.code(), d.variable() == null || d.variable(), type,
                    d.required() != null && d.required(), d.description(), d.order() == null ? i + 1 : d.order(),
                    d.datatypeDescription(), values));
        }
        return out;
    }

    private static CategoryDto.DeadlinesDto toDto(Deadlines d) {
        return new CategoryDto.DeadlinesDto(d.acceptHours(), d.acknowledgeHours(), d.resolveHours());
    }

    static Deadlines toDeadlines(String field, CategoryDto.DeadlinesDto d) {
        if (d == null || d.acceptHours() == null || d.acknowledgeHours() == null || d.resolveHours() == null) {
            throw new RuleViolation(field, "acceptHours, acknowledgeHours and resolveHours are required");
        }
        return new Deadlines(d.acceptHours(), d.acknowledgeHours(), d.resolveHours());
    }

    static DepartmentDto toDto(Department d) {
        return new DepartmentDto(d.id(), d.code(), d.name(), d.kind(), d.active(), d.version(), d.createdAt(),
                d.updatedAt());
    }
}
