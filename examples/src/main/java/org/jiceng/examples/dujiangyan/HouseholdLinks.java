package org.jiceng.examples.dujiangyan;

import org.jiceng.examples.Demo;
import org.jiceng.examples.Example;
import org.jiceng.sdk.JicengClient;
import org.jiceng.sdk.ListParams;
import org.jiceng.sdk.cases.CaseCreateParams;
import org.jiceng.sdk.cases.CaseRecord;
import org.jiceng.sdk.cases.CaseSource;
import org.jiceng.sdk.cases.CaseStats;
import org.jiceng.sdk.cases.CaseStatsParams;
import org.jiceng.sdk.grids.Grid;
import org.jiceng.sdk.grids.GridLevel;
import org.jiceng.sdk.grids.Household;
import org.jiceng.sdk.grids.HouseholdRegisterParams;
import org.jiceng.sdk.party.HostKind;
import org.jiceng.sdk.party.HouseholdCount;
import org.jiceng.sdk.party.MemberLinkParams;
import org.jiceng.sdk.party.OrganizationType;
import org.jiceng.sdk.party.PartyMember;
import org.jiceng.sdk.party.PartyMemberCreateParams;
import org.jiceng.sdk.party.PartyOrganization;
import org.jiceng.sdk.party.PartyOrganizationCreateParams;
import org.jiceng.sdk.party.PartyStats;
import org.jiceng.sdk.volunteers.Activity;
import org.jiceng.sdk.volunteers.ActivityCreateParams;
import org.jiceng.sdk.volunteers.ActivitySignup;
import org.jiceng.sdk.volunteers.Volunteer;
import org.jiceng.sdk.volunteers.VolunteerRegisterParams;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Dujiangyan: a courtyard of 100 households, each Party member linked to ten of them (党员联户); a temporary Party
 * branch formed for one redevelopment plot; cadres walking the courtyards every Tuesday and keeping the problem
 * ledger (问题台账) — 126 opinions, 110 resolved, the ratio of the city's 1,260 and 1,100; and the volunteer points
 * system paying a member for the courtyard clean-up; and Qipan community's rules on banquets, a convention
 * ({@link QipanConvention}).
 */
public final class HouseholdLinks implements Example {
    static final int BUILDINGS = 5;
    static final int HOUSEHOLDS_PER_BUILDING = 20;
    static final int MEMBERS = 10;
    static final int OPINIONS = 126;
    static final int RESOLVED = 110;

    @Override
    public String tenant() {
        return "dujiangyan";
    }

    @Override
    public String title() {
        return "都江堰: Party members linked to households, a temporary branch, the Tuesday problem ledger";
    }

    @Override
    public Map<String, Object> run(JicengClient client, PrintStream out) {
        Grid district = Demo.district(client, "510181");
        Grid street = Demo.freshStreet(client, district, "示例·幸福街道");
        Grid community = Demo.child(client, street, GridLevel.COMMUNITY, "001", "示例·灌州社区");
        Grid courtyard = Demo.child(client, community, GridLevel.COMPOUND, "001", "示例·灌州院落");

        out.println("A courtyard of " + BUILDINGS * HOUSEHOLDS_PER_BUILDING + " households");
        List<Household> households = new ArrayList<>();
        for (int b = 1; b <= BUILDINGS; b++) {
            Grid building = Demo.child(client, courtyard, GridLevel.BUILDING, String.format("%03d", b), b + "栋");
            for (int h = 1; h <= HOUSEHOLDS_PER_BUILDING; h++) {
                households.add(client.households().register(HouseholdRegisterParams.builder().gridId(building.id())
                        .address(String.format("%d单元%d%02d",
                        (h - 1) / 10 + 1, (h - 1) % 10 / 2 + 1, h % 2 + 1)).headName("户主" + b + "-" + h).build()));
            }
        }

        out.println(MEMBERS + " Party members, each linked to " + households.size() / MEMBERS + " households");
        PartyOrganization committee = client.partyOrganizations().establish(PartyOrganizationCreateParams.builder()
                .type(OrganizationType.COMMITTEE).name("灌州社区党委").hostKind(HostKind.COMMUNITY)
                .establishedOn(LocalDate.of(2015, 7, 1)).build());
        PartyOrganization branch = client.partyOrganizations().establish(PartyOrganizationCreateParams.builder()
                .parentId(committee.id()).type(OrganizationType.BRANCH).name("灌州院落党支部").hostKind(HostKind.COMPOUND)
                .establishedOn(LocalDate.of(2016, 7, 1)).build());
        client.partyOrganizations().cover(branch, List.of(courtyard.id()));
        Demo.IdNumbers ids = new Demo.IdNumbers("510181");
        List<PartyMember> members = new ArrayList<>();
        for (int m = 0; m < MEMBERS; m++) {
            PartyMember member = client.partyMembers().admit(PartyMemberCreateParams.builder()
                    .organizationId(branch.id()).name("联户党员" + (m + 1)).idNumber(ids.next())
                    .joinedOn(LocalDate.of(1990 + m, 7, 1)).build());
            members.add(member);
            int share = households.size() / MEMBERS;
            for (Household h : households.subList(m * share, (m + 1) * share)) {
                client.partyMembers().link(member.id(), MemberLinkParams.builder().householdId(h.id())
                        .linkedOn(LocalDate.of(2023, 3, 1)).build());
            }
        }

        out.println("A temporary Party branch for the redevelopment plot");
        PartyOrganization temporary = client.partyOrganizations().establish(PartyOrganizationCreateParams.builder()
                .parentId(committee.id()).type(OrganizationType.TEMPORARY_BRANCH).name("灌州片区棚改地块临时党支部")
                .hostKind(HostKind.COMMUNITY).establishedOn(LocalDate.of(2026, 4, 1)).purpose("棚户区改造地块征收与安置")
                .endsOn(LocalDate.of(2027, 6, 30)).build());

        out.println("Tuesday courtyard walks: " + OPINIONS + " opinions in the ledger, " + RESOLVED + " resolved");
        for (int i = 1; i <= OPINIONS; i++) {
            CaseRecord c = client.cases().report(CaseCreateParams.builder().title("院落意见" + i)
                    .description(i % 3 == 0 ? "院坝路面破损" : i % 3 == 1 ? "楼道灯不亮" : "下水道堵塞")
                    .categoryCode("FACILITY_REPAIR").source(CaseSource.COURTYARD_VISIT).gridId(courtyard.id()).build());
            if (i <= RESOLVED) {
                c = client.cases().accept(c, "周二走院落收集");
                c = client.cases().dispatchToGrid(c, courtyard.id(), "院落党支部牵头");
                c = client.cases().acknowledge(c, "院落党支部接单");
                c = client.cases().resolve(c, "已解决");
                client.cases().verify(c, true, "居民认可");
            }
        }

        out.println("The volunteer points system: the courtyard clean-up earns points");
        Volunteer volunteer = client.volunteers().register(VolunteerRegisterParams.builder().name("联户党员1")
                .homeGridId(courtyard.id()).partyMemberId(members.get(0).id()).build());
        OffsetDateTime now = OffsetDateTime.now();
        Activity cleanUp = client.activities().create(ActivityCreateParams.builder().title("院落大扫除")
                .gridId(courtyard.id()).startsAt(now.minusHours(3)).endsAt(now.plusHours(1)).capacity(20)
                .pointsPerHour(10).build());
        ActivitySignup signup = client.activities().checkOut(client.activities().checkIn(
                client.activities().signUp(cleanUp.id(), volunteer.id())));
        client.activities().verify(signup, 120);

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        CaseStats.Group ledger = client.cases().stats(CaseStatsParams.builder().groupBy(GridLevel.COMMUNITY)
                .gridId(street.id()).from(today.minusDays(1)).to(today.plusDays(1)).build()).groups().get(0);
        PartyStats stats = client.partyOrganizations().stats(street.id());
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("households", stats.households());
        figures.put("householdCoverage", stats.householdCoverage().orElse(null));
        var perMember = client.partyOrganizations().householdCoverage(branch.id(), ListParams.none()).stream()
                .mapToLong(HouseholdCount::households).summaryStatistics();
        figures.put("householdsPerMemberMin", perMember.getMin());
        figures.put("householdsPerMemberMax", perMember.getMax());
        figures.put("temporaryBranchEndsOn", temporary.endsOn().orElse(null));
        figures.put("opinions", ledger.reported());
        figures.put("resolved", ledger.closed());
        figures.put("volunteerPoints", client.volunteers().retrieve(volunteer.id()).balance());
        figures.putAll(QipanConvention.run(client, out, district));
        return figures;
    }
}
