package org.jiceng.examples.sip;

import org.jiceng.examples.Demo;
import org.jiceng.examples.Example;
import org.jiceng.sdk.JicengClient;
import org.jiceng.sdk.cases.CaseCreateParams;
import org.jiceng.sdk.cases.CaseRecord;
import org.jiceng.sdk.cases.CaseSource;
import org.jiceng.sdk.cases.CaseStats;
import org.jiceng.sdk.cases.CaseStatsParams;
import org.jiceng.sdk.grids.Grid;
import org.jiceng.sdk.grids.GridLevel;
import org.jiceng.sdk.party.AllianceParams;
import org.jiceng.sdk.party.AllianceParticipantParams;
import org.jiceng.sdk.party.BodyKind;
import org.jiceng.sdk.party.CommunityBody;
import org.jiceng.sdk.party.CommunityBodyCreateParams;
import org.jiceng.sdk.party.HostKind;
import org.jiceng.sdk.party.OrganizationType;
import org.jiceng.sdk.party.OwnersCommitteeShare;
import org.jiceng.sdk.party.PartyMember;
import org.jiceng.sdk.party.PartyMemberCreateParams;
import org.jiceng.sdk.party.PartyOrganization;
import org.jiceng.sdk.party.PartyOrganizationCreateParams;
import org.jiceng.sdk.party.SeatParams;
import org.jiceng.sdk.party.SeatStanding;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Suzhou Industrial Park: the Party–masses interaction platform (党群互动平台). Residents file appeals (诉求) with
 * their real names and the community closes the loop — 99 of 100 here, the park's 99 % completion; the
 * three-party agreement of residents' committee, owners' committee and property company; and Fenghuang's
 * owners'-committee election, where 5 of the 9 candidates are Party members against the 30 % target the platform
 * reports, never enforces.
 */
public final class PartyMassesPlatform implements Example {
    static final int APPEALS = 100;
    static final int COMPLETED = 99;
    static final int CANDIDATES = 9;
    static final int PARTY_CANDIDATES = 5;

    @Override
    public String tenant() {
        return "sip";
    }

    @Override
    public String title() {
        return "苏州工业园区: residents' appeals closed 99 %, the three-party agreement, 5 of 9 candidates Party members";
    }

    @Override
    public Map<String, Object> run(JicengClient client, PrintStream out) {
        Grid street = Demo.freshStreet(client, Demo.district(client, "320571"), "示例·斜塘街道");
        Grid community = Demo.child(client, street, GridLevel.COMMUNITY, "001", "示例·凤凰社区");
        Grid compound = Demo.child(client, community, GridLevel.COMPOUND, "001", "示例·凤凰城小区");

        out.println("The three-party agreement: residents' committee, owners' committee, property company");
        PartyOrganization branch = client.partyOrganizations().establish(PartyOrganizationCreateParams.builder()
                .type(OrganizationType.BRANCH).name("凤凰社区党支部").hostKind(HostKind.COMMUNITY)
                .establishedOn(LocalDate.of(2010, 7, 1)).build());
        client.partyOrganizations().cover(branch, List.of(compound.id()));
        CommunityBody residents = client.communityBodies().create(CommunityBodyCreateParams.builder()
                .kind(BodyKind.RESIDENTS_COMMITTEE).name("凤凰社区居民委员会").gridId(community.id())
                .establishedOn(LocalDate.of(2008, 1, 1)).build());
        CommunityBody owners = client.communityBodies().create(CommunityBodyCreateParams.builder()
                .kind(BodyKind.OWNERS_COMMITTEE).name("凤凰城业主委员会").gridId(compound.id())
                .establishedOn(LocalDate.of(2012, 1, 1)).build());
        CommunityBody property = client.communityBodies().create(CommunityBodyCreateParams.builder()
                .kind(BodyKind.PROPERTY_COMPANY).name("凤凰城物业服务中心").gridId(compound.id())
                .establishedOn(LocalDate.of(2009, 1, 1)).build());
        var agreement = client.alliances().form(AllianceParams.builder().name("凤凰城三方协议")
                .gridId(compound.id()).establishedOn(LocalDate.of(2016, 1, 1)).participants(List.of(
                        AllianceParticipantParams.builder().partyOrganizationId(branch.id()).lead(true).build(),
                        AllianceParticipantParams.builder().bodyId(residents.id()).build(),
                        AllianceParticipantParams.builder().bodyId(owners.id()).build(),
                        AllianceParticipantParams.builder().bodyId(property.id()).build())).build());

        out.println("The owners' committee election: " + CANDIDATES + " candidates, " + PARTY_CANDIDATES
                + " of them Party members");
        Demo.IdNumbers ids = new Demo.IdNumbers("320571");
        for (int i = 1; i <= CANDIDATES; i++) {
            SeatParams.Builder seat = SeatParams.builder().standing(SeatStanding.CANDIDATE)
                    .startedOn(LocalDate.of(2024, 5, 6));
            if (i <= PARTY_CANDIDATES) {
                PartyMember m = client.partyMembers().admit(PartyMemberCreateParams.builder()
                        .organizationId(branch.id()).name("候选党员" + i).idNumber(ids.next())
                        .joinedOn(LocalDate.of(2000 + i, 7, 1)).build());
                seat.partyMemberId(m.id());
            } else {
                seat.name("候选业主" + i);
            }
            client.communityBodies().seat(owners.id(), seat.build());
        }

        out.println("Residents file " + APPEALS + " appeals with their real names; " + COMPLETED + " are closed");
        for (int i = 1; i <= APPEALS; i++) {
            CaseRecord c = client.cases().report(CaseCreateParams.builder().title("诉求" + i)
                    .description(i % 2 == 0 ? "楼道堆放杂物，影响消防通道" : "小区路灯损坏")
                    .categoryCode(i % 2 == 0 ? "SAFETY_HAZARD" : "FACILITY_REPAIR").source(CaseSource.RESIDENT_APP)
                    .reporterContact("居民" + i, String.format("139%08d", i)).gridId(compound.id()).build());
            if (i > COMPLETED) {
                continue;
            }
            c = client.cases().accept(c, "社区受理");
            c = client.cases().dispatchToGrid(c, compound.id(), "网格员处置");
            c = client.cases().acknowledge(c, "网格员接单");
            c = client.cases().resolve(c, "已处理");
            client.cases().verify(c, true, "居民确认");
        }
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        CaseStats stats = client.cases().stats(CaseStatsParams.builder().groupBy(GridLevel.COMMUNITY)
                .gridId(street.id()).from(today.minusDays(1)).to(today.plusDays(1)).build());
        CaseStats.Group fenghuang = stats.groups().get(0);
        OwnersCommitteeShare election = client.partyOrganizations().stats(street.id()).ownersCommittees().get(0);

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("appeals", fenghuang.reported());
        figures.put("closed", fenghuang.closed());
        figures.put("completionRate", Math.round(100.0 * fenghuang.closed() / fenghuang.reported()) / 100.0);
        figures.put("candidates", election.candidates());
        figures.put("candidatePartyMembers", election.candidatePartyMembers());
        figures.put("candidatePartyShare", election.candidatePartyShare().orElse(null));
        figures.put("agreementParties", agreement.participants().size());
        return figures;
    }
}
