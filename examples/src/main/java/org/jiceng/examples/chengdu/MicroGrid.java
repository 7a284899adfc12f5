package org.jiceng.examples.chengdu;

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
import org.jiceng.sdk.party.HostKind;
import org.jiceng.sdk.party.OrganizationType;
import org.jiceng.sdk.party.PartyOrganization;
import org.jiceng.sdk.party.PartyOrganizationCreateParams;
import org.jiceng.sdk.party.PartyStats;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chengdu's "micro-grid, real grid" (微网实格): every courtyard split into micro-grids, each with its own grid Party
 * organisation — the city counts 64,000 of them — so that Party coverage of compounds and grids is complete; and
 * the closed loop "the grid calls, the street handles, departments report" (网格呼叫、镇街处置、部门报到); and
 * Qingyang's "盖碗茶" open-air meeting, whose decision's task becomes a case ({@link GaiwanTeaMeeting}); and
 * Changshouyuan No. 9's published property-spending ledger ({@link PropertySpending}).
 */
public final class MicroGrid implements Example {
    static final int COURTYARDS = 3;
    static final int MICRO_GRIDS_EACH = 2;
    private static final LocalDate FOUNDED = LocalDate.of(2021, 7, 1);

    @Override
    public String tenant() {
        return "chengdu";
    }

    @Override
    public String title() {
        return "成都: micro-grids each with a Party organisation, the grid calls and departments report";
    }

    @Override
    public Map<String, Object> run(JicengClient client, PrintStream out) {
        Grid street = Demo.freshStreet(client, Demo.district(client, "510108"), "示例·猛追湾街道");
        Grid community = Demo.child(client, street, GridLevel.COMMUNITY, "001", "示例·望平社区");

        out.println(COURTYARDS + " courtyards, " + MICRO_GRIDS_EACH + " micro-grids each, a Party organisation in "
                + "every one");
        PartyOrganization committee = client.partyOrganizations().establish(PartyOrganizationCreateParams.builder()
                .type(OrganizationType.COMMITTEE).name("望平社区党委").hostKind(HostKind.COMMUNITY).establishedOn(FOUNDED)
                .build());
        client.partyOrganizations().cover(committee, List.of(community.id()));
        Grid firstMicroGrid = null;
        for (int c = 1; c <= COURTYARDS; c++) {
            Grid courtyard = Demo.child(client, community, GridLevel.COMPOUND, String.format("%03d", c),
                    "示例·望平" + c + "号院落");
            PartyOrganization branch = client.partyOrganizations().establish(PartyOrganizationCreateParams.builder()
                    .parentId(committee.id()).type(OrganizationType.BRANCH).name("望平" + c + "号院落党支部")
                    .hostKind(HostKind.COMPOUND).establishedOn(FOUNDED).build());
            client.partyOrganizations().cover(branch, List.of(courtyard.id()));
            for (int g = 1; g <= MICRO_GRIDS_EACH; g++) {
                Grid micro = Demo.child(client, courtyard, GridLevel.GRID, String.format("%03d", g),
                        "示例·望平" + c + "号院落第" + g + "微网格");
                PartyOrganization group = client.partyOrganizations().establish(PartyOrganizationCreateParams.builder()
                        .parentId(branch.id()).type(OrganizationType.GROUP).name("望平" + c + "-" + g + "微网格党小组")
                        .hostKind(HostKind.GRID).establishedOn(FOUNDED).build());
                client.partyOrganizations().cover(group, List.of(micro.id()));
                if (firstMicroGrid == null) {
                    firstMicroGrid = micro;
                }
            }
        }

        out.println("The micro-grid calls, the street handles, departments report");
        Department urban = client.departments().create(DepartmentCreateParams.builder()
                .code("CD_URBAN_" + (System.nanoTime() % 100_000)).name("区综合行政执法局").build());
        CaseRecord c = client.cases().report(CaseCreateParams.builder().title("沿街商铺占道经营")
                .description("微网格员巡查发现商铺占用人行道经营").categoryCode("STREET_STALLS")
                .source(CaseSource.GRID_PATROL).gridId(firstMicroGrid.id()).build());
        c = client.cases().accept(c, "微网格员上报");
        c = client.cases().dispatchToGrid(c, firstMicroGrid.id(), "微网格先行处置");
        c = client.cases().whistle(c, WhistleParams.builder().escalateToStreet().summon(urban.id(), 24)
                .note("网格呼叫，镇街处置").build());
        var summonses = client.cases().summonses(c.id(), ListParams.none()).data();
        client.cases().acknowledgeSummons(c.id(), summonses.get(0).id(), "执法中队报到");

        PartyStats stats = client.partyOrganizations().stats(street.id());
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("organizationsByType", stats.organizationsByType());
        figures.put("compounds", stats.compounds());
        figures.put("compoundCoverage", stats.compoundCoverage().orElse(null));
        figures.put("microGrids", stats.grids());
        figures.put("gridCoverage", stats.gridCoverage().orElse(null));
        figures.put("caseStatus", client.cases().retrieve(c.id()).status());
        figures.put("departmentsReported", client.cases().summonses(c.id(), ListParams.none()).data().stream()
                .filter(s -> s.acknowledgedAt().isPresent()).count());
        figures.putAll(GaiwanTeaMeeting.run(client, out));
        figures.putAll(PropertySpending.run(client, out));
        return figures;
    }
}
