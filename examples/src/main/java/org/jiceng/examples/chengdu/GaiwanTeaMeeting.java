package org.jiceng.examples.chengdu;

import org.jiceng.examples.Demo;
import org.jiceng.sdk.JicengClient;
import org.jiceng.sdk.cases.CaseRecord;
import org.jiceng.sdk.cases.Department;
import org.jiceng.sdk.cases.DepartmentCreateParams;
import org.jiceng.sdk.deliberation.Council;
import org.jiceng.sdk.deliberation.CouncilCreateParams;
import org.jiceng.sdk.deliberation.CouncilMemberParams;
import org.jiceng.sdk.deliberation.CouncilRole;
import org.jiceng.sdk.deliberation.MilestoneParams;
import org.jiceng.sdk.deliberation.PublicTopic;
import org.jiceng.sdk.deliberation.Task;
import org.jiceng.sdk.deliberation.TaskCaseParams;
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
import org.jiceng.sdk.grids.GridLevel;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Qingyang's "盖碗茶" open-air meeting (坝坝会) in the courtyard of 鼓楼北二街81号: the district housing and construction
 * bureau and the district comprehensive administrative law-enforcement bureau sit down with street and community
 * cadres and residents over the courtyard's renovation. The courtyard council, authorised by a residents' meeting,
 * records the consultation's outcome as its decision; the decision's task opens a case that the street handles.
 * The seed names no street, attendance or works: those here are the example's own.
 */
final class GaiwanTeaMeeting {
    private GaiwanTeaMeeting() {
    }

    static Map<String, Object> run(JicengClient client, PrintStream out) {
        Grid street = Demo.freshStreet(client, Demo.district(client, "510105"), "示例·青羊区街道");
        Grid community = Demo.child(client, street, GridLevel.COMMUNITY, "001", "示例·社区");
        Grid courtyard = Demo.child(client, community, GridLevel.COMPOUND, "001", "示例·鼓楼北二街81号院");
        LocalDate termStart = LocalDate.now(ZoneOffset.UTC).minusMonths(6);
        Council council = client.councils().create(CouncilCreateParams.builder().gridId(courtyard.id())
                .name("鼓楼北二街81号院落议事会").mandateScope("居民会议授权：院落公共事务和院落改造的协商议定")
                .termStartsOn(termStart).termEndsOn(termStart.plusYears(3)).build());
        for (String seat : List.of("院落居民代表 1", "院落居民代表 2", "院落党员代表")) {
            client.councils().addMember(council.id(), CouncilMemberParams.builder()
                    .role(seat.contains("党员") ? CouncilRole.PARTY_MEMBER : CouncilRole.RESIDENTS_REPRESENTATIVE)
                    .seat(seat).build());
        }
        Department housing = client.departments().create(DepartmentCreateParams.builder()
                .code("CD_QY_HOUSING_" + (System.nanoTime() % 100_000)).name("青羊区住房和建设局").build());
        Department enforcement = client.departments().create(DepartmentCreateParams.builder()
                .code("CD_QY_ENFORCEMENT_" + (System.nanoTime() % 100_000)).name("青羊区综合行政执法局").build());

        out.println("\"青羊盖碗茶\": an open-air meeting in the courtyard with two district bureaux");
        Topic topic = client.topics().accept(client.topics().propose(TopicProposeParams.builder()
                .councilId(council.id()).title("院落改造诉求").description("院落环境和设施老旧，居民希望改造")
                .origin(TopicOrigin.COUNCIL).build()));
        TopicMeeting tea = client.topics().recordMeeting(topic.id(), TopicMeetingParams.builder()
                .kind(TopicMeetingKind.OPEN_AIR_MEETING).heldAt(OffsetDateTime.now(ZoneOffset.UTC).minusDays(10))
                .attendance(35).units(List.of(UnitRef.builder().kind(UnitKind.DEPARTMENT).id(housing.id()).build(),
                        UnitRef.builder().kind(UnitKind.DEPARTMENT).id(enforcement.id()).build()))
                .options(List.of("改造院落排水和路面", "清理违章搭建")).minutes("共话院落改造诉求，社情民意得以采纳").build());
        Topic decided = client.topics().decide(client.topics().retrieve(topic.id()), TopicDecideParams.builder()
                .text("协商议定：改造院落排水和路面，清理违章搭建，办好“微实事”").build());

        out.println("The decision's task opens a case; the street handles it");
        Task task = client.topics().addTask(decided.id(), TaskCreateParams.builder().title("改造院落排水和路面")
                .ownerKind(UnitKind.DEPARTMENT).ownerId(housing.id()).dueOn(LocalDate.now(ZoneOffset.UTC).plusMonths(2))
                .build());
        task = client.tasks().openCase(task, TaskCaseParams.builder().categoryCode("FACILITY_REPAIR")
                .description("坝坝会议定：院落排水和路面改造").build());
        CaseRecord c = client.cases().retrieve(task.caseId().orElseThrow());
        c = client.cases().accept(c, "街道受理议事会交办事项");
        c = client.cases().dispatchToGrid(c, street.id(), "街道统筹处置");
        c = client.cases().acknowledge(c, "街道已签收");
        c = client.cases().resolve(c, "排水和路面改造完成");
        client.tasks().reachMilestone(client.tasks().retrieve(task.id()), MilestoneParams.builder()
                .reachedOn(LocalDate.now(ZoneOffset.UTC)).progress(100).note("街道办结").build());

        PublicTopic view = client.topics().retrievePublic(topic.id());
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("openAirMeetings", view.meetingsByKind().getOrDefault("OPEN_AIR_MEETING", 0L));
        figures.put("bureauxAttending", tea.units().size());
        figures.put("decisionBasis", view.decision().orElseThrow().basis().name());
        figures.put("taskCaseStatus", c.status().name());
        figures.put("topicStage", view.stage().name());
        return figures;
    }
}
