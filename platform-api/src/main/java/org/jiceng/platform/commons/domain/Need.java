package org.jiceng.platform.commons.domain;

import org.jiceng.platform.shared.domain.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.domain.StateConflict;
import org.jiceng.platform.shared.domain.VersionMismatch;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * 需求清单: a need gathered from a visit, a forum, the 12345 hotline, a council, a case or a survey, with the number
 * of households asking. Duplicates merge into one, adding their households. Triage sends it one of three ways: the
 * community solves it (matched to resources, then part of a project), it is escalated to the street as a case
 * (街乡吹哨、部门报到), or it is declined with a reason.
 */
@Entity
@Table(name = "list_need")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class Need {
    public enum Source { VISIT, FORUM, HOTLINE, COUNCIL, CASE, SURVEY }

    public enum Route { COMMUNITY, ESCALATE, DECLINED }

    public enum Status { OPEN, MATCHED, ESCALATED, DECLINED, MERGED }

    @Id
    private String id;
    @Column(name = "grid_id", nullable = false)
    private String gridId;
    @Column(nullable = false)
    private String title;
    @Column(nullable = false)
    private String description;
    @Column(nullable = false)
    private String category;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Source source;
    @Column(nullable = false)
    private int households;
    @Enumerated(EnumType.STRING)
    @Column
    private Route route;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(name = "decline_reason")
    private String declineReason;
    @Column(name = "resources_json", nullable = false)
    private String resourcesJson;
    @Column(name = "case_id")
    private String caseId;
    @Column(name = "merged_into")
    private String mergedInto;
    @Column(nullable = false)
    private long version;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Need() {
    }

    public Need(String id, String gridId, String title, String description, String category, Source source,
                Integer households, OffsetDateTime now) {
        if (households == null || households < 1 || households > 100_000) {
            throw new RuleViolation("households", "1 to 100000 households asking");
        }
        this.id = id;
        this.gridId = gridId;
        this.title = Texts.required("title", title, 200);
        this.description = Texts.required("description", description, 2000);
        this.category = Texts.required("category", category, 50);
        this.source = source;
        this.households = households;
        this.status = Status.OPEN;
        this.resourcesJson = "[]";
        this.version = 1;
        this.createdAt = now;
    }

    private void requireOpen(String what) {
        if (status != Status.OPEN) {
            throw new StateConflict("Cannot " + what + " a need that is " + status + "; only an open need is triaged "
                    + "or merged");
        }
    }

    /** This need duplicates {@code into}: its households join that need's. */
    public void mergeInto(Need into) {
        requireOpen("merge");
        if (into.id.equals(id) || into.status == Status.MERGED || into.status == Status.DECLINED) {
            throw new StateConflict("A need merges into another need that stands");
        }
        into.households += households;
        into.version++;
        mergedInto = into.id;
        status = Status.MERGED;
        version++;
    }

    /** The community solves it with these resources (a JSON list of ids, checked by the application). */
    public void matched(String resourceIdsJson) {
        requireOpen("match");
        route = Route.COMMUNITY;
        resourcesJson = resourceIdsJson;
        status = Status.MATCHED;
        version++;
    }

    public void escalated(String caseRecordId) {
        requireOpen("escalate");
        route = Route.ESCALATE;
        caseId = caseRecordId;
        status = Status.ESCALATED;
        version++;
    }

    public void decline(String reason) {
        requireOpen("decline");
        route = Route.DECLINED;
        declineReason = Texts.required("reason", reason, 500);
        status = Status.DECLINED;
        version++;
    }

    /** A project takes the need up: only one triage has matched to the community's resources. */
    public void requireMatched() {
        if (status != Status.MATCHED) {
            throw new StateConflict("A project takes up a need once triage has matched it to the community's "
                    + "resources; need " + id + " is " + status);
        }
    }

    public void requireVersion(long expected) {
        VersionMismatch.check(expected, version);
    }

    public String id() { return id; }
    public String gridId() { return gridId; }
    public String title() { return title; }
    public String description() { return description; }
    public String category() { return category; }
    public Source source() { return source; }
    public int households() { return households; }
    public Optional<Route> route() { return Optional.ofNullable(route); }
    public Status status() { return status; }
    public Optional<String> declineReason() { return Optional.ofNullable(declineReason); }
    public String resourcesJson() { return resourcesJson; }
    public Optional<String> caseId() { return Optional.ofNullable(caseId); }
    public Optional<String> mergedInto() { return Optional.ofNullable(mergedInto); }
    public long version() { return version; }
    public OffsetDateTime createdAt() { return createdAt; }
}
