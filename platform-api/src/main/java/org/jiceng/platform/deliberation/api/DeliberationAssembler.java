package org.jiceng.platform.deliberation.api;

import org.jiceng.platform.deliberation.application.MeetingUnits;
import org.jiceng.platform.deliberation.application.PublicTopics;
import org.jiceng.platform.deliberation.application.Votes;
import org.jiceng.platform.deliberation.domain.Ballot;
import org.jiceng.platform.deliberation.domain.Council;
import org.jiceng.platform.deliberation.domain.CouncilMember;
import org.jiceng.platform.deliberation.domain.DeliberationStatistics;
import org.jiceng.platform.deliberation.domain.Elector;
import org.jiceng.platform.deliberation.domain.Evaluations;
import org.jiceng.platform.deliberation.domain.PropertyUnit;
import org.jiceng.platform.deliberation.domain.Representative;
import org.jiceng.platform.deliberation.domain.ResidentBinding;
import org.jiceng.platform.deliberation.domain.TaskMilestone;
import org.jiceng.platform.deliberation.domain.Topic;
import org.jiceng.platform.deliberation.domain.TopicComment;
import org.jiceng.platform.deliberation.domain.TopicMeeting;
import org.jiceng.platform.deliberation.domain.TopicTask;
import org.jiceng.platform.deliberation.domain.Vote;
import org.jiceng.platform.deliberation.domain.VoteResult;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Turns deliberation records into their JSON shapes. */
final class DeliberationAssembler {
    private DeliberationAssembler() {
    }

    static DeliberationDtos.CouncilDto dto(Council c) {
        return new DeliberationDtos.CouncilDto(c.id(), c.gridId(), c.name(), c.mandateScope(),
                c.mandateTopicId().orElse(null), c.secondsToAgenda(), c.evaluationWindowDays(), c.termNo(),
                c.termStartsOn(), c.termEndsOn(), c.version(), c.createdAt());
    }

    static DeliberationDtos.MemberDto dto(CouncilMember m) {
        return new DeliberationDtos.MemberDto(m.id(), m.councilId(), m.termNo(), m.role().name(), m.seat(),
                m.accountSubject().orElse(null), m.householdId().orElse(null), m.createdAt());
    }

    /** @param staffOrProposer whether the caller may see who proposed it */
    static DeliberationDtos.TopicDto dto(Topic t, boolean staffOrProposer) {
        return new DeliberationDtos.TopicDto(t.id(), t.councilId(), t.gridId(), t.title(), t.description(),
                t.origin().name(), t.originRef().orElse(null), staffOrProposer ? t.proposerKey() : null, t.major(),
                t.partyOrgId().orElse(null), t.stage().name(), t.seconds(), t.declineReason().orElse(null),
                t.reviewVerdict().map(v -> new DeliberationDtos.ReviewDto(v.name(), t.reviewOpinion().orElse(null),
                        staffOrProposer ? t.reviewer().orElse(null) : null, t.reviewedOn().orElse(null))).orElse(null),
                decision(t), t.amendsTopicId().orElse(null), t.voteId().orElse(null),
                t.evaluationClosesAt().orElse(null), t.publishedResult().orElse(null), t.proposedAt(),
                t.acceptedAt().orElse(null), t.closedAt().orElse(null), t.version());
    }

    private static DeliberationDtos.DecisionDto decision(Topic t) {
        return t.outcome().map(o -> new DeliberationDtos.DecisionDto(o, t.decisionBasis().orElse(null),
                t.decisionKind().map(Enum::name).orElse(null), t.decisionText().orElse(null),
                t.decisionRevision().orElse(null), t.supersededBy().orElse(null), t.fundedBy().orElse(null),
                t.decidedAt().orElse(null))).orElse(null);
    }

    static DeliberationDtos.MeetingDto dto(TopicMeeting m) {
        return new DeliberationDtos.MeetingDto(m.id(), m.topicId(), m.kind().name(), m.heldAt(), m.gridId(),
                MeetingUnits.units(m.unitsJson()).stream().map(u -> new DeliberationDtos.UnitRef(u.kind().name(),
                        u.id())).toList(), m.attendance(), m.minutes().orElse(null),
                MeetingUnits.strings(m.optionsJson()));
    }

    static DeliberationDtos.CommentDto dto(TopicComment c, String actorKey) {
        return new DeliberationDtos.CommentDto(c.id(), c.topicId(), c.body(), c.state().name(),
                c.actorKey().equals(actorKey), c.createdAt(), c.version());
    }

    static DeliberationDtos.VoteDto dto(Vote v, Long turnout) {
        return new DeliberationDtos.VoteDto(v.id(), v.topicId(), v.motion(), v.decisionKind().name(), v.rule().name(),
                v.meetingForm().map(Enum::name).orElse(null), v.quorumPercent().orElse(null), v.electorate().name(),
                MeetingUnits.strings(v.gridIdsJson()), v.secret(), v.state().name(), v.entitled().orElse(null),
                v.rule().countsArea() ? v.entitledArea().orElse(null) : null, turnout, tally(v), v.openedAt().orElse(null),
                v.closedAt().orElse(null), v.version());
    }

    static DeliberationDtos.TallyDto tally(Vote v) {
        return v.tally().map(t -> {
            VoteResult r = v.result().orElseThrow();
            boolean area = v.rule().countsArea();
            return new DeliberationDtos.TallyDto(t.entitled(), area ? t.entitledArea() : null, t.yes(), t.no(),
                    t.abstain(), t.cast(), area ? t.yesArea() : null, area ? t.noArea() : null,
                    area ? t.abstainArea() : null, area ? t.castArea() : null, r.quorate(), r.passed(), r.figures());
        }).orElse(null);
    }

    static DeliberationDtos.BallotDto dto(Ballot b) {
        return new DeliberationDtos.BallotDto(b.id(), b.choice().name(), b.weight(), b.electorId(), b.castAt());
    }

    static DeliberationDtos.ReceiptDto dto(Votes.Receipt r) {
        return new DeliberationDtos.ReceiptDto(r.voteId(), r.electorId(), r.secret(),
                r.ballot().map(DeliberationAssembler::dto).orElse(null));
    }

    static DeliberationDtos.ElectorDto dto(Elector e) {
        return new DeliberationDtos.ElectorDto(e.id(), e.refKind(), e.refId(), e.weight(), e.voted(),
                e.paperRecordedBy(), e.castAt());
    }

    static DeliberationDtos.TaskDto dto(TopicTask t, LocalDate today) {
        return new DeliberationDtos.TaskDto(t.id(), t.topicId(), t.title(), t.ownerKind().name(), t.ownerId(),
                t.dueOn(), t.progress(), t.doneOn().orElse(null), t.overdue(today), t.caseId().orElse(null),
                links(t.linksJson()), t.version());
    }

    private static List<DeliberationDtos.LinkDto> links(String json) {
        try (jakarta.json.JsonReader r = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
            return r.readArray().getValuesAs(jakarta.json.JsonObject.class).stream()
                    .map(o -> new DeliberationDtos.LinkDto(o.getString("kind"), o.getString("id"))).toList();
        }
    }

    static DeliberationDtos.MilestoneDto dto(TaskMilestone m) {
        return new DeliberationDtos.MilestoneDto(m.id(), m.taskId(), m.reachedOn(), m.progress(), m.note());
    }

    static DeliberationDtos.EvaluationsDto dto(String topicId, Evaluations e) {
        return new DeliberationDtos.EvaluationsDto(topicId, e.count(), e.satisfied(), e.satisfactionRate(),
                e.meanScore());
    }

    static DeliberationDtos.PublicTopicDto dto(PublicTopics.View v) {
        Topic t = v.topic();
        Map<String, Long> byKind = v.meetings().stream().collect(Collectors.groupingBy(m -> m.kind().name(),
                TreeMap::new, Collectors.counting()));
        int progress = v.tasks().isEmpty() ? 0 : (int) Math.round(v.tasks().stream().mapToInt(TopicTask::progress)
                .average().orElse(0));
        return new DeliberationDtos.PublicTopicDto(t.id(), t.title(), t.description(), t.gridId(), t.stage().name(),
                t.major(), t.reviewVerdict().map(Enum::name).orElse(null), t.reviewedOn().orElse(null), byKind,
                v.meetings().size(), v.publishedComments().stream().map(TopicComment::body).filter(b -> !b.isEmpty())
                        .toList(),
                v.lastClosedVote().map(DeliberationAssembler::tally).orElse(null),
                v.lastClosedVote().map(x -> x.rule().name()).orElse(null), decision(t), v.tasks().size(),
                (int) v.tasks().stream().filter(x -> x.doneOn().isPresent()).count(), progress,
                dto(t.id(), v.evaluations()), t.publishedResult().orElse(null));
    }

    static DeliberationDtos.StatsDto dto(String gridId, LocalDate from, LocalDate to,
                                         DeliberationStatistics.Figures f) {
        return new DeliberationDtos.StatsDto(gridId, from, to, f.topicsByStage(), f.medianDaysToDecision(),
                f.tasksDue(), f.tasksDoneOnTime(), f.tasksOverdue(), f.ballotsCast(), f.electorsEntitled(),
                f.electorsEntitled() == 0 ? null : (double) f.ballotsCast() / f.electorsEntitled(),
                f.meetingsByKind(), f.evaluations(), f.satisfied(),
                f.evaluations() == 0 ? null : (double) f.satisfied() / f.evaluations());
    }

    static DeliberationDtos.UnitDto dto(PropertyUnit u) {
        return new DeliberationDtos.UnitDto(u.id(), u.gridId(), u.unitNo(), u.area(), u.ownerId());
    }

    static DeliberationDtos.BindingDto dto(ResidentBinding b) {
        return new DeliberationDtos.BindingDto(b.id(), b.householdId().orElse(null), b.ownerId().orElse(null),
                b.clientId().orElse(null), b.state().name(), b.requestedAt(), b.verifiedAt().orElse(null),
                b.version());
    }

    static DeliberationDtos.RepresentativeDto dto(Representative r) {
        return new DeliberationDtos.RepresentativeDto(r.id(), r.gridId(), r.accountSubject(),
                r.householdId().orElse(null), r.sinceOn());
    }

}
