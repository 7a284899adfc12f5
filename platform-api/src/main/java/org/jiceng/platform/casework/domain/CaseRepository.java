package org.jiceng.platform.casework.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Cases of the caller's tenant. */
public interface CaseRepository {
    Optional<CaseRecord> find(String id);

    /** Reads the case with a row lock, so that the version check and the step are one for concurrent callers. */
    Optional<CaseRecord> findForUpdate(String id);

    /** Cases matching {@code filter}, newest first, after the cursor's case id. */
    List<CaseRecord> list(CaseFilter filter, CaseScope scope, OffsetDateTime now, String afterId, int limit);

    /** The departments summoned on the case. */
    List<String> summonedDepartments(String caseId);

    List<Assignment> assignmentsOf(String subject);

    List<Assignment> assignments(Optional<String> subject, String afterId, int limit);

    Optional<Assignment> assignment(String id);

    void add(Assignment assignment);

    void remove(Assignment assignment);

    List<CaseEvent> timeline(String caseId);

    /** The next number of the tenant's case sequence for {@code year}: 1, 2, 3 … */
    long nextNumber(int year);

    void add(CaseRecord record);

    void add(CaseEvent event);

    Optional<CaseCategory> category(String code);

    List<CaseCategory> categories();

    /** Holds, until the transaction ends, the tenant's lock for filling its empty catalogue with the defaults. */
    void lockCatalogueFill();

    void add(CaseCategory category);

    Optional<Department> department(String id);

    List<Department> departments(String afterCode, int limit);

    boolean departmentCodeExists(String code);

    void add(Department department);

    void add(Summons summons);

    List<Summons> summonses(String caseId);

    Optional<Summons> summonsForUpdate(String caseId, String summonsId);

    void flush();

    /** A deadline the sweep reminds of: a case's current step or an open summons, by id and due time. */
    record Due(String id, String caseId, String step, OffsetDateTime dueAt) {
    }

    /**
     * Cases whose current step falls due in {@code [from, to)} without a {@code kind} reminder of that deadline
     * yet, earliest first; the step is accept, acknowledge or resolve.
     */
    List<Due> stepsDueUnnoticed(String kind, OffsetDateTime from, OffsetDateTime to, int limit);

    /** Summonses not yet acknowledged that fall due in {@code [from, to)} without a {@code kind} reminder yet. */
    List<Due> summonsesDueUnnoticed(String kind, OffsetDateTime from, OffsetDateTime to, int limit);
}
