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
 * 居民小组代表: a representative a residents' group (a grid node) elected; two or three per group sit in a residents'
 * meeting of that form, and representatives make up the residents' representatives' meeting. Known by their
 * account, through which they vote.
 */
@Entity
@Table(name = "resident_representative")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class Representative {
    @Id
    private String id;
    @Column(name = "grid_id", nullable = false)
    private String gridId;
    @Column(name = "account_subject", nullable = false)
    private String accountSubject;
    @Column(name = "household_id")
    private String householdId;
    @Column(name = "since_on", nullable = false)
    private LocalDate sinceOn;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Representative() {
    }

    public Representative(String id, String gridId, String accountSubject, String householdId, LocalDate sinceOn,
                          OffsetDateTime now) {
        if (sinceOn == null) {
            throw new RuleViolation("sinceOn", "required");
        }
        this.id = id;
        this.gridId = gridId;
        this.accountSubject = Texts.required("accountSubject", accountSubject, 255);
        this.householdId = householdId;
        this.sinceOn = sinceOn;
        this.createdAt = now;
    }

    public String id() { return id; }
    public String gridId() { return gridId; }
    public String accountSubject() { return accountSubject; }
    public Optional<String> householdId() { return Optional.ofNullable(householdId); }
    public LocalDate sinceOn() { return sinceOn; }
}
