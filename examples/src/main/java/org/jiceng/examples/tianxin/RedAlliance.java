package org.jiceng.examples.tianxin;

import org.jiceng.examples.Demo;
import org.jiceng.examples.Example;
import org.jiceng.sdk.JicengClient;
import org.jiceng.sdk.ListParams;
import org.jiceng.sdk.cases.CaseCreateParams;
import org.jiceng.sdk.cases.CaseRecord;
import org.jiceng.sdk.cases.CaseSource;
import org.jiceng.sdk.cases.Department;
import org.jiceng.sdk.cases.DepartmentCreateParams;
import org.jiceng.sdk.cases.WhistleParams;
import org.jiceng.sdk.grids.Grid;
import org.jiceng.sdk.grids.GridLevel;
import org.jiceng.sdk.party.Alliance;
import org.jiceng.sdk.party.AllianceDecisionParams;
import org.jiceng.sdk.party.AllianceMeeting;
import org.jiceng.sdk.party.AllianceMeetingParams;
import org.jiceng.sdk.party.AllianceParams;
import org.jiceng.sdk.party.AllianceParticipantParams;
import org.jiceng.sdk.party.BodyKind;
import org.jiceng.sdk.party.CommunityBody;
import org.jiceng.sdk.party.CommunityBodyCreateParams;
import org.jiceng.sdk.party.HostKind;
import org.jiceng.sdk.party.MemberKind;
import org.jiceng.sdk.party.MemberStatus;
import org.jiceng.sdk.party.OrganizationType;
import org.jiceng.sdk.party.OwnersCommitteeShare;
import org.jiceng.sdk.party.PartyMember;
import org.jiceng.sdk.party.PartyMemberCreateParams;
import org.jiceng.sdk.party.PartyOrganization;
import org.jiceng.sdk.party.PartyOrganizationCreateParams;
import org.jiceng.sdk.party.PartyPostParams;
import org.jiceng.sdk.party.PartyStats;
import org.jiceng.sdk.party.PostTitle;
import org.jiceng.sdk.party.SeatParams;
import org.jiceng.sdk.party.SeatRole;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Changsha Tianxin, two communities of two streets. At Furong South Road (赤岭路街道): the community Party
 * committee's 13 branches and 557 members, and the grid's "inbox" feeding the "consultation room" (会商室), which
 * issues a "task book" (任务书) — {@link ConsultationRoom}. At Great Wall Shuijun compound (桂花坪街道新园社区): the
 * compound's branch secretary who also chairs the owners' committee (一肩挑); the "5+" red alliance of the Party
 * branch, owners' committee, supervisory committee, property company and a "two new" Party organisation, whose
 * regular consultation meetings took 13 months to fix the water pressure — {@link WaterPressure}; and "the grid
 * whistles, departments report" (网格吹哨、部门报到) on the garage that floods when it rains.
 */
public final class RedAlliance implements Example {
    static final int BRANCHES = 13;
    static final int MEMBERS = 557;
    private static final LocalDate FOUNDED = LocalDate.of(2018, 7, 1);

    @Override
    public String tenant() {
        return "tianxin";
    }

    @Override
    public String title() {
        return "天心区芙蓉南路社区: red property, the \"5+\" red alliance, the grid whistles and departments report";
    }

    @Override
    public Map<String, Object> run(JicengClient client, PrintStream out) {
        Grid district = Demo.district(client, "430103");
        Grid chiling = Demo.freshStreet(client, district, "示例·赤岭路街道");
        Grid furong = Demo.child(client, chiling, GridLevel.COMMUNITY, "001", "示例·芙蓉南路社区");
        Grid huasheng = Demo.child(client, furong, GridLevel.COMPOUND, "001", "示例·华盛家园");
        Grid guihuaping = Demo.freshStreet(client, district, "示例·桂花坪街道");
        Grid xinyuan = Demo.child(client, guihuaping, GridLevel.COMMUNITY, "001", "示例·新园社区");
        Grid compound = Demo.child(client, xinyuan, GridLevel.COMPOUND, "001", "示例·长城水郡小区");

        out.println("Furong South Road: the community Party committee, its " + BRANCHES + " branches and " + MEMBERS
                + " members");
        PartyOrganization committee = client.partyOrganizations().establish(PartyOrganizationCreateParams.builder()
                .type(OrganizationType.COMMITTEE).name("芙蓉南路社区党委").hostKind(HostKind.COMMUNITY).establishedOn(FOUNDED)
                .build());
        client.partyOrganizations().cover(committee, List.of(furong.id()));
        List<PartyOrganization> branches = new ArrayList<>();
        for (int b = 1; b <= BRANCHES; b++) {
            PartyOrganization branch = client.partyOrganizations().establish(PartyOrganizationCreateParams.builder()
                    .parentId(committee.id()).type(OrganizationType.BRANCH).name("芙蓉南路社区第" + b + "党支部")
                    .hostKind(HostKind.COMMUNITY).establishedOn(FOUNDED).build());
            client.partyOrganizations().cover(branch, List.of(furong.id()));
            branches.add(branch);
        }
        Demo.IdNumbers ids = new Demo.IdNumbers("430103");
        for (int m = 0; m < MEMBERS; m++) {
            client.partyMembers().admit(PartyMemberCreateParams.builder()
                    .organizationId(branches.get(m % BRANCHES).id()).name("党员" + (m + 1)).idNumber(ids.next())
                    .status(m % 25 == 24 ? MemberStatus.PROBATIONARY : MemberStatus.FULL).kind(MemberKind.REGISTERED)
                    .joinedOn(FOUNDED.minusYears(m % 30)).build());
        }

        out.println("The grid's inbox feeds the consultation room, which issues a task book");
        Map<String, Object> consultation = ConsultationRoom.run(client, out, furong, huasheng, committee);

        out.println("Great Wall Shuijun: the compound's branch secretary also chairs the owners' committee (一肩挑)");
        PartyOrganization compoundBranch = client.partyOrganizations().establish(PartyOrganizationCreateParams
                .builder().type(OrganizationType.BRANCH).name("长城水郡小区党支部").hostKind(HostKind.COMPOUND)
                .establishedOn(LocalDate.of(2018, 5, 1)).build());
        client.partyOrganizations().cover(compoundBranch, List.of(compound.id()));
        List<PartyMember> compoundMembers = new ArrayList<>();
        for (int m = 0; m < 2; m++) {
            compoundMembers.add(client.partyMembers().admit(PartyMemberCreateParams.builder()
                    .organizationId(compoundBranch.id()).name("长城水郡党员" + (m + 1)).idNumber(ids.next())
                    .joinedOn(FOUNDED.minusYears(10 + m)).build()));
        }
        PartyMember secretary = compoundMembers.get(0);
        client.partyOrganizations().appoint(compoundBranch.id(), PartyPostParams.builder().memberId(secretary.id())
                .title(PostTitle.SECRETARY).startedOn(LocalDate.of(2018, 5, 1)).build());
        CommunityBody owners = client.communityBodies().create(CommunityBodyCreateParams.builder()
                .kind(BodyKind.OWNERS_COMMITTEE).name("长城水郡业主委员会").gridId(compound.id())
                .establishedOn(LocalDate.of(2017, 12, 1)).build());
        client.communityBodies().seat(owners.id(), SeatParams.builder().partyMemberId(secretary.id())
                .role(SeatRole.CHAIR).startedOn(LocalDate.of(2018, 5, 1)).build());
        client.communityBodies().seat(owners.id(), SeatParams.builder().partyMemberId(compoundMembers.get(1).id())
                .startedOn(LocalDate.of(2017, 12, 1)).build());
        for (String owner : List.of("业主甲", "业主乙", "业主丙")) {
            client.communityBodies().seat(owners.id(), SeatParams.builder().name(owner)
                    .startedOn(LocalDate.of(2017, 12, 1)).build());
        }

        out.println("The \"5+\" red alliance: branch, owners' committee, supervisory committee, property company, "
                + "a \"two new\" Party organisation");
        CommunityBody supervisors = client.communityBodies().create(CommunityBodyCreateParams.builder()
                .kind(BodyKind.SUPERVISORY_COMMITTEE).name("长城水郡业主监督委员会").gridId(compound.id())
                .establishedOn(LocalDate.of(2018, 5, 1)).build());
        CommunityBody property = client.communityBodies().create(CommunityBodyCreateParams.builder()
                .kind(BodyKind.PROPERTY_COMPANY).name("长城水郡物业服务公司").gridId(compound.id())
                .establishedOn(LocalDate.of(2012, 1, 1)).build());
        PartyOrganization twoNew = client.partyOrganizations().establish(PartyOrganizationCreateParams.builder()
                .type(OrganizationType.BRANCH).name("小区周边“两新”组织党支部").hostKind(HostKind.SOCIAL_ORGANISATION)
                .establishedOn(LocalDate.of(2017, 3, 1)).build());
        Alliance alliance = client.alliances().form(AllianceParams.builder().name("长城水郡小区“5+”红色联盟")
                .gridId(compound.id()).establishedOn(LocalDate.of(2018, 6, 1)).participants(List.of(
                        AllianceParticipantParams.builder().partyOrganizationId(compoundBranch.id()).lead(true)
                                .build(),
                        AllianceParticipantParams.builder().bodyId(owners.id()).build(),
                        AllianceParticipantParams.builder().bodyId(supervisors.id()).build(),
                        AllianceParticipantParams.builder().bodyId(property.id()).build(),
                        AllianceParticipantParams.builder().partyOrganizationId(twoNew.id()).build())).build());
        String propertyParticipant = alliance.participants().stream()
                .filter(p -> p.bodyId().filter(property.id()::equals).isPresent()).findFirst().orElseThrow().id();
        AllianceMeeting meeting = client.alliances().meet(alliance.id(), AllianceMeetingParams.builder()
                .heldOn(LocalDate.of(2018, 7, 10)).topic("小区供水水压过低")
                .summary("五方共商：物业排查管网，业委会征求业主意见，监委会监督资金使用").decisions(List.of(
                        AllianceDecisionParams.builder().text("物业一个月内完成管网和加压设备排查")
                                .ownerParticipantId(propertyParticipant).dueOn(LocalDate.of(2018, 8, 10)).build(),
                        AllianceDecisionParams.builder().text("业委会征求全体业主对加压改造的意见").build())).build());
        client.alliances().complete(alliance.id(), meeting.decisions().get(0), LocalDate.of(2018, 8, 6));
        Map<String, Object> water = WaterPressure.run(client, out, compound, compoundBranch, twoNew,
                List.of(owners, supervisors, property));

        out.println("The grid whistles, departments report (网格吹哨、部门报到)");
        Department housing = client.departments().create(DepartmentCreateParams.builder()
                .code("TX_HOUSING_" + (System.nanoTime() % 100_000)).name("区住房和城乡建设局").build());
        Department water_ = client.departments().create(DepartmentCreateParams.builder()
                .code("TX_WATER_" + (System.nanoTime() % 100_000)).name("区水利局").build());
        CaseRecord c = client.cases().report(CaseCreateParams.builder().title("雨天地表水倒灌地下车库")
                .description("小区地处山脚盆地，雨水倒灌车库").categoryCode("SAFETY_HAZARD")
                .gridId(compound.id()).source(CaseSource.GRID_PATROL).build());
        c = client.cases().accept(c, "网格员受理");
        c = client.cases().dispatchToGrid(c, compound.id(), "网格先行处置");
        c = client.cases().whistle(c, WhistleParams.builder().escalateToStreet().summon(housing.id(), 24)
                .summon(water_.id(), 24).note("网格无法独立解决，吹哨").build());
        int reported = 0;
        for (var summons : client.cases().summonses(c.id(), ListParams.none()).data()) {
            client.cases().acknowledgeSummons(c.id(), summons.id(), "已报到，到场处置");
            reported++;
        }

        PartyStats stats = client.partyOrganizations().stats(furong.id());
        OwnersCommitteeShare share = client.partyOrganizations().stats(xinyuan.id()).ownersCommittees().get(0);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("branches", stats.organizationsByType().getOrDefault("BRANCH", 0L));
        figures.put("members", stats.membersByKind().values().stream().mapToLong(Long::longValue).sum());
        figures.put("ownersCommitteeChairIsSecretary", share.chairIsSecretary());
        figures.put("ownersCommitteePartyShare", share.partyShare().orElse(null));
        figures.put("allianceParticipants", alliance.participants().size());
        figures.put("allianceDecisionsDone", client.alliances().meetings(alliance.id(), ListParams.none()).stream()
                .flatMap(m -> m.decisions().stream()).filter(d -> d.doneOn().isPresent()).count());
        figures.put("departmentsReported", reported);
        figures.put("caseNumber", c.number());
        figures.putAll(consultation);
        figures.putAll(water);
        return figures;
    }
}
