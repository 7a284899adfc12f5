package org.jiceng.platform.deliberation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jiceng.platform.deliberation.domain.DeliberationRepository;
import org.jiceng.platform.deliberation.domain.PropertyOwner;
import org.jiceng.platform.deliberation.domain.PropertyUnit;
import org.jiceng.platform.deliberation.domain.Representative;
import org.jiceng.platform.deliberation.domain.ResidentBinding;
import org.jiceng.platform.grid.domain.GridLevel;
import org.jiceng.platform.grid.domain.GridNode;
import org.jiceng.platform.grid.domain.HouseholdRepository;
import org.jiceng.platform.shared.domain.RecordNotFound;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.domain.Slice;
import org.jiceng.platform.shared.domain.StateConflict;
import org.jiceng.platform.shared.events.Outbox;
import org.jiceng.platform.shared.persistence.Ids;
import org.jiceng.platform.shared.security.Caller;
import org.jiceng.platform.shared.security.Permission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registers electorates come from: property units with their owners, residents bound to a household or an
 * owner (requested by the resident, verified by staff), and residents' group representatives.
 */
@ApplicationScoped
@Transactional
public class Registers {
    @Inject
    Venues venues;
    @Inject
    DeliberationRepository repo;
    @Inject
    HouseholdRepository households;
    @Inject
    Outbox outbox;

    /** Registers a unit; its owner is found by the property register's reference, or added. */
    public PropertyUnit registerUnit(String gridId, String unitNo, BigDecimal area, String ownerRef) {
        venues.staff();
        GridNode n = venues.node("gridId", gridId);
        if (n.level() != GridLevel.BUILDING && n.level() != GridLevel.COMPOUND) {
            throw new RuleViolation("gridId", "a building or compound");
        }
        if (ownerRef == null || ownerRef.isBlank()) {
            throw new RuleViolation("ownerRef", "the owner's reference in the property register");
        }
        PropertyOwner owner = repo.ownerByRef(ownerRef.strip()).orElseGet(() -> {
            PropertyOwner o = new PropertyOwner(Ids.newId(), ownerRef.strip(), venues.now());
            repo.add(o);
            return o;
        });
        if (repo.units(List.of(n.id()), null, 100000).stream().anyMatch(u -> u.unitNo().equals(
                unitNo == null ? null : unitNo.strip()))) {
            throw new StateConflict("Unit " + unitNo + " is registered in this building already");
        }
        PropertyUnit u = new PropertyUnit(Ids.newId(), n.id(), unitNo, area, owner.id(), venues.now());
        repo.add(u);
        repo.flush();
        outbox.record("property_unit.registered", "property_unit", u.id(), Map.of("id", u.id(), "gridId", n.id()));
        return u;
    }

    public Slice<PropertyUnit> units(String gridId, String afterId, int limit) {
        venues.caller().require(Permission.DELIBERATION_READ);
        GridNode n = venues.node("gridId", gridId);
        return Slice.of(repo.units(venues.subtreeIds(n), afterId, limit),
                limit);
    }

    public PropertyOwner owner(String id) {
        venues.caller().require(Permission.DELIBERATION_READ);
        return repo.owner(id).orElseThrow(() -> new RecordNotFound("owner", id));
    }

    /** A resident asks to be bound to a household or an owner; staff verify it before it counts. */
    public ResidentBinding requestBinding(String householdId, String ownerId) {
        Caller caller = venues.participant();
        if (householdId != null) {
            households.find(householdId).orElseThrow(() -> new RecordNotFound("household", householdId));
        }
        if (ownerId != null) {
            repo.owner(ownerId).orElseThrow(() -> new RecordNotFound("owner", ownerId));
        }
        String actor = venues.actorKey();
        if (actor.startsWith("client:")) {
            throw new RuleViolation("Jiceng-End-User", "the resident your app acts for");
        }
        ResidentBinding b = new ResidentBinding(Ids.newId(), actor, caller.serviceAccount() ? caller.clientId() : null,
                householdId == null ? null : householdId.toLowerCase(java.util.Locale.ROOT),
                ownerId == null ? null : ownerId.toLowerCase(java.util.Locale.ROOT), venues.now());
        if (repo.bindings(Optional.empty(), Optional.of(actor), null, 1000).stream()
                .filter(x -> x.state() != ResidentBinding.State.REVOKED)
                .anyMatch(x -> x.householdId().equals(b.householdId()) && x.ownerId().equals(b.ownerId()))) {
            throw new StateConflict("You have asked for this binding already");
        }
        repo.add(b);
        repo.flush();
        outbox.recordAnonymous("binding.requested", "binding", b.id(), Map.of("id", b.id()));
        return b;
    }

    /** Staff see every binding; a resident their own. */
    public Slice<ResidentBinding> bindings(Optional<ResidentBinding.State> state, String afterId, int limit) {
        Caller caller = venues.reader();
        Optional<String> own = caller.can(Permission.DELIBERATION_READ) ? Optional.empty()
                : Optional.of(venues.actorKey());
        return Slice.of(repo.bindings(state, own, afterId, limit), limit);
    }

    public ResidentBinding binding(String id) {
        Caller caller = venues.reader();
        ResidentBinding b = repo.binding(id).orElseThrow(() -> new RecordNotFound("binding", id));
        if (!caller.can(Permission.DELIBERATION_READ) && !b.actorKey().equals(venues.actorKey())) {
            throw new RecordNotFound("binding", id);
        }
        return b;
    }

    public ResidentBinding verify(String id, long expectedVersion) {
        Caller caller = venues.staff();
        ResidentBinding b = repo.bindingForUpdate(id).orElseThrow(() -> new RecordNotFound("binding", id));
        b.requireVersion(expectedVersion);
        b.verify(caller.subject(), venues.now());
        repo.flush();
        outbox.record("binding.verified", "binding", b.id(), Map.of("id", b.id()));
        return b;
    }

    public ResidentBinding revoke(String id, long expectedVersion) {
        venues.staff();
        ResidentBinding b = repo.bindingForUpdate(id).orElseThrow(() -> new RecordNotFound("binding", id));
        b.requireVersion(expectedVersion);
        b.revoke();
        repo.flush();
        outbox.record("binding.revoked", "binding", b.id(), Map.of("id", b.id()));
        return b;
    }

    public Representative addRepresentative(String gridId, String accountSubject, String householdId,
                                            LocalDate sinceOn) {
        venues.staff();
        GridNode n = venues.node("gridId", gridId);
        if (householdId != null) {
            households.find(householdId).orElseThrow(() -> new RecordNotFound("household", householdId));
        }
        List<Representative> group = repo.representatives(List.of(n.id()));
        if (group.size() >= 3) {
            throw new StateConflict("A residents' group elects two or three representatives; this one has three");
        }
        if (group.stream().anyMatch(r -> r.accountSubject().equals(accountSubject))) {
            throw new StateConflict("That account represents this group already");
        }
        Representative r = new Representative(Ids.newId(), n.id(), accountSubject, householdId, sinceOn,
                venues.now());
        repo.add(r);
        repo.flush();
        outbox.record("representative.added", "representative", r.id(), Map.of("id", r.id(), "gridId", n.id()));
        return r;
    }

    public List<Representative> representatives(String gridId) {
        venues.reader();
        GridNode n = venues.node("gridId", gridId);
        return repo.representatives(venues.subtreeIds(n));
    }

    public void removeRepresentative(String id) {
        venues.staff();
        Representative r = repo.representative(id).orElseThrow(() -> new RecordNotFound("representative", id));
        repo.removeRepresentative(r);
        repo.flush();
        outbox.record("representative.removed", "representative", r.id(), Map.of("id", r.id()));
    }
}
