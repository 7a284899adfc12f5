package org.jiceng.examples.beijing;

import org.jiceng.examples.Demo;
import org.jiceng.examples.Example;
import org.jiceng.sdk.JicengClient;
import org.jiceng.sdk.grids.Grid;
import org.jiceng.sdk.grids.GridLevel;
import org.jiceng.sdk.party.InServiceReportParams;
import org.jiceng.sdk.party.PartyMember;
import org.jiceng.sdk.party.PartyOrganization;
import org.jiceng.sdk.party.PartyReport;
import org.jiceng.sdk.party.PartyStats;
import org.jiceng.sdk.volunteers.VolunteerTeam;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Beijing: in-service Party members reporting to their home community (在职党员回社区报到 — 710,000 across the
 * city), accepted or declined by the community; Xiaguangli No. 35, where 18 Party members serve as building-door
 * heads (楼门长) for its 379 households; and volunteer teams by service area, as Tiexi's 14 in four areas.
 */
public final class InServiceReporting implements Example {
    static final int DOORS = 18;
    static final int HOUSEHOLDS = 379;
    static final int REPORTING = 12;
    static final int TEAMS = 14;
    /** 助老, 环境, 文化, 治安. */
    private static final List<String> AREAS = List.of("ELDERLY_CARE", "SANITATION", "CULTURE", "PUBLIC_SECURITY");

    @Override
    public String tenant() {
        return "beijing";
    }

    @Override
    public String title() {
        return "北京: in-service members report to their community, 18 door heads for 379 households";
    }

    @Override
    public Map<String, Object> run(JicengClient client, PrintStream out) {
        Grid district = Demo.district(client, "110105");
        Grid street = Demo.freshStreet(client, district, "示例·左家庄街道");
        Grid community = Demo.child(client, street, GridLevel.COMMUNITY, "001", "示例·曙光社区");
        Grid compound = Demo.child(client, community, GridLevel.COMPOUND, "001", "示例·霞光里35号");

        out.println("Xiaguangli No. 35: " + HOUSEHOLDS + " households behind " + DOORS + " building doors");
        List<Grid> doors = new ArrayList<>();
        for (int d = 1; d <= DOORS; d++) {
            doors.add(Demo.child(client, compound, GridLevel.BUILDING, String.format("%03d", d), d + "号楼门"));
        }
        for (int h = 0; h < HOUSEHOLDS; h++) {
            Grid door = doors.get(h % DOORS);
            client.households().register(door.id(), (h / DOORS + 1) + "层" + (h % 2 + 1) + "号", null, null);
        }

        PartyOrganization committee = client.partyOrganizations().establish(null, "COMMITTEE", "曙光社区党委",
                "COMMUNITY", LocalDate.of(2012, 7, 1));
        PartyOrganization branch = client.partyOrganizations().establish(committee.id(), "BRANCH",
                "霞光里35号党支部", "COMPOUND", LocalDate.of(2016, 7, 1));
        client.partyOrganizations().cover(branch.id(), List.of(compound.id()));
        client.partyOrganizations().cover(committee.id(), List.of(community.id()));
        Demo.IdNumbers ids = new Demo.IdNumbers("110105");
        for (int d = 0; d < DOORS; d++) {
            PartyMember head = client.partyMembers().admit(branch.id(), "楼门长" + (d + 1), null, ids.next(), null,
                    null, LocalDate.of(1980 + d, 7, 1));
            client.partyMembers().linkGrid(head.id(), doors.get(d).id(), LocalDate.of(2022, 1, 1));
        }

        out.println(REPORTING + " in-service members of a city bureau report to the community; one is declined");
        PartyOrganization bureau = client.partyOrganizations().establish(null, "COMMITTEE", "市某局机关党委",
                "INSTITUTION", LocalDate.of(2000, 7, 1));
        int accepted = 0;
        for (int i = 0; i < REPORTING; i++) {
            PartyMember official = client.partyMembers().admit(bureau.id(), "在职党员" + (i + 1), null, ids.next(),
                    null, null, LocalDate.of(2005, 7, 1));
            PartyReport report = client.partyMembers().report(InServiceReportParams.builder()
                    .organizationId(committee.id()).memberId(official.id()).employer("北京市某局")
                    .employerOrganization("市某局机关党委").reportedOn(LocalDate.of(2024, 3, 1)).build());
            if (i == REPORTING - 1) {
                client.partyMembers().declineReport(report.id(), LocalDate.of(2024, 3, 4), "居住地不在本社区");
            } else {
                client.partyMembers().acceptReport(report.id(), LocalDate.of(2024, 3, 4), "欢迎回社区报到");
                accepted++;
            }
        }
        PartyReport outsider = client.partyMembers().report(InServiceReportParams.builder()
                .organizationId(committee.id()).name("外省在京党员").idNumber(new Demo.IdNumbers("130102").next())
                .joinedOn(LocalDate.of(2010, 7, 1)).employer("中央某企业").reportedOn(LocalDate.of(2024, 3, 2))
                .build());
        client.partyMembers().acceptReport(outsider.id(), LocalDate.of(2024, 3, 4), null);
        accepted++;

        out.println(TEAMS + " volunteer teams in " + AREAS.size() + " service areas");
        List<VolunteerTeam> teams = new ArrayList<>();
        for (int t = 0; t < TEAMS; t++) {
            teams.add(client.volunteers().createTeam("曙光志愿服务队" + (t + 1), AREAS.get(t % AREAS.size()),
                    community.id(), null));
        }

        PartyStats stats = client.partyOrganizations().stats(street.id());
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("households", stats.households());
        figures.put("householdsCovered", stats.householdsCovered());
        figures.put("doorHeads", DOORS);
        figures.put("reportsAccepted", accepted);
        figures.put("reportsDeclined", client.partyOrganizations().reports(committee.id(), "DECLINED").stream()
                .count());
        figures.put("inServiceOnRoster", stats.membersByKind().getOrDefault("IN_SERVICE_REPORTED", 0L));
        figures.put("volunteerTeams", teams.size());
        figures.put("serviceAreas", teams.stream().map(VolunteerTeam::serviceArea).distinct().count());
        return figures;
    }
}
