package org.jiceng.examples.tianxin;

import org.jiceng.sdk.JicengClient;
import org.jiceng.sdk.ListParams;
import org.jiceng.sdk.deliberation.Council;
import org.jiceng.sdk.deliberation.CouncilCreateParams;
import org.jiceng.sdk.deliberation.MilestoneParams;
import org.jiceng.sdk.deliberation.PublicTopic;
import org.jiceng.sdk.deliberation.Task;
import org.jiceng.sdk.deliberation.TaskCreateParams;
import org.jiceng.sdk.deliberation.Topic;
import org.jiceng.sdk.deliberation.TopicDecideParams;
import org.jiceng.sdk.deliberation.TopicMeeting;
import org.jiceng.sdk.deliberation.TopicMeetingKind;
import org.jiceng.sdk.deliberation.TopicMeetingParams;
import org.jiceng.sdk.deliberation.TopicOrigin;
import org.jiceng.sdk.deliberation.TopicProposeParams;
import org.jiceng.sdk.deliberation.UnitKind;
import org.jiceng.sdk.deliberation.UnitRef;
import org.jiceng.sdk.grids.Grid;
import org.jiceng.sdk.party.CommunityBody;
import org.jiceng.sdk.party.PartyOrganization;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Great Wall Shuijun's water pressure: the "5+" red alliance's regular consultation meetings, with all five
 * parties at the table, took 13 months of joint work to solve a problem that had troubled owners for four years.
 * One meeting a month for 13 months, a decision after the first, and the property company's task progressing to
 * done in the thirteenth month. The monthly rhythm and the progress figures are the example's own.
 */
final class WaterPressure {
    static final int MONTHS = 13;

    private WaterPressure() {
    }

    static Map<String, Object> run(JicengClient client, PrintStream out, Grid compound, PartyOrganization branch,
                                   PartyOrganization twoNew, List<CommunityBody> bodies) {
        CommunityBody property = bodies.get(2);
        OffsetDateTime first = OffsetDateTime.now(ZoneOffset.UTC).minusMonths(MONTHS + 1L);
        Council council = client.councils().create(CouncilCreateParams.builder().gridId(compound.id())
                .name("长城水郡“5+”协商议事会").mandateScope("业主大会授权：小区物业管理中的共同事务")
                .termStartsOn(first.toLocalDate().minusMonths(1)).termEndsOn(first.toLocalDate().plusYears(3))
                .build());
        Topic topic = client.topics().accept(client.topics().propose(TopicProposeParams.builder()
                .councilId(council.id()).title("小区供水水压过低").description("困扰业主四年之久：居民家自来水供水不足")
                .origin(TopicOrigin.PARTY_ORGANIZATION).originRef(branch.id()).build()));
        List<UnitRef> five = new ArrayList<>(List.of(
                UnitRef.builder().kind(UnitKind.PARTY_ORGANIZATION).id(branch.id()).build(),
                UnitRef.builder().kind(UnitKind.PARTY_ORGANIZATION).id(twoNew.id()).build()));
        bodies.forEach(b -> five.add(UnitRef.builder().kind(UnitKind.COMMUNITY_BODY).id(b.id()).build()));

        out.println("  " + MONTHS + " months of monthly consultation meetings on the water pressure");
        meeting(client, topic, first, five, 1);
        Topic decided = client.topics().decide(client.topics().retrieve(topic.id()), TopicDecideParams.builder()
                .text("五方共商：物业牵头排查管网、协调供水部门加装二次加压设备，监委会监督资金使用").build());
        Task task = client.topics().addTask(decided.id(), TaskCreateParams.builder().title("供水加压改造")
                .ownerKind(UnitKind.COMMUNITY_BODY).ownerId(property.id())
                .dueOn(first.toLocalDate().plusMonths(MONTHS)).build());
        for (int month = 2; month <= MONTHS; month++) {
            OffsetDateTime held = first.plusMonths(month - 1L);
            meeting(client, topic, held, five, month);
            int progress = month == MONTHS ? 100 : (month - 1) * 100 / MONTHS;
            task = client.tasks().reachMilestone(task, MilestoneParams.builder().reachedOn(held.toLocalDate())
                    .progress(progress).note(month == MONTHS ? "水压达标，问题解决" : "第" + month + "个月推进").build());
        }
        client.topics().close(client.topics().retrieve(topic.id()), "经过 13 个月共同努力，水压过低的难题得到解决");

        PublicTopic view = client.topics().retrievePublic(topic.id());
        List<TopicMeeting> meetings = client.topics().listMeetings(topic.id(), ListParams.none()).stream().toList();
        LocalDate done = task.doneOn().orElseThrow();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("waterPressureMeetings", view.meetingsHeld());
        figures.put("waterPressurePartiesAtTheTable", meetings.get(0).units().size());
        figures.put("waterPressureMonths", ChronoUnit.MONTHS.between(meetings.get(0).heldAt().toLocalDate(),
                done.plusDays(1)) + 1);
        figures.put("waterPressureProgress", view.progress());
        figures.put("waterPressureStage", view.stage().name());
        return figures;
    }

    private static void meeting(JicengClient client, Topic topic, OffsetDateTime held, List<UnitRef> five, int n) {
        client.topics().recordMeeting(topic.id(), TopicMeetingParams.builder().kind(TopicMeetingKind.COUNCIL_MEETING)
                .heldAt(held).attendance(15).units(five).minutes("“5+”红色联盟第" + n + "次协商议事会").build());
    }
}
