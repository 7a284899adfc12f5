package org.jiceng.examples.beijing;

import org.jiceng.examples.Demo;
import org.jiceng.examples.Example;
import org.jiceng.sdk.JicengClient;
import org.jiceng.sdk.grids.Grid;
import org.jiceng.sdk.grids.GridLevel;
import org.jiceng.sdk.grids.HouseholdRegisterParams;
import org.jiceng.sdk.party.HostKind;
import org.jiceng.sdk.party.InServiceReportParams;
import org.jiceng.sdk.party.MemberLinkParams;
import org.jiceng.sdk.party.OrganizationType;
import org.jiceng.sdk.party.PartyDecisionParams;
import org.jiceng.sdk.party.PartyMember;
import org.jiceng.sdk.party.PartyMemberCreateParams;
import org.jiceng.sdk.party.PartyOrganization;
import org.jiceng.sdk.party.PartyOrganizationCreateParams;
import org.jiceng.sdk.party.PartyReport;
import org.jiceng.sdk.party.PartyReportListParams;
import org.jiceng.sdk.party.PartyStats;
import org.jiceng.sdk.party.ReportState;
import org.jiceng.sdk.volunteers.ServiceArea;
import org.jiceng.sdk.volunteers.VolunteerTeam;
import org.jiceng.sdk.volunteers.VolunteerTeamCreateParams;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Beijing: in-service Party members reporting to their home community (在职党员回社区报到 — 710,000 across the
 * city), accepted or declined by the community; Xiaguangli No. 35, where 18 Party members serve as building-door
 * heads (楼门长) for its 379 households; volunteer teams by service area, as Tiexi's 14 in four areas; and the
 * compound's bungalow renovation carried from proposal to evaluation ({@link BungalowRenovation}); and Jiacheng
 * Garden's three lists of resources, needs and projects ({@link ThreeLists}).
 */
public final class InServiceReporting implements Example {
    static final int DOORS = 18;
    static final int HOUSEHOLDS = 379;
    static final int REPORTING = 12;
    static final int TEAMS = 14;
    /** 助老, 环境, 文化, 治安. */
    private static final List<ServiceArea> AREAS = List.of(ServiceArea.ELDERLY_CARE, ServiceArea.SANITATION,
            ServiceArea.CULTURE, ServiceArea.PUBLIC_SECURITY);

    @Override
    public String tenant() {
        return "beijing";
    }

    @Override
    public String title() {
        return "北京: in-service members report to their community, 18 door heads for 379 households, "
                + "the bungalow renovation passed with every vote in favour";
    }

    @Override
    public Map<String, Object> run(JicengClient client, PrintStream out) {
        Grid district = Demo.district(client, "110105");
        Grid street = Demo.freshStreet(client, district, "示例·麦子店街道");
        Grid community = Demo.child(client, street, GridLevel.COMMUNITY, "001", "示例·霞光里社区");
        Grid compound = Demo.child(client, community, GridLevel.COMPOUND, "001", "示例·霞光里35号");

        out.println("Xiaguangli No. 35: " + HOUSEHOLDS + " households behind " + DOORS + " building doors");
        List<Grid> doors = new ArrayList<>();
        for (int d = 1; d <= DOORS; d++) {
            doors.add(Demo.child(client, compound, GridLevel.BUILDING, String.format("%03d", d), d + "号楼门"));
        }
        for (int h = 0; h < HOUSEHOLDS; h++) {
            Grid door = doors.get(h % DOORS);
            client.households().register(HouseholdRegisterParams.builder().gridId(door.id())
                    .address((h / DOORS + 1) + "层" + (h % 2 + 1) + "号").build());
        }

        PartyOrganization committee = client.partyOrganizations().establish(PartyOrganizationCreateParams.builder()
                .type(OrganizationType.COMMITTEE).name("霞光里社区党委").hostKind(HostKind.COMMUNITY)
                .establishedOn(LocalDate.of(2012, 7, 1)).build());
        PartyOrganization branch = client.partyOrganizations().establish(PartyOrganizationCreateParams.builder()
                .parentId(committee.id()).type(OrganizationType.BRANCH).name("霞光里35号党支部").hostKind(HostKind.COMPOUND)
                .establishedOn(LocalDate.of(2016, 7, 1)).build());
        client.partyOrganizations().cover(branch, List.of(compound.id()));
        client.partyOrganizations().cover(committee, List.of(community.id()));
        Demo.IdNumbers ids = new Demo.IdNumbers("110105");
        for (int d = 0; d < DOORS; d++) {
            PartyMember head = client.partyMembers().admit(PartyMemberCreateParams.builder().organizationId(branch.id())
                    .name("楼门长" + (d + 1)).idNumber(ids.next()).joinedOn(LocalDate.of(1980 + d, 7, 1)).build());
            client.partyMembers().link(head.id(), MemberLinkParams.builder().gridId(doors.get(d).id())
                    .linkedOn(LocalDate.of(2022, 1, 1)).build());
        }

        out.println(REPORTING + " in-service members of a city bureau report to the community; one is declined");
        PartyOrganization bureau = client.partyOrganizations().establish(PartyOrganizationCreateParams.builder()
                .type(OrganizationType.COMMITTEE).name("市某局机关党委").hostKind(HostKind.INSTITUTION)
                .establishedOn(LocalDate.of(2000, 7, 1)).build());
        int accepted = 0;
        for (int i = 0; i < REPORTING; i++) {
            PartyMember official = client.partyMembers().admit(PartyMemberCreateParams.builder()
                    .organizationId(bureau.id()).name("在职党员" + (i + 1)).idNumber(ids.next())
                    .joinedOn(LocalDate.of(2005, 7, 1)).build());
            PartyReport report = client.partyReports().report(InServiceReportParams.builder()
                    .organizationId(committee.id()).memberId(official.id()).employer("北京市某局")
                    .employerOrganization("市某局机关党委").reportedOn(LocalDate.of(2024, 3, 1)).build());
            if (i == REPORTING - 1) {
                client.partyReports().decline(report, PartyDecisionParams.builder()
                        .decidedOn(LocalDate.of(2024, 3, 4)).reason("居住地不在本社区").build());
            } else {
                client.partyReports().accept(report, PartyDecisionParams.builder()
                        .decidedOn(LocalDate.of(2024, 3, 4)).note("欢迎回社区报到").build());
                accepted++;
            }
        }
        PartyReport outsider = client.partyReports().report(InServiceReportParams.builder()
                .organizationId(committee.id()).name("外省在京党员").idNumber(new Demo.IdNumbers("130102").next())
                .joinedOn(LocalDate.of(2010, 7, 1)).employer("中央某企业").reportedOn(LocalDate.of(2024, 3, 2))
                .build());
        client.partyReports().accept(outsider, PartyDecisionParams.builder()
                .decidedOn(LocalDate.of(2024, 3, 4)).build());
        accepted++;

        out.println(TEAMS + " volunteer teams in " + AREAS.size() + " service areas");
        List<VolunteerTeam> teams = new ArrayList<>();
        for (int t = 0; t < TEAMS; t++) {
            teams.add(client.volunteerTeams().create(VolunteerTeamCreateParams.builder().name("霞光里志愿服务队" + (t + 1))
                    .serviceArea(AREAS.get(t % AREAS.size())).gridId(community.id()).build()));
        }

        PartyStats stats = client.partyOrganizations().stats(street.id());
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("households", stats.households());
        figures.put("householdsCovered", stats.householdsCovered());
        figures.put("doorHeads", DOORS);
        figures.put("reportsAccepted", accepted);
        figures.put("reportsDeclined", client.partyOrganizations()
                .reports(committee.id(), PartyReportListParams.builder().state(ReportState.DECLINED).build()).stream()
                .count());
        figures.put("inServiceOnRoster", stats.membersByKind().getOrDefault("IN_SERVICE_REPORTED", 0L));
        figures.put("volunteerTeams", teams.size());
        figures.put("serviceAreas", teams.stream().map(VolunteerTeam::serviceArea).distinct().count());

        out.println("The bungalow renovation: propose, deliberate, decide, implement, evaluate");
        figures.putAll(BungalowRenovation.run(client, out, community, compound, committee, branch));

        out.println("Jiacheng Garden's three lists: resources, needs, projects");
        figures.putAll(ThreeLists.run(client, out));
        return figures;
    }
}
