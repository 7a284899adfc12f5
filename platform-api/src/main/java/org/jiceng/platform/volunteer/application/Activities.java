package org.jiceng.platform.volunteer.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jiceng.platform.grid.domain.GridRepository;
import org.jiceng.platform.shared.domain.RecordNotFound;
import org.jiceng.platform.shared.domain.StateConflict;
import org.jiceng.platform.shared.events.Outbox;
import org.jiceng.platform.shared.persistence.Ids;
import org.jiceng.platform.shared.security.Caller;
import org.jiceng.platform.shared.security.CallerContext;
import org.jiceng.platform.shared.security.Permission;
import org.jiceng.platform.volunteer.domain.Activity;
import org.jiceng.platform.volunteer.domain.ActivitySignup;
import org.jiceng.platform.volunteer.domain.SignupStatus;
import org.jiceng.platform.volunteer.domain.VolunteerRepository;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jiceng.platform.shared.domain.Slice;

/**
 * Activities and their sign-ups. Capacity is checked under the activity row's lock; the organiser's verification
 * credits the points once — the sign-up's state and a unique index on the credit both see to it.
 */
@ApplicationScoped
@Transactional
public class Activities {
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

    /** The caller organises it, and so certifies its hours. */
    public Activity create(String title, String gridId, OffsetDateTime startsAt, OffsetDateTime endsAt, int capacity,
                           Integer pointsFixed, Integer pointsPerHour, String multiplierCode) {
        Caller caller = callers.get();
        caller.require(Permission.VOLUNTEERS_WRITE);
        String grid = grids.find(gridId).orElseThrow(() -> new RecordNotFound("grid", gridId)).id();
        Activity a = new Activity(Ids.newId(), title, grid, startsAt, endsAt, capacity, caller.subject(), pointsFixed,
                pointsPerHour, now());
        if (multiplierCode != null) {
            a.multiplyBy(repo.multiplier(multiplierCode)
                    .orElseThrow(() -> new RecordNotFound("points multiplier", multiplierCode)));
        }
        repo.add(a);
        repo.flush();
        outbox.record("activity.created", "activity", a.id(), Map.of("id", a.id(), "title", a.title()));
        return a;
    }

    public Activity get(String id) {
        callers.get().require(Permission.VOLUNTEERS_READ);
        return find(id);
    }

    public Slice<Activity> list(String afterId, int limit) {
        callers.get().require(Permission.VOLUNTEERS_READ);
        return Slice.of(repo.activities(afterId, limit + 1), limit);
    }

    public Slice<ActivitySignup> signups(String activityId, String afterId, int limit) {
        callers.get().require(Permission.VOLUNTEERS_READ);
        return Slice.of(repo.signups(find(activityId).id(), afterId, limit + 1), limit);
    }

    public ActivitySignup signUp(String activityId, String volunteerId) {
        callers.get().require(Permission.VOLUNTEERS_WRITE);
        Activity a = repo.activityForUpdate(activityId).orElseThrow(() -> new RecordNotFound("activity", activityId));
        String volunteer = volunteers.find(volunteerId).id();
        var existing = repo.signupOf(a.id(), volunteer);
        if (existing.isPresent() && existing.get().status() != SignupStatus.CANCELLED) {
            throw new StateConflict("the volunteer is signed up already");
        }
        if (repo.activeSignups(a.id()) >= a.capacity()) {
            throw new StateConflict("the activity is full (" + a.capacity() + " places)");
        }
        ActivitySignup s;
        if (existing.isPresent()) {
            s = existing.get();
            s.renew();
        } else {
            s = new ActivitySignup(Ids.newId(), a.id(), volunteer, now());
            repo.add(s);
        }
        repo.flush();
        outbox.record("activity.signed-up", "activity", a.id(), Map.of("activityId", a.id(), "signupId", s.id()));
        return s;
    }

    public ActivitySignup cancel(String activityId, String signupId, long expectedVersion) {
        return step(activityId, signupId, expectedVersion, (a, s) -> s.cancel(), "activity.cancelled");
    }

    public ActivitySignup checkIn(String activityId, String signupId, long expectedVersion) {
        return step(activityId, signupId, expectedVersion, (a, s) -> s.checkIn(now()), "activity.checked-in");
    }

    public ActivitySignup checkOut(String activityId, String signupId, long expectedVersion) {
        return step(activityId, signupId, expectedVersion, (a, s) -> s.checkOut(now()), "activity.checked-out");
    }

    public ActivitySignup signup(String activityId, String signupId) {
        callers.get().require(Permission.VOLUNTEERS_READ);
        Activity a = find(activityId);
        return repo.signupForUpdate(a.id(), signupId).orElseThrow(() -> new RecordNotFound("sign-up", signupId));
    }

    /** The organiser certifies the minutes served; the points are credited once, in the same transaction. */
    public ActivitySignup verify(String activityId, String signupId, long expectedVersion, Integer minutes) {
        Caller caller = callers.get();
        return step(activityId, signupId, expectedVersion, (a, s) -> {
            int points = s.verify(a, caller.subject(), minutes);
            if (points > 0) {
                ledger.credit(s.volunteerId(), points, "ACTIVITY_CREDIT", "service: " + a.title(), "activity-signup",
                        s.id(), caller.subject(), now());
            }
        }, "activity.verified");
    }

    private interface Step {
        void take(Activity a, ActivitySignup s);
    }

    private ActivitySignup step(String activityId, String signupId, long expectedVersion, Step step, String event) {
        callers.get().require(Permission.VOLUNTEERS_WRITE);
        Activity a = find(activityId);
        ActivitySignup s = repo.signupForUpdate(a.id(), signupId)
                .orElseThrow(() -> new RecordNotFound("sign-up", signupId));
        s.requireVersion(expectedVersion);
        step.take(a, s);
        repo.flush();
        outbox.record(event, "activity", a.id(), Map.of("activityId", a.id(), "signupId", s.id(),
                "status", s.status().name()));
        return s;
    }

    private Activity find(String id) {
        return repo.activity(id).orElseThrow(() -> new RecordNotFound("activity", id));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
