package org.jiceng.examples.tianxin;

import org.jiceng.sdk.JicengClient;
import org.jiceng.sdk.ListParams;
import org.jiceng.sdk.cases.CaseCreateParams;
import org.jiceng.sdk.cases.CaseRecord;
import org.jiceng.sdk.deliberation.Council;
import org.jiceng.sdk.deliberation.CouncilCreateParams;
import org.jiceng.sdk.deliberation.Task;
import org.jiceng.sdk.deliberation.TaskCreateParams;
import org.jiceng.sdk.deliberation.Topic;
import org.jiceng.sdk.deliberation.TopicDecideParams;
import org.jiceng.sdk.deliberation.TopicListParams;
import org.jiceng.sdk.deliberation.TopicMeetingKind;
import org.jiceng.sdk.deliberation.TopicMeetingParams;
import org.jiceng.sdk.deliberation.TopicOrigin;
import org.jiceng.sdk.deliberation.TopicProposeParams;
import org.jiceng.sdk.deliberation.UnitKind;
import org.jiceng.sdk.deliberation.UnitRef;
import org.jiceng.sdk.grids.Grid;
import org.jiceng.sdk.party.BodyKind;
import org.jiceng.sdk.party.CommunityBody;
import org.jiceng.sdk.party.CommunityBodyCreateParams;
import org.jiceng.sdk.party.PartyOrganization;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Furong South Road's "inbox → consultation room → task book" (收件箱、会商室、任务书): a resident's appeal about
 * adding a lift at Huasheng Jiayuan arrives in the grid's inbox as a case; it turns out to be a shared matter and
 * becomes a topic linked to the case; the consultation room (the community's property officer, the grid worker, the
 * owners' committee and Party volunteers) meets on it and issues a task book. The dates and the task are the
 * example's own.
 */
final class ConsultationRoom {
    private ConsultationRoom() {
    }

    static Map<String, Object> run(JicengClient client, PrintStream out, Grid furong, Grid huasheng,
                                   PartyOrganization committee) {
        LocalDate termStart = LocalDate.now(ZoneOffset.UTC).minusYears(1);
        Council room = client.councils().create(CouncilCreateParams.builder().gridId(furong.id())
                .name("芙蓉南路社区会商室").mandateScope("居民会议授权：社区和小区公共事务的会商")
                .termStartsOn(termStart).termEndsOn(termStart.plusYears(5)).build());
        CommunityBody owners = client.communityBodies().create(CommunityBodyCreateParams.builder()
                .kind(BodyKind.OWNERS_COMMITTEE).name("华盛家园业主委员会").gridId(huasheng.id())
                .establishedOn(LocalDate.of(2016, 6, 1)).build());
        CommunityBody property = client.communityBodies().create(CommunityBodyCreateParams.builder()
                .kind(BodyKind.PROPERTY_COMPANY).name("华盛家园物业").gridId(huasheng.id())
                .establishedOn(LocalDate.of(2010, 1, 1)).build());

        CaseRecord appeal = client.cases().report(CaseCreateParams.builder().title("华盛家园老楼加装电梯")
                .description("老人上下楼困难，希望加装电梯").categoryCode("ELEVATOR").gridId(huasheng.id()).build());
        appeal = client.cases().accept(appeal, "网格收件箱受理：涉及全楼业主，转会商室");
        Topic topic = client.topics().accept(client.topics().propose(TopicProposeParams.builder()
                .councilId(room.id()).gridId(huasheng.id()).title("华盛家园加装电梯")
                .description("网格收件箱收到的诉求，涉及全楼业主的共同事务").origin(TopicOrigin.CASE).originRef(appeal.id())
                .build()));
        client.topics().recordMeeting(topic.id(), TopicMeetingParams.builder().kind(TopicMeetingKind.CONSULTATION_ROOM)
                .heldAt(OffsetDateTime.now(ZoneOffset.UTC).minusDays(5)).attendance(12).units(List.of(
                        UnitRef.builder().kind(UnitKind.COMMUNITY_BODY).id(property.id()).build(),
                        UnitRef.builder().kind(UnitKind.COMMUNITY_BODY).id(owners.id()).build(),
                        UnitRef.builder().kind(UnitKind.PARTY_ORGANIZATION).id(committee.id()).build()))
                .minutes("物业专干、网格员、业委会和党员志愿者共同商讨加装电梯").build());
        Topic decided = client.topics().decide(client.topics().retrieve(topic.id()), TopicDecideParams.builder()
                .text("任务书：业委会征求全楼业主意见，物业对接设计和报建，社区协调资金").build());
        Task taskBook = client.topics().addTask(decided.id(), TaskCreateParams.builder().title("加装电梯任务书")
                .ownerKind(UnitKind.COMMUNITY_BODY).ownerId(property.id())
                .dueOn(LocalDate.now(ZoneOffset.UTC).plusMonths(3)).build());
        out.println("  task book issued to " + property.name() + ", due " + taskBook.dueOn());

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("inboxCaseTopics", client.topics().list(TopicListParams.builder().caseId(appeal.id()).build())
                .stream().count());
        figures.put("consultationRoomMeetings", client.topics().listMeetings(topic.id(), ListParams.none()).stream()
                .filter(m -> m.kind() == TopicMeetingKind.CONSULTATION_ROOM).count());
        figures.put("taskBooks", client.topics().listTasks(topic.id(), ListParams.none()).stream().count());
        return figures;
    }
}
