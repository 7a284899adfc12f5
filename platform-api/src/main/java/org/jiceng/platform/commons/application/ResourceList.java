package org.jiceng.platform.commons.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jiceng.platform.casework.domain.CaseRepository;
import org.jiceng.platform.commons.domain.Booking;
import org.jiceng.platform.commons.domain.CommunityResource;
import org.jiceng.platform.commons.domain.ListsRepository;
import org.jiceng.platform.grid.domain.GridNode;
import org.jiceng.platform.party.domain.PartyRepository;
import org.jiceng.platform.shared.domain.RecordNotFound;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.domain.Slice;
import org.jiceng.platform.shared.domain.StateConflict;
import org.jiceng.platform.shared.events.Outbox;
import org.jiceng.platform.shared.persistence.Ids;
import org.jiceng.platform.shared.security.AccessDenied;
import org.jiceng.platform.shared.security.Caller;
import org.jiceng.platform.shared.security.Permission;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * 资源清单: the community's resources and their providers, and the booking of places. A place's bookings never
 * overlap: a booking locks the place's row, then checks the bookings it holds, so concurrent requests for one slot
 * are decided one after the other.
 */
@ApplicationScoped
@Transactional
public class ResourceList {
    @Inject
    ListScope scope;
    @Inject
    ListsRepository repo;
    @Inject
    CaseRepository cases;
    @Inject
    PartyRepository party;
    @Inject
    Outbox outbox;

    public record NewResource(String gridId, CommunityResource.Kind kind, String name,
                              CommunityResource.ProviderKind providerKind, String providerRef, String providerName,
                              Integer capacity, String availability) {
    }

    public CommunityResource create(NewResource n) {
        scope.keeper();
        GridNode node = scope.place(n.gridId());
        String providerName = n.providerName();
        switch (n.providerKind()) {
            case COMMUNITY -> providerName = providerName == null ? scope.communityOf(node).name() : providerName;
            case DEPARTMENT -> providerName = cases.department(require(n.providerRef())).orElseThrow(
                    () -> new RecordNotFound("department", n.providerRef())).name();
            case COMMUNITY_BODY -> providerName = party.bodiesByIds(List.of(require(n.providerRef()))).stream()
                    .findFirst().orElseThrow(() -> new RecordNotFound("community body", n.providerRef())).name();
            case ENTERPRISE -> {
                if (providerName == null) {
                    throw new RuleViolation("providerName", "the enterprise's name");
                }
            }
        }
        CommunityResource r = new CommunityResource(Ids.newId(), node.id(), n.kind(), n.name(), n.providerKind(),
                n.providerRef() == null ? null : n.providerRef().toLowerCase(java.util.Locale.ROOT), providerName,
                n.capacity(), n.availability(), scope.now());
        repo.add(r);
        repo.flush();
        outbox.record("resource.listed", "resource", r.id(), Map.of("id", r.id(), "kind", r.kind().name()));
        return r;
    }

    private static String require(String ref) {
        if (ref == null || !Ids.isWellFormed(ref)) {
            throw new RuleViolation("providerRef", "the providing unit's id");
        }
        return ref;
    }

    public CommunityResource get(String id) {
        scope.reader();
        return repo.resource(id).orElseThrow(() -> new RecordNotFound("resource", id));
    }

    public Slice<CommunityResource> list(String gridId, String afterId, int limit) {
        scope.reader();
        return Slice.of(repo.resources(scope.subtree(gridId), afterId, limit), limit);
    }

    public CommunityResource change(String id, long expectedVersion, Integer capacity, String availability,
                                    Boolean active) {
        scope.keeper();
        CommunityResource r = repo.resourceForUpdate(id).orElseThrow(() -> new RecordNotFound("resource", id));
        r.requireVersion(expectedVersion);
        r.change(capacity, availability, active);
        repo.flush();
        outbox.record("resource.changed", "resource", r.id(), Map.of("id", r.id()));
        return r;
    }

    /** Books a place for a slot; 409 if it overlaps a booking the place holds. */
    public Booking book(String resourceId, OffsetDateTime startsAt, OffsetDateTime endsAt, String purpose) {
        Caller caller = scope.reader();
        if (!caller.can(Permission.DELIBERATION_WRITE) && !caller.can(Permission.DELIBERATION_TAKE_PART)) {
            throw new AccessDenied(Permission.DELIBERATION_TAKE_PART);
        }
        CommunityResource place = repo.resourceForUpdate(resourceId).orElseThrow(() -> new RecordNotFound(
                "resource", resourceId));
        Booking b = new Booking(Ids.newId(), place, startsAt, endsAt, purpose, scope.actorKey(), scope.now());
        if (repo.bookings(place.id()).stream().anyMatch(x -> x.overlaps(startsAt, endsAt))) {
            throw new StateConflict("The place is booked for part of that time already");
        }
        repo.add(b);
        repo.flush();
        outbox.recordAnonymous("resource.booked", "resource", place.id(), Map.of("id", place.id(),
                "bookingId", b.id()));
        return b;
    }

    public List<Booking> bookings(String resourceId) {
        scope.reader();
        return repo.bookings(get(resourceId).id());
    }

    /** The one who booked it, or staff, cancel a booking. */
    public Booking cancel(String resourceId, String bookingId, long expectedVersion) {
        Caller caller = scope.reader();
        CommunityResource place = get(resourceId);
        Booking b = repo.booking(bookingId).filter(x -> x.resourceId().equals(place.id()))
                .orElseThrow(() -> new RecordNotFound("booking", bookingId));
        if (!caller.can(Permission.DELIBERATION_WRITE) && !b.bookedBy().equals(scope.actorKey())) {
            throw new RecordNotFound("booking", bookingId);
        }
        b.requireVersion(expectedVersion);
        b.cancel();
        repo.flush();
        outbox.recordAnonymous("resource.booking_cancelled", "resource", place.id(), Map.of("id", place.id(),
                "bookingId", b.id()));
        return b;
    }
}
