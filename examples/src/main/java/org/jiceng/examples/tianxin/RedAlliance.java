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
 * Changsha Tianxin: "red property" at Furong South Road. The community Party committee's 13 branches and 557
 * members; the compound's branch secretary who also chairs the owners' committee (一肩挑); the "5+" red alliance
 * of Party branch, owners' committee, supervisory committee, property company and a "two new" organisation
 * deciding together; and "the grid whistles, departments report" (网格吹哨、部门报到) on a case the grid cannot
 * solve alone.
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
        Grid street = Demo.freshStreet(client, Demo.district(client, "430103"), "示例·新开铺街道");
        Grid community = Demo.child(client, street, GridLevel.COMMUNITY, "001", "示例·芙蓉南路社区");
        Grid compound = Demo.child(client, community, GridLevel.COMPOUND, "001", "示例·长城水郡小区");

        out.println("The community Party committee, its " + BRANCHES + " branches and " + MEMBERS + " members");
        PartyOrganization committee = client.partyOrganizations().establish(PartyOrganizationCreateParams.builder()
                .type(OrganizationType.COMMITTEE).name("芙蓉南路社区党委").hostKind(HostKind.COMMUNITY).establishedOn(FOUNDED)
                .build());
        client.partyOrganizations().cover(committee, List.of(community.id()));
        List<PartyOrganization> branches = new ArrayList<>();
        for (int b = 1; b <= BRANCHES; b++) {
            boolean property = b == 1;
            PartyOrganization branch = client.partyOrganizations().establish(PartyOrganizationCreateParams.builder()
                    .parentId(committee.id()).type(OrganizationType.BRANCH)
                    .name(property ? "长城水郡红色物业党支部" : "芙蓉南路社区第" + b + "党支部")
                    .hostKind(property ? HostKind.PROPERTY_COMPANY : HostKind.COMMUNITY).establishedOn(FOUNDED)
                    .build());
            client.partyOrganizations().cover(branch, List.of(property ? compound.id() : community.id()));
            branches.add(branch);
        }
        Demo.IdNumbers ids = new Demo.IdNumbers("430103");
        List<PartyMember> firstBranch = new ArrayList<>();
        for (int m = 0; m < MEMBERS; m++) {
            PartyOrganization branch = branches.get(m % BRANCHES);
            PartyMember member = client.partyMembers().admit(PartyMemberCreateParams.builder()
                    .organizationId(branch.id()).name("党员" + (m + 1)).idNumber(ids.next())
                    .status(m % 25 == 24 ? MemberStatus.PROBATIONARY : MemberStatus.FULL).kind(MemberKind.REGISTERED)
                    .joinedOn(FOUNDED.minusYears(m % 30)).build());
            if (branch == branches.get(0)) {
                firstBranch.add(member);
            }
        }

        out.println("The property branch's secretary also chairs the owners' committee (一肩挑)");
        PartyMember secretary = firstBranch.get(0);
        client.partyOrganizations().appoint(branches.get(0).id(), PartyPostParams.builder().memberId(secretary.id())
                .title(PostTitle.SECRETARY).startedOn(FOUNDED).build());
        CommunityBody owners = client.communityBodies().create(CommunityBodyCreateParams.builder()
                .kind(BodyKind.OWNERS_COMMITTEE).name("长城水郡业主委员会").gridId(compound.id())
                .establishedOn(LocalDate.of(2019, 5, 1)).build());
        client.communityBodies().seat(owners.id(), SeatParams.builder().partyMemberId(secretary.id())
                .role(SeatRole.CHAIR)
                .startedOn(LocalDate.of(2019, 5, 1)).build());
        client.communityBodies().seat(owners.id(), SeatParams.builder().partyMemberId(firstBranch.get(1).id())
                .startedOn(LocalDate.of(2019, 5, 1)).build());
        for (String owner : List.of("业主甲", "业主乙", "业主丙")) {
            client.communityBodies().seat(owners.id(), SeatParams.builder().name(owner)
                    .startedOn(LocalDate.of(2019, 5, 1)).build());
        }

        out.println("The \"5+\" red alliance meets on e-bike charging");
        CommunityBody supervisors = client.communityBodies().create(CommunityBodyCreateParams.builder()
                .kind(BodyKind.SUPERVISORY_COMMITTEE).name("长城水郡业主监督委员会").gridId(compound.id())
                .establishedOn(LocalDate.of(2019, 5, 1)).build());
        CommunityBody property = client.communityBodies().create(CommunityBodyCreateParams.builder()
                .kind(BodyKind.PROPERTY_COMPANY).name("长城物业").gridId(compound.id())
                .establishedOn(LocalDate.of(2015, 1, 1)).build());
        CommunityBody twoNew = client.communityBodies().create(CommunityBodyCreateParams.builder()
                .kind(BodyKind.NEW_SOCIAL_ORGANISATION).name("芙蓉南路社工服务站").gridId(community.id())
                .establishedOn(LocalDate.of(2017, 3, 1)).build());
        Alliance alliance = client.alliances().form(AllianceParams.builder().name("芙蓉南路社区“5+”红色联盟")
                .gridId(community.id()).establishedOn(LocalDate.of(2019, 6, 1)).participants(List.of(
                        AllianceParticipantParams.builder().partyOrganizationId(branches.get(0).id()).lead(true)
                                .build(),
                        AllianceParticipantParams.builder().bodyId(owners.id()).build(),
                        AllianceParticipantParams.builder().bodyId(supervisors.id()).build(),
                        AllianceParticipantParams.builder().bodyId(property.id()).build(),
                        AllianceParticipantParams.builder().bodyId(twoNew.id()).build())).build());
        String propertyParticipant = alliance.participants().stream()
                .filter(p -> p.bodyId().filter(property.id()::equals).isPresent()).findFirst().orElseThrow().id();
        AllianceMeeting meeting = client.alliances().meet(alliance.id(), AllianceMeetingParams.builder()
                .heldOn(LocalDate.of(2024, 3, 12)).topic("电动车集中充电棚建设")
                .summary("五方共议：物业选址报价，业委会征求业主意见，监委会监督资金使用").decisions(List.of(
                        AllianceDecisionParams.builder().text("物业一个月内完成选址和报价")
                                .ownerParticipantId(propertyParticipant).dueOn(LocalDate.of(2024, 4, 12)).build(),
                        AllianceDecisionParams.builder().text("业委会征求全体业主意见").build())).build());
        client.alliances().complete(alliance.id(), meeting.decisions().get(0), LocalDate.of(2024, 4, 8));

        out.println("The grid whistles, departments report (网格吹哨、部门报到)");
        Department housing = client.departments().create(DepartmentCreateParams.builder()
                .code("TX_HOUSING_" + (System.nanoTime() % 100_000)).name("区住房和城乡建设局").build());
        Department fire = client.departments().create(DepartmentCreateParams.builder()
                .code("TX_FIRE_" + (System.nanoTime() % 100_000)).name("区消防救援大队").build());
        CaseRecord c = client.cases().report(CaseCreateParams.builder().title("地下车库电动车违规充电")
                .description("3栋地下车库私拉电线给电动车充电，存在火灾隐患").categoryCode("EBIKE_CHARGING")
                .gridId(compound.id()).source(CaseSource.GRID_PATROL).build());
        c = client.cases().accept(c, "网格员受理");
        c = client.cases().dispatchToGrid(c, compound.id(), "网格先行处置");
        c = client.cases().whistle(c, WhistleParams.builder().escalateToStreet().summon(housing.id(), 24)
                .summon(fire.id(), 24).note("网格无法独立解决，吹哨").build());
        int reported = 0;
        for (var summons : client.cases().summonses(c.id(), ListParams.none()).data()) {
            client.cases().acknowledgeSummons(c.id(), summons.id(), "已报到，到场处置");
            reported++;
        }

        PartyStats stats = client.partyOrganizations().stats(community.id());
        OwnersCommitteeShare share = stats.ownersCommittees().get(0);
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
        return figures;
    }
}
