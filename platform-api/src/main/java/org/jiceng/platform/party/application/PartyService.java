package org.jiceng.platform.party.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jiceng.platform.party.domain.OrganizationType;
import org.jiceng.platform.party.domain.PartyMember;
import org.jiceng.platform.party.domain.PartyOrganization;
import org.jiceng.platform.party.domain.PartyRepository;
import org.jiceng.platform.shared.audit.AccessLog;
import org.jiceng.platform.shared.audit.AccessLogEntry;
import org.jiceng.platform.shared.domain.RecordNotFound;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.domain.StateConflict;
import org.jiceng.platform.shared.events.Outbox;
import org.jiceng.platform.shared.persistence.Ids;
import org.jiceng.platform.shared.persistence.TenantDatabase;
import org.jiceng.platform.shared.pii.Masking;
import org.jiceng.platform.shared.pii.PersonalData;
import org.jiceng.platform.shared.pii.PhoneNumbers;
import org.jiceng.platform.shared.security.Caller;
import org.jiceng.platform.shared.security.CallerContext;
import org.jiceng.platform.shared.security.Permission;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Party organisations (a typed tree) and members (personal data encrypted, masked, unmasked reads logged). */
@ApplicationScoped
@Transactional
public class PartyService {
    static final String NAME = "party_member.name_enc";
    static final String PHONE = "party_member.phone_enc";
    static final String ID_NUMBER = "party_member.id_number_enc";

    @Inject
    PartyRepository repo;
    @Inject
    PersonalData personalData;
    @Inject
    TenantDatabase db;
    @Inject
    AccessLog accessLog;
    @Inject
    CallerContext callers;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;
    @Inject
    org.jiceng.platform.grid.domain.GridRepository grids;

    public PartyOrganization establish(String parentId, String type, String name, String hostKind,
                                       LocalDate establishedOn, String purpose, LocalDate endsOn) {
        callers.get().require(Permission.PARTY_WRITE);
        OrganizationType t;
        try {
            t = OrganizationType.valueOf(type);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RuleViolation("type", "one of " + List.of(OrganizationType.values()));
        }
        Optional<PartyOrganization> parent = Optional.empty();
        if (parentId != null) {
            parent = Optional.of(organization(parentId));
        }
        PartyOrganization o = PartyOrganization.establish(Ids.newId(), parent, t, name, hostKind, establishedOn,
                purpose, endsOn, now());
        repo.add(o);
        repo.flush();
        outbox.record("party-organization.established", "party-organization", o.id(), Map.of("id", o.id(),
                "type", o.type().name(), "name", o.name()));
        return o;
    }

    public PartyOrganization get(String id) {
        callers.get().require(Permission.PARTY_READ);
        return organization(id);
    }

    public List<PartyOrganization> subtree(String id) {
        callers.get().require(Permission.PARTY_READ);
        return repo.subtree(organization(id));
    }

    public List<PartyOrganization> ancestors(String id) {
        callers.get().require(Permission.PARTY_READ);
        PartyOrganization o = organization(id);
        List<String> ids = java.util.Arrays.stream(o.path().split("/")).filter(s -> !s.isEmpty() && !s.equals(o.id()))
                .toList();
        return repo.byIds(ids);
    }

    public List<PartyOrganization> tops() {
        callers.get().require(Permission.PARTY_READ);
        return repo.tops();
    }

    /** Sets the grid nodes the organisation covers (replacing the earlier set). */
    public List<String> cover(String organizationId, List<String> gridIds) {
        callers.get().require(Permission.PARTY_WRITE);
        PartyOrganization o = organization(organizationId);
        if (gridIds == null || gridIds.size() > 500) {
            throw new RuleViolation("gridIds", "a list of at most 500 grid nodes");
        }
        List<String> ids = new java.util.ArrayList<>();
        for (String g : gridIds) {
            ids.add(grids.find(g).orElseThrow(() -> new RecordNotFound("grid", g)).id());
        }
        repo.cover(o.id(), ids.stream().distinct().toList());
        outbox.record("party-organization.coverage-set", "party-organization", o.id(), Map.of("id", o.id(),
                "grids", ids.size()));
        return repo.coveredGrids(o.id());
    }

    public List<String> coverage(String organizationId) {
        callers.get().require(Permission.PARTY_READ);
        return repo.coveredGrids(organization(organizationId).id());
    }

    /** Party statistics of the grid subtree of {@code gridId}. */
    public PartyRepository.PartyStats stats(String gridId) {
        callers.get().require(Permission.PARTY_READ);
        return repo.stats(grids.find(gridId).orElseThrow(() -> new RecordNotFound("grid", gridId)).path());
    }

    public MemberView admit(String organizationId, String name, String phone, String idNumber, String status,
                            String kind, LocalDate joinedOn) {
        Caller caller = callers.get();
        caller.require(Permission.PARTY_WRITE);
        PartyOrganization o = organization(organizationId);
        if (name == null || name.isBlank() || name.length() > 50) {
            throw new RuleViolation("name", "1-50 characters");
        }
        String id = idNumber == null ? null : idNumber.strip().toUpperCase(java.util.Locale.ROOT);
        if (!PartyMember.isValidIdNumber(id)) {
            throw new RuleViolation("idNumber", "an 18-character resident ID number with a valid check digit");
        }
        String digits = PhoneNumbers.normalize("phone", phone, false);
        try {
            Connection c = db.em().unwrap(Connection.class);
            String tenant = caller.tenantId();
            String hash = personalData.lookupHash(c, tenant, id);
            if (repo.idNumberTaken(hash)) {
                throw new StateConflict("a member with this ID number is registered already");
            }
            PartyMember m = new PartyMember(Ids.newId(), o, personalData.seal(c, tenant, NAME, name.strip()),
                    personalData.seal(c, tenant, PHONE, digits), personalData.seal(c, tenant, ID_NUMBER, id), hash,
                    status == null ? "FULL" : status, kind == null ? "REGISTERED" : kind,
                    joinedOn, now());
            repo.add(m);
            repo.flush();
            outbox.record("party-member.admitted", "party-member", m.id(), Map.of("id", m.id(),
                    "organizationId", o.id()));
            return view(caller, m);
        } catch (SQLException e) {
            throw new IllegalStateException("personal data store unavailable", e);
        }
    }

    public MemberView member(String id) {
        Caller caller = callers.get();
        caller.require(Permission.PARTY_READ);
        return view(caller, repo.member(id).orElseThrow(() -> new RecordNotFound("Party member", id)));
    }

    public List<MemberView> members(String organizationId) {
        Caller caller = callers.get();
        caller.require(Permission.PARTY_READ);
        return repo.members(organization(organizationId).id()).stream().map(m -> view(caller, m)).toList();
    }

    private PartyOrganization organization(String id) {
        return repo.organization(id).orElseThrow(() -> new RecordNotFound("Party organisation", id));
    }

    private MemberView view(Caller caller, PartyMember m) {
        try {
            Connection c = db.em().unwrap(Connection.class);
            String tenant = caller.tenantId();
            String name = personalData.open(c, tenant, NAME, m.nameEnc()).orElse(null);
            String phone = personalData.open(c, tenant, PHONE, m.phoneEnc().orElse(null)).orElse(null);
            String idNumber = personalData.open(c, tenant, ID_NUMBER, m.idNumberEnc()).orElse(null);
            if (!caller.can(Permission.PII_READ)) {
                return new MemberView(m, Masking.name(name), Masking.phone(phone), Masking.idNumber(idNumber), true);
            }
            accessLog.append(new AccessLogEntry(tenant, caller.tenant().issuer(), caller.subject(), caller.clientId(),
                    "pii.read", "party-member", m.id(), phone == null ? List.of("name", "idNumber")
                    : List.of("name", "phone", "idNumber"), null, callers.requestId()));
            return new MemberView(m, name, phone, idNumber, false);
        } catch (SQLException e) {
            throw new IllegalStateException("personal data store unavailable", e);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
