package org.jiceng.platform.volunteer.api;

import org.jiceng.platform.volunteer.application.Teams;
import org.jiceng.platform.volunteer.application.VolunteerView;
import org.jiceng.platform.volunteer.domain.Activity;
import org.jiceng.platform.volunteer.domain.ActivitySignup;
import org.jiceng.platform.volunteer.domain.PointsMultiplier;
import org.jiceng.platform.volunteer.domain.PointsTransaction;
import org.jiceng.platform.volunteer.domain.Redemption;
import org.jiceng.platform.volunteer.domain.Reward;
import org.jiceng.platform.volunteer.domain.Wish;

import java.util.List;

/** Turns the volunteer context's records into their JSON shapes. */
final class VolunteerAssembler {
    private VolunteerAssembler() {
    }

    static VolunteerDtos.VolunteerDto dto(VolunteerView v) {
        return new VolunteerDtos.VolunteerDto(v.volunteer().id(), v.name(), v.phone(), v.masked(),
                v.volunteer().subject().orElse(null), v.volunteer().externalId().orElse(null),
                v.volunteer().homeGridId(), skills(v.volunteer().skillsJson()),
                v.volunteer().partyMemberId().orElse(null), v.volunteer().certificateNo(),
                v.balance(), v.volunteer().version(), v.volunteer().createdAt());
    }

    static VolunteerDtos.TeamDto dto(Teams.TeamView t) {
        return new VolunteerDtos.TeamDto(t.team().id(), t.team().name(), t.team().serviceArea().name(),
                t.team().gridId(), t.team().leaderId().orElse(null), t.members(), t.team().version(),
                t.team().createdAt());
    }

    static VolunteerDtos.WishDto dto(Wish w) {
        return new VolunteerDtos.WishDto(w.id(), w.title(), w.description(), w.gridId(), w.residentSubject(),
                w.points(), w.status().name(), w.volunteerId().orElse(null), w.claimedAt().orElse(null),
                w.fulfilledAt().orElse(null), w.confirmedAt().orElse(null), w.version(), w.createdAt());
    }

    static VolunteerDtos.RewardDto dto(Reward r) {
        return new VolunteerDtos.RewardDto(r.id(), r.name(), r.price(), r.stock(), r.active(), r.version(),
                r.createdAt());
    }

    static VolunteerDtos.RedemptionDto dto(Redemption x) {
        return new VolunteerDtos.RedemptionDto(x.id(), x.volunteerId(), x.rewardId(), x.price(), x.transactionId(),
                x.createdAt());
    }

    static VolunteerDtos.ActivityDto dto(Activity a) {
        return new VolunteerDtos.ActivityDto(a.id(), a.title(), a.gridId(), a.startsAt(), a.endsAt(), a.capacity(),
                a.organiserSubject(), a.pointsFixed().orElse(null), a.pointsPerHour().orElse(null),
                a.multiplierCode().orElse(null), a.multiplierPercent(), a.version(), a.createdAt());
    }

    static VolunteerDtos.SignupDto dto(ActivitySignup s) {
        return new VolunteerDtos.SignupDto(s.id(), s.activityId(), s.volunteerId(), s.status().name(),
                s.checkedInAt().orElse(null), s.checkedOutAt().orElse(null), s.verifiedMinutes().orElse(null),
                s.points().orElse(null), s.version());
    }

    static VolunteerDtos.MultiplierDto dto(PointsMultiplier m) {
        return new VolunteerDtos.MultiplierDto(m.code(), m.name(), m.percent(), m.version(), m.updatedAt());
    }

    static VolunteerDtos.TransactionDto dto(PointsTransaction t) {
        return new VolunteerDtos.TransactionDto(t.id(), t.kind(), t.amount(), t.fromAccount(), t.toAccount(),
                t.reason(), t.refType(), t.refId(), t.reversesId().orElse(null), t.actor(), t.createdAt());
    }

    private static List<String> skills(String json) {
        try (jakarta.json.JsonReader r = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
            return r.readArray().getValuesAs(jakarta.json.JsonString.class).stream()
                    .map(jakarta.json.JsonString::getString).toList();
        }
    }
}
