package org.jiceng.examples.dujiangyan;

import org.jiceng.examples.Demo;
import org.jiceng.sdk.JicengClient;
import org.jiceng.sdk.deliberation.Council;
import org.jiceng.sdk.deliberation.CouncilCreateParams;
import org.jiceng.sdk.deliberation.DecisionKind;
import org.jiceng.sdk.deliberation.PublicTopic;
import org.jiceng.sdk.deliberation.Topic;
import org.jiceng.sdk.deliberation.TopicDecideParams;
import org.jiceng.sdk.deliberation.TopicMeetingKind;
import org.jiceng.sdk.deliberation.TopicMeetingParams;
import org.jiceng.sdk.deliberation.TopicOrigin;
import org.jiceng.sdk.deliberation.TopicProposeParams;
import org.jiceng.sdk.grids.Grid;
import org.jiceng.sdk.grids.GridLevel;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Qipan community (向峨乡棋盘社区), a resettlement community of over a thousand people after the earthquake: the
 * village rules (村规民约) now say when banquets may be held and cap gifts at 100 yuan, down from 400 and more. The
 * seed names no vote, so the council records the consultation's outcome as a {@code CONVENTION}; the rules are its
 * text. Banquets fell from over 100 a year to under 30: the published result says so, as the seed does.
 */
final class QipanConvention {
    static final int GIFT_CAP_YUAN = 100;
    static final String RULES = "棋盘社区村规民约（酒席操办）：婚丧嫁娶可以办酒席，其他情形不办；"
            + "随礼每户不超过" + GIFT_CAP_YUAN + "元（过去 400 元以上）；酒席不超过一天。";

    private QipanConvention() {
    }

    static Map<String, Object> run(JicengClient client, PrintStream out, Grid district) {
        Grid township = Demo.freshStreet(client, district, "示例·向峨乡");
        Grid qipan = Demo.child(client, township, GridLevel.COMMUNITY, "001", "示例·棋盘社区");
        LocalDate termStart = LocalDate.now(ZoneOffset.UTC).minusYears(1);
        Council council = client.councils().create(CouncilCreateParams.builder().gridId(qipan.id())
                .name("棋盘社区居民议事会").mandateScope("居民会议授权：村规民约的拟订和修订，社区公共事务")
                .termStartsOn(termStart).termEndsOn(termStart.plusYears(5)).build());

        out.println("Qipan's rules on banquets: a convention, with gifts capped at " + GIFT_CAP_YUAN + " yuan");
        Topic topic = client.topics().accept(client.topics().propose(TopicProposeParams.builder()
                .councilId(council.id()).title("规范酒席操办").description("一次请客每户随礼 400 元以上、吃三天，"
                        + "全年酒席过百场，攀比风气日盛").origin(TopicOrigin.COUNCIL).build()));
        OffsetDateTime held = OffsetDateTime.now(ZoneOffset.UTC).minusMonths(2);
        client.topics().recordMeeting(topic.id(), TopicMeetingParams.builder().kind(TopicMeetingKind.OPEN_AIR_MEETING)
                .heldAt(held).attendance(120).minutes("哪些情况可以办酒席、随礼标准").build());
        client.topics().recordMeeting(topic.id(), TopicMeetingParams.builder().kind(TopicMeetingKind.COUNCIL_MEETING)
                .heldAt(held.plusDays(7)).attendance(15).minutes("议定村规民约条文").build());
        Topic decided = client.topics().decide(client.topics().retrieve(topic.id()), TopicDecideParams.builder()
                .kind(DecisionKind.CONVENTION).text(RULES).build());
        client.topics().close(decided, "居民支持遵守：每年酒席由过百场降至不到 30 场");

        PublicTopic view = client.topics().retrievePublic(topic.id());
        var decision = view.decision().orElseThrow();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("conventionKind", decision.kind().orElseThrow().name());
        figures.put("conventionRevision", decision.revision().orElseThrow());
        figures.put("conventionCapsGiftsAt100", decision.text().orElseThrow().contains("不超过" + GIFT_CAP_YUAN + "元"));
        figures.put("conventionBasis", decision.basis().name());
        figures.put("conventionStage", view.stage().name());
        return figures;
    }
}
