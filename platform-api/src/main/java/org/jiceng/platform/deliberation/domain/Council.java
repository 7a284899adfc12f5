package org.jiceng.platform.deliberation.domain;

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

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * 议事会: a council deliberating at a grid node (street, community, compound, grid or building), authorised by a
 * residents' meeting for a stated scope. It sets how many residents must second a proposal before it goes on the
 * agenda, and how long residents may evaluate a carried-out decision. Its members sit for a term; renewing the
 * term starts an empty roster.
 */
@Entity
@Table(name = "council")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class Council {
    @Id
    private String id;
    @Column(name = "grid_id", nullable = false)
    private String gridId;
    @Column(nullable = false)
    private String name;
    @Column(name = "mandate_scope", nullable = false)
    private String mandateScope;
    @Column(name = "mandate_topic_id")
    private String mandateTopicId;
    @Column(name = "seconds_to_agenda", nullable = false)
    private int secondsToAgenda;
    @Column(name = "evaluation_window_days", nullable = false)
    private int evaluationWindowDays;
    @Column(name = "term_no", nullable = false)
    private int termNo;
    @Column(name = "term_starts_on", nullable = false)
    private LocalDate termStartsOn;
    @Column(name = "term_ends_on", nullable = false)
    private LocalDate termEndsOn;
    @Column(nullable = false)
    private long version;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Council() {
    }

    public Council(String id, String gridId, String name, String mandateScope, int secondsToAgenda,
                   int evaluationWindowDays, LocalDate termStartsOn, LocalDate termEndsOn, OffsetDateTime now) {
        this.id = id;
        this.gridId = gridId;
        this.name = Texts.required("name", name, 100);
        this.mandateScope = Texts.required("mandateScope", mandateScope, 2000);
        settings(secondsToAgenda, evaluationWindowDays);
        term(termStartsOn, termEndsOn);
        this.termNo = 1;
        this.version = 1;
        this.createdAt = now;
    }

    private void settings(int seconds, int windowDays) {
        if (seconds < 0 || seconds > 100000) {
            throw new RuleViolation("secondsToAgenda", "0 to 100000");
        }
        if (windowDays < 1 || windowDays > 365) {
            throw new RuleViolation("evaluationWindowDays", "1 to 365");
        }
        secondsToAgenda = seconds;
        evaluationWindowDays = windowDays;
    }

    private void term(LocalDate startsOn, LocalDate endsOn) {
        if (startsOn == null || endsOn == null || !endsOn.isAfter(startsOn)) {
            throw new RuleViolation("termEndsOn", "after termStartsOn");
        }
        if (endsOn.isAfter(startsOn.plusYears(5))) {
            throw new RuleViolation("termEndsOn", "within five years of termStartsOn (a residents' committee's term)");
        }
        termStartsOn = startsOn;
        termEndsOn = endsOn;
    }

    /** Links the mandate to the residents' meeting decision (a passed topic) that authorised the council. */
    public void mandatedBy(Topic decision) {
        if (!decision.passed()) {
            throw new RuleViolation("mandateTopicId", "names a passed decision");
        }
        mandateTopicId = decision.id();
    }

    public void change(Integer seconds, Integer windowDays, String scope) {
        settings(seconds == null ? secondsToAgenda : seconds, windowDays == null ? evaluationWindowDays : windowDays);
        if (scope != null) {
            mandateScope = Texts.required("mandateScope", scope, 2000);
        }
        version++;
    }

    /** A new term begins; the members of the last one leave with it. */
    public void renewTerm(LocalDate startsOn, LocalDate endsOn) {
        if (startsOn == null || startsOn.isBefore(termEndsOn)) {
            throw new RuleViolation("termStartsOn", "on or after the current term's end, " + termEndsOn);
        }
        term(startsOn, endsOn);
        termNo++;
        version++;
    }

    public void requireVersion(long expected) {
        VersionMismatch.check(expected, version);
    }

    public String id() { return id; }
    public String gridId() { return gridId; }
    public String name() { return name; }
    public String mandateScope() { return mandateScope; }
    public Optional<String> mandateTopicId() { return Optional.ofNullable(mandateTopicId); }
    public int secondsToAgenda() { return secondsToAgenda; }
    public int evaluationWindowDays() { return evaluationWindowDays; }
    public int termNo() { return termNo; }
    public LocalDate termStartsOn() { return termStartsOn; }
    public LocalDate termEndsOn() { return termEndsOn; }
    public long version() { return version; }
    public OffsetDateTime createdAt() { return createdAt; }
}
