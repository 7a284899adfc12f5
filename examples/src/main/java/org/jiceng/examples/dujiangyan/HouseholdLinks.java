package org.jiceng.examples.dujiangyan;

import org.jiceng.examples.Demo;
import org.jiceng.examples.Example;
import org.jiceng.sdk.JicengClient;
import org.jiceng.sdk.cases.CaseCreateParams;
import org.jiceng.sdk.cases.CaseRecord;
import org.jiceng.sdk.cases.CaseStats;
import org.jiceng.sdk.grids.Grid;
import org.jiceng.sdk.grids.GridLevel;
import org.jiceng.sdk.grids.Household;
import org.jiceng.sdk.party.HouseholdCount;
import org.jiceng.sdk.party.PartyMember;
import org.jiceng.sdk.party.PartyOrganization;
import org.jiceng.sdk.party.PartyStats;
import org.jiceng.sdk.volunteers.Activity;
import org.jiceng.sdk.volunteers.ActivitySignup;
import org.jiceng.sdk.volunteers.Volunteer;

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
 * system paying a member for the courtyard clean-up.
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
        Grid street = Demo.freshStreet(client, Demo.district(client, "510181"), "示例·幸福街道");
        Grid community = Demo.child(client, street, GridLevel.COMMUNITY, "001", "示例·灌州社区");
        Grid courtyard = Demo.child(client, community, GridLevel.COMPOUND, "001", "示例·灌州院落");

        out.println("A courtyard of " + BUILDINGS * HOUSEHOLDS_PER_BUILDING + " households");
        List<Household> households = new ArrayList<>();
        for (int b = 1; b <= BUILDINGS; b++) {
            Grid building = Demo.child(client, courtyard, GridLevel.BUILDING, String.format("%03d", b), b + "栋");
            for (int h = 1; h <= HOUSEHOLDS_PER_BUILDING; h++) {
                households.add(client.households().register(building.id(), String.format("%d单元%d%02d",
                        (h - 1) / 10 + 1, (h - 1) % 10 / 2 + 1, h % 2 + 1), "户主" + b + "-" + h, null));
            }
        }

        out.println(MEMBERS + " Party members, each linked to " + households.size() / MEMBERS + " households");
        PartyOrganization committee = client.partyOrganizations().establish(null, "COMMITTEE", "灌州社区党委",
                "COMMUNITY", LocalDate.of(2015, 7, 1));
        PartyOrganization branch = client.partyOrganizations().establish(committee.id(), "BRANCH",
                "灌州院落党支部", "COMPOUND", LocalDate.of(2016, 7, 1));
        client.partyOrganizations().cover(branch.id(), List.of(courtyard.id()));
        Demo.IdNumbers ids = new Demo.IdNumbers("510181");
        List<PartyMember> members = new ArrayList<>();
        for (int m = 0; m < MEMBERS; m++) {
            PartyMember member = client.partyMembers().admit(branch.id(), "联户党员" + (m + 1), null, ids.next(),
                    null, null, LocalDate.of(1990 + m, 7, 1));
            members.add(member);
            int share = households.size() / MEMBERS;
            for (Household h : households.subList(m * share, (m + 1) * share)) {
                client.partyMembers().linkHousehold(member.id(), h.id(), LocalDate.of(2023, 3, 1));
            }
        }

        out.println("A temporary Party branch for the redevelopment plot");
        PartyOrganization temporary = client.partyOrganizations().establish(committee.id(), "TEMPORARY_BRANCH",
                "灌州片区棚改地块临时党支部", "COMMUNITY", LocalDate.of(2026, 4, 1), "棚户区改造地块征收与安置",
                LocalDate.of(2027, 6, 30));

        out.println("Tuesday courtyard walks: " + OPINIONS + " opinions in the ledger, " + RESOLVED + " resolved");
        for (int i = 1; i <= OPINIONS; i++) {
            CaseRecord c = client.cases().report(CaseCreateParams.builder().title("院落意见" + i)
                    .description(i % 3 == 0 ? "院坝路面破损" : i % 3 == 1 ? "楼道灯不亮" : "下水道堵塞")
                    .categoryCode("FACILITY_REPAIR").source("COURTYARD_VISIT").gridId(courtyard.id()).build());
            if (i <= RESOLVED) {
                c = client.cases().accept(c, "周二走院落收集");
                c = client.cases().dispatchToGrid(c, courtyard.id(), "院落党支部牵头");
                c = client.cases().acknowledge(c, "院落党支部接单");
                c = client.cases().resolve(c, "已解决");
                client.cases().verify(c, true, "居民认可");
            }
        }

        out.println("The volunteer points system: the courtyard clean-up earns points");
        Volunteer volunteer = client.volunteers().register("联户党员1", null, courtyard.id(), null, null, null,
                members.get(0).id());
        OffsetDateTime now = OffsetDateTime.now();
        Activity cleanUp = client.volunteers().createActivity("院落大扫除", courtyard.id(), now.minusHours(3),
                now.plusHours(1), 20, null, 10);
        ActivitySignup signup = client.volunteers().checkOut(client.volunteers().checkIn(
                client.volunteers().signUp(cleanUp.id(), volunteer.id())));
        client.volunteers().verify(signup, 120);

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        CaseStats.Group ledger = client.cases().stats("COMMUNITY", street.id(), null, today.minusDays(1),
                today.plusDays(1)).groups().get(0);
        PartyStats stats = client.partyOrganizations().stats(street.id());
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("households", stats.households());
        figures.put("householdCoverage", stats.householdCoverage().orElse(null));
        var perMember = client.partyOrganizations().householdCoverage(branch.id()).stream()
                .mapToLong(HouseholdCount::households).summaryStatistics();
        figures.put("householdsPerMemberMin", perMember.getMin());
        figures.put("householdsPerMemberMax", perMember.getMax());
        figures.put("temporaryBranchEndsOn", temporary.endsOn().orElse(null));
        figures.put("opinions", ledger.reported());
        figures.put("resolved", ledger.closed());
        figures.put("volunteerPoints", client.volunteers().retrieve(volunteer.id()).balance());
        return figures;
    }
}
