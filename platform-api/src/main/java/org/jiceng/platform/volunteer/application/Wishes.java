package org.jiceng.platform.volunteer.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jiceng.platform.grid.domain.GridRepository;
import org.jiceng.platform.shared.domain.RecordNotFound;
import org.jiceng.platform.shared.events.EventScope;
import org.jiceng.platform.shared.events.Outbox;
import org.jiceng.platform.shared.persistence.Ids;
import org.jiceng.platform.shared.security.AccessDenied;
import org.jiceng.platform.shared.security.Caller;
import org.jiceng.platform.shared.security.CallerContext;
import org.jiceng.platform.shared.security.Permission;
import org.jiceng.platform.volunteer.domain.VolunteerRepository;
import org.jiceng.platform.volunteer.domain.Wish;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.jiceng.platform.shared.domain.Slice;

/**
 * Wishes: residents post and confirm their own; coordinators record who claims and fulfils them. The points are
 * credited on the resident's confirmation, once (the wish's state and a unique index on the credit).
 */
@ApplicationScoped
@Transactional
public class Wishes {
    @Inject
    VolunteerRepository repo;
    @Inject
    GridRepository grids;
    @Inject
    Volunteers volunteers;
    @Inject
    Ledger ledger;
    @Inject
    CallerContext callers;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;

    public Wish post(String title, String description, String gridId, Integer points) {
        Caller caller = callers.get();
        caller.require(Permission.WISHES_POST);
        String grid = grids.find(gridId).orElseThrow(() -> new RecordNotFound("grid", gridId)).id();
        Wish w = new Wish(Ids.newId(), title, description, grid, caller.subject(), points == null ? 10 : points, now());
        repo.add(w);
        repo.flush();
        outbox.record("wish.posted", "wish", w.id(), Map.of("id", w.id(), "gridId", grid),
                EventScope.ownedBy(w.residentSubject(), null));
        return w;
    }

    public Wish get(String id) {
        Caller caller = callers.get();
        Wish w = repo.wish(id).orElseThrow(() -> new RecordNotFound("wish", id));
        if (!caller.can(Permission.VOLUNTEERS_READ) && !w.residentSubject().equals(caller.subject())) {
            throw new RecordNotFound("wish", id); // another resident's wish
        }
        return w;
    }

    /**
     * Wishes in id order: everything for those who read volunteers' records, a resident's (or a vendor app's)
     * own otherwise; optionally only those in {@code status}.
     */
    public Slice<Wish> list(Optional<Wish.Status> status, String afterId, int limit) {
        Caller caller = callers.get();
        if (!caller.can(Permission.VOLUNTEERS_READ) && !caller.can(Permission.WISHES_POST)) {
            throw new AccessDenied(Permission.VOLUNTEERS_READ);
        }
        Optional<String> own = caller.can(Permission.VOLUNTEERS_READ) ? Optional.empty()
                : Optional.of(caller.subject());
        return Slice.of(repo.wishes(own, status, afterId, limit + 1), limit);
    }

    public Wish claim(String id, long expectedVersion, String volunteerId) {
        return step(id, expectedVersion, Permission.VOLUNTEERS_WRITE,
                (w, c) -> w.claim(volunteers.find(volunteerId).id(), now()), "wish.claimed");
    }

    public Wish fulfil(String id, long expectedVersion) {
        return step(id, expectedVersion, Permission.VOLUNTEERS_WRITE, (w, c) -> w.fulfil(now()), "wish.fulfilled");
    }

    public Wish confirm(String id, long expectedVersion) {
        return step(id, expectedVersion, Permission.WISHES_POST, (w, c) -> {
            int points = w.confirm(c.subject(), now());
            ledger.credit(w.volunteerId().orElseThrow(), points, "WISH_CREDIT", "wish: " + w.title(), "wish", w.id(),
                    c.subject(), now());
        }, "wish.confirmed");
    }

    public Wish withdraw(String id, long expectedVersion) {
        return step(id, expectedVersion, Permission.WISHES_POST, (w, c) -> w.withdraw(c.subject()),
                "wish.withdrawn");
    }

    private interface Step {
        void take(Wish w, Caller c);
    }

    private Wish step(String id, long expectedVersion, Permission permission, Step step, String event) {
        Caller caller = callers.get();
        if (!caller.can(permission)) {
            throw new AccessDenied(permission);
        }
        Wish w = repo.wishForUpdate(id).orElseThrow(() -> new RecordNotFound("wish", id));
        if (!caller.can(Permission.VOLUNTEERS_READ) && !w.residentSubject().equals(caller.subject())) {
            throw new RecordNotFound("wish", id);
        }
        w.requireVersion(expectedVersion);
        step.take(w, caller);
        repo.flush();
        outbox.record(event, "wish", w.id(), Map.of("id", w.id(), "status", w.status().name()),
                EventScope.ownedBy(w.residentSubject(), null)); // the resident who posted it follows it too
        return w;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
