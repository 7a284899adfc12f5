package org.jiceng.examples.beijing;

import org.jiceng.sdk.JicengClient;
import org.jiceng.sdk.ListParams;
import org.jiceng.sdk.cases.Department;
import org.jiceng.sdk.cases.DepartmentCreateParams;
import org.jiceng.sdk.cases.DepartmentKind;
import org.jiceng.sdk.deliberation.BallotChoice;
import org.jiceng.sdk.deliberation.BallotParams;
import org.jiceng.sdk.deliberation.Council;
import org.jiceng.sdk.deliberation.CouncilCreateParams;
import org.jiceng.sdk.deliberation.DecisionKind;
import org.jiceng.sdk.deliberation.Elector;
import org.jiceng.sdk.deliberation.Electorate;
import org.jiceng.sdk.deliberation.EvaluationParams;
import org.jiceng.sdk.deliberation.Evaluations;
import org.jiceng.sdk.deliberation.MilestoneParams;
import org.jiceng.sdk.deliberation.PublicTopic;
import org.jiceng.sdk.deliberation.ReviewVerdict;
import org.jiceng.sdk.deliberation.Task;
import org.jiceng.sdk.deliberation.TaskCreateParams;
import org.jiceng.sdk.deliberation.Topic;
import org.jiceng.sdk.deliberation.TopicDecideParams;
import org.jiceng.sdk.deliberation.TopicMeetingKind;
import org.jiceng.sdk.deliberation.TopicMeetingParams;
import org.jiceng.sdk.deliberation.TopicOrigin;
import org.jiceng.sdk.deliberation.TopicProposeParams;
import org.jiceng.sdk.deliberation.TopicReviewParams;
import org.jiceng.sdk.deliberation.UnitKind;
import org.jiceng.sdk.deliberation.UnitRef;
import org.jiceng.sdk.deliberation.Vote;
import org.jiceng.sdk.deliberation.VoteParams;
import org.jiceng.sdk.deliberation.VoteRule;
import org.jiceng.sdk.grids.Grid;
import org.jiceng.sdk.grids.Household;
import org.jiceng.sdk.grids.HouseholdListParams;
import org.jiceng.sdk.party.MeetingKind;
import org.jiceng.sdk.party.MeetingParams;
import org.jiceng.sdk.party.PartyOrganization;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Xiaguangli No. 35's bungalow renovation (霞光里35号院平房改造), end to end: the mobilisation the seed counts (6 Party
 * lectures, 2 organisation-life meetings, 25 community deliberation meetings, 24 building-compound branch meetings,
 * 12 rounds of door-to-door consultation), then 18 deliberation meetings on the plan within one year, a
 * {@code UNANIMOUS} household vote, the property-rights unit funding the works, the wiring replaced, and the
 * residents' evaluation.
 *
 * <p>The seed gives no electorate figures beyond the 379 households, no tally and no evaluation: this example's own
 * are 341 households voting (all yes, on paper ballots the staff enter), a two-thirds turnout quorum the council set,
 * and 40 paper evaluations collected door to door, 37 of them satisfied. They are the example's, not the seed's.
 */
final class BungalowRenovation {
    static final int LECTURES = 6;
    static final int ORGANISATION_LIFE = 2;
    static final int COMMUNITY_MEETINGS = 25;
    static final int BRANCH_MEETINGS = 24;
    static final int DOOR_TO_DOOR = 12;
    static final int PLAN_MEETINGS = 18;
    /** The example's own: households that cast a ballot, and paper evaluations. */
    static final int VOTING = 341;
    static final int EVALUATIONS = 40;
    static final int SATISFIED = 37;

    private BungalowRenovation() {
    }

    static Map<String, Object> run(JicengClient client, PrintStream out, Grid community, Grid compound,
                                   PartyOrganization committee, PartyOrganization branch) {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).minusYears(2);
        Council council = client.councils().create(CouncilCreateParams.builder().gridId(community.id())
                .name("霞光里社区议事协商会").mandateScope("社区和院落公共事务，居民会议授权").secondsToAgenda(10)
                .evaluationWindowDays(60).termStartsOn(start.toLocalDate()).termEndsOn(start.toLocalDate().plusYears(5))
                .build());
        Topic topic = client.topics().propose(TopicProposeParams.builder().councilId(council.id())
                .gridId(compound.id()).title("霞光里35号院危旧平房改造")
                .description("670 平方米老旧平房被鉴定为危房：拆不得、建不了、修不成").origin(TopicOrigin.PARTY_ORGANIZATION)
                .originRef(branch.id()).major(true).partyOrganizationId(committee.id()).build());
        topic = client.topics().accept(topic);

        out.println("Mobilising: " + LECTURES + " Party lectures, " + ORGANISATION_LIFE + " organisation-life meetings, "
                + COMMUNITY_MEETINGS + " community meetings, " + BRANCH_MEETINGS + " branch meetings, " + DOOR_TO_DOOR
                + " rounds door to door");
        for (int i = 0; i < LECTURES; i++) {
            client.partyOrganizations().holdMeeting(committee.id(), MeetingParams.builder().kind(MeetingKind.PARTY_LECTURE)
                    .title("平房改造动员党课").heldOn(start.toLocalDate().plusDays(i * 10L)).build());
        }
        for (int i = 0; i < ORGANISATION_LIFE; i++) {
            client.partyOrganizations().holdMeeting(committee.id(), MeetingParams.builder()
                    .kind(MeetingKind.GENERAL_MEMBERS_MEETING).title("社区组织生活会")
                    .heldOn(start.toLocalDate().plusDays(5 + i * 30L)).build());
        }
        meetings(client, topic, TopicMeetingKind.COUNCIL_MEETING, COMMUNITY_MEETINGS, community, start, List.of());
        meetings(client, topic, TopicMeetingKind.BUILDING_BRANCH_MEETING, BRANCH_MEETINGS, compound, start, List.of());
        meetings(client, topic, TopicMeetingKind.DOOR_TO_DOOR_CONSULTATION, DOOR_TO_DOOR, compound, start, List.of());

        out.println(PLAN_MEETINGS + " deliberation meetings on the plan within one year");
        Department propertyRights = client.departments().create(DepartmentCreateParams.builder()
                .code("BJ_PROPERTY_RIGHTS_" + (System.nanoTime() % 100_000)).name("霞光里35号院产权单位")
                .kind(DepartmentKind.PROPERTY_OWNER).build());
        OffsetDateTime planYear = start.plusMonths(6);
        for (int i = 0; i < PLAN_MEETINGS; i++) {
            client.topics().recordMeeting(topic.id(), TopicMeetingParams.builder().kind(TopicMeetingKind.COUNCIL_MEETING)
                    .heldAt(planYear.plusDays(i * 20L)).gridId(compound.id()).attendance(30 + i)
                    .units(List.of(UnitRef.builder().kind(UnitKind.PARTY_ORGANIZATION).id(branch.id()).build(),
                            UnitRef.builder().kind(UnitKind.DEPARTMENT).id(propertyRights.id()).build()))
                    .options(List.of("原址拆除重建", "维修加固", "拆除后作绿地")).minutes("议平房拆建改造方案（第" + (i + 1)
                            + "次）").build());
        }

        out.println("The community Party committee reviews the major matter; the households vote");
        topic = client.topics().review(client.topics().retrieve(topic.id()), TopicReviewParams.builder()
                .verdict(ReviewVerdict.APPROVED).opinion("方案经充分协商，同意提交居民表决").reviewer("社区党委")
                .reviewedOn(LocalDate.now(ZoneOffset.UTC)).build());
        Vote vote = client.votes().draft(topic.id(), VoteParams.builder().motion("霞光里35号院危旧平房原址拆除重建方案")
                .decisionKind(DecisionKind.RESOLUTION).rule(VoteRule.UNANIMOUS).quorumPercent(67)
                .electorate(Electorate.HOUSEHOLDS).gridIds(List.of(compound.id())).build());
        vote = client.votes().open(vote);
        List<Elector> roll = client.votes().listElectors(vote.id(), ListParams.none()).stream().toList();
        for (Elector e : roll.subList(0, VOTING)) {
            client.votes().cast(vote.id(), BallotParams.builder().choice(BallotChoice.YES).electorId(e.id()).build());
        }
        vote = client.votes().close(client.votes().retrieve(vote.id()));
        var tally = vote.tally().orElseThrow();
        out.println("  " + tally.figures() + (tally.passed() ? ": passed, every ballot in favour (全票通过)" : ""));

        out.println("The property-rights unit funds the works; the bungalows are rebuilt and the wiring replaced");
        topic = client.topics().fund(client.topics().retrieve(topic.id()), "霞光里35号院产权单位");
        LocalDate works = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        Task rebuild = client.topics().addTask(topic.id(), TaskCreateParams.builder().title("危旧平房拆除重建")
                .ownerKind(UnitKind.DEPARTMENT).ownerId(propertyRights.id()).dueOn(works.plusDays(1)).build());
        Task wiring = client.topics().addTask(topic.id(), TaskCreateParams.builder().title("老旧电线电缆全面更换")
                .ownerKind(UnitKind.DEPARTMENT).ownerId(propertyRights.id()).dueOn(works.plusDays(1)).build());
        for (Task task : List.of(rebuild, wiring)) {
            Task half = client.tasks().reachMilestone(task, MilestoneParams.builder().reachedOn(works).progress(50)
                    .note("施工过半").build());
            client.tasks().reachMilestone(half, MilestoneParams.builder().reachedOn(works).progress(100).note("竣工验收")
                    .build());
        }

        out.println(EVALUATIONS + " households evaluate the result on paper, door to door");
        List<Household> households = client.households().list(HouseholdListParams.builder().gridId(compound.id())
                .build()).stream().limit(EVALUATIONS).toList();
        Evaluations evaluations = null;
        for (int i = 0; i < households.size(); i++) {
            evaluations = client.topics().evaluate(topic.id(), EvaluationParams.builder()
                    .score(i < SATISFIED ? 5 - i % 2 : 3).householdId(households.get(i).id()).build());
        }
        client.topics().close(client.topics().retrieve(topic.id()), "平房改造完成，线路全部更换；小区列入朝阳区优美小区");

        out.println("A parking self-management committee is formed the same way");
        Topic parking = client.topics().accept(client.topics().propose(TopicProposeParams.builder()
                .councilId(council.id()).gridId(compound.id()).title("成立小区自治车管会")
                .description("与周边企业协商增加车位，解决停车难").origin(TopicOrigin.PARTY_ORGANIZATION).originRef(committee.id())
                .build()));
        client.topics().recordMeeting(parking.id(), TopicMeetingParams.builder()
                .kind(TopicMeetingKind.COURTYARD_MEETING).heldAt(OffsetDateTime.now(ZoneOffset.UTC).minusDays(3))
                .attendance(45).build());
        parking = client.topics().decide(client.topics().retrieve(parking.id()), TopicDecideParams.builder()
                .text("由党员群众组成小区自治车管会，与周边企业协商共享车位").build());

        PublicTopic view = client.topics().retrievePublic(topic.id());
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("mobilisationPartyLectures", LECTURES);
        figures.put("meetingsByKind", view.meetingsByKind());
        figures.put("planMeetings", client.topics().listMeetings(topic.id(), ListParams.none()).stream()
                .filter(m -> !m.options().isEmpty()).count());
        figures.put("voteRule", view.voteRule().orElseThrow().name());
        figures.put("electorate", tally.entitled());
        figures.put("ballotsYes", tally.yes());
        figures.put("ballotsCast", tally.cast());
        figures.put("votePassed", tally.passed());
        figures.put("fundedBy", view.decision().orElseThrow().fundedBy().orElseThrow());
        figures.put("tasksDone", view.tasksDone());
        figures.put("progress", view.progress());
        figures.put("evaluations", evaluations.count());
        figures.put("satisfactionRate", evaluations.satisfactionRate());
        figures.put("stage", view.stage().name());
        figures.put("parkingCommitteeDecided", parking.decision().isPresent());
        return figures;
    }

    private static void meetings(JicengClient client, Topic topic, TopicMeetingKind kind, int count, Grid where,
                                 OffsetDateTime from, List<String> options) {
        for (int i = 0; i < count; i++) {
            client.topics().recordMeeting(topic.id(), TopicMeetingParams.builder().kind(kind)
                    .heldAt(from.plusDays(i * 6L)).gridId(where.id()).attendance(20).options(options).build());
        }
    }
}
