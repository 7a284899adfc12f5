package org.jiceng.examples.beijing;

import org.jiceng.examples.Demo;
import org.jiceng.sdk.JicengClient;
import org.jiceng.sdk.cases.Department;
import org.jiceng.sdk.cases.DepartmentCreateParams;
import org.jiceng.sdk.cases.DepartmentKind;
import org.jiceng.sdk.grids.Grid;
import org.jiceng.sdk.grids.GridLevel;
import org.jiceng.sdk.lists.CommunityResource;
import org.jiceng.sdk.lists.Escalation;
import org.jiceng.sdk.lists.Funding;
import org.jiceng.sdk.lists.ListCounts;
import org.jiceng.sdk.lists.Need;
import org.jiceng.sdk.lists.NeedParams;
import org.jiceng.sdk.lists.NeedRoute;
import org.jiceng.sdk.lists.NeedSource;
import org.jiceng.sdk.lists.Project;
import org.jiceng.sdk.lists.ProjectListParams;
import org.jiceng.sdk.lists.ProjectMilestoneParams;
import org.jiceng.sdk.lists.ProjectPlanParams;
import org.jiceng.sdk.lists.ProjectState;
import org.jiceng.sdk.lists.ProviderKind;
import org.jiceng.sdk.lists.ResourceCreateParams;
import org.jiceng.sdk.lists.ResourceKind;
import org.jiceng.sdk.lists.TriageParams;
import org.jiceng.sdk.party.BodyKind;
import org.jiceng.sdk.party.CommunityBody;
import org.jiceng.sdk.party.CommunityBodyCreateParams;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Jiacheng Garden's three lists (嘉诚花园社区“三个清单”). Resources: 8 places, 3 teams and 162 people inside the
 * community, and 3 providers outside it through the five-party co-building (the property company, the Dongxiaokou
 * health service centre, the municipal finance bureau). Needs: 9 gathered from forums, visits, the 12345 hotline
 * and deliberation meetings, one of them escalated to the street through "street whistles, departments report".
 * Projects: 9, among them the works the seed names and the environmental clean-up as a long-term project.
 *
 * <p>The seed does not say how the 162 people divide between roles, nor which projects are done: this example's
 * split is 6 grid heads, 14 residents' group heads, 42 building-door heads and 100 volunteers, and it marks done the
 * greening, the bicycle shed, the municipal water, the basketball court, the north-gate square and the roads.
 */
final class ThreeLists {
    static final List<String> PLACES = List.of("党员活动室", "会议室", "图书室", "舞蹈室", "书画室", "乒乓球室", "篮球场",
            "儿童游乐场");
    static final List<String> TEAMS = List.of("老党员先锋队", "在职党员心愿认领队", "组团服务队");
    /** The example's own split of the seed's 162 people. */
    static final Map<String, Integer> PEOPLE = new LinkedHashMap<>(Map.of("网格长", 6, "居民小组长", 14, "楼门长", 42,
            "志愿者", 100));
    static final List<String> DONE = List.of("绿化", "自行车棚", "井水改市政供水", "篮球场", "北门广场", "道路");

    private ThreeLists() {
    }

    static Map<String, Object> run(JicengClient client, PrintStream out) {
        Grid street = Demo.freshStreet(client, Demo.district(client, "110114"), "示例·天通苑南街道");
        Grid community = Demo.child(client, street, GridLevel.COMMUNITY, "001", "示例·嘉诚花园社区");

        out.println("The resources list: 8 places, 3 teams, 162 people inside; 3 providers outside");
        for (String place : PLACES) {
            resource(client, community, ResourceKind.PLACE, place, ProviderKind.COMMUNITY, null, null, null);
        }
        for (String team : TEAMS) {
            resource(client, community, ResourceKind.TEAM, team, ProviderKind.COMMUNITY, null, null, null);
        }
        PEOPLE.forEach((role, count) -> resource(client, community, ResourceKind.PERSON_POOL, role,
                ProviderKind.COMMUNITY, null, null, count));
        CommunityBody property = client.communityBodies().create(CommunityBodyCreateParams.builder()
                .kind(BodyKind.PROPERTY_COMPANY).name("嘉诚花园物业公司").gridId(community.id())
                .establishedOn(LocalDate.of(2005, 1, 1)).build());
        Department clinic = client.departments().create(DepartmentCreateParams.builder()
                .code("BJ_DXK_HEALTH_" + (System.nanoTime() % 100_000)).name("东小口社区卫生服务中心")
                .kind(DepartmentKind.OTHER_UNIT).build());
        Department finance = client.departments().create(DepartmentCreateParams.builder()
                .code("BJ_FINANCE_" + (System.nanoTime() % 100_000)).name("市财政局").build());
        resource(client, community, ResourceKind.SERVICE, "物业服务", ProviderKind.COMMUNITY_BODY, property.id(), null,
                null);
        resource(client, community, ResourceKind.SERVICE, "家庭医生签约", ProviderKind.DEPARTMENT, clinic.id(), null,
                null);
        CommunityResource support = resource(client, community, ResourceKind.FUND, "社区建设支持资金",
                ProviderKind.DEPARTMENT, finance.id(), null, null);

        out.println("The needs list: 9 needs; what the community cannot solve goes to the street");
        Department trafficDept = client.departments().create(DepartmentCreateParams.builder()
                .code("BJ_TRAFFIC_" + (System.nanoTime() % 100_000)).name("区交通委").build());
        List<String> works = List.of("绿化", "自行车棚", "井水改市政供水", "篮球场", "北门广场", "道路", "文化中心",
                "环境整治");
        List<Need> needs = new ArrayList<>();
        NeedSource[] sources = {NeedSource.FORUM, NeedSource.VISIT, NeedSource.HOTLINE, NeedSource.COUNCIL};
        for (int i = 0; i < works.size(); i++) {
            needs.add(client.needs().gather(NeedParams.builder().gridId(community.id()).title(works.get(i))
                    .description("居民反映：" + works.get(i)).category(i < 6 ? "基础设施" : "环境文化")
                    .source(sources[i % sources.length]).households(20 + i * 5).build()));
        }
        Need traffic = client.needs().gather(NeedParams.builder().gridId(community.id()).title("小区门前道路拥堵")
                .description("早晚高峰拥堵，社区层面处理不了").category("交通").source(NeedSource.HOTLINE).households(150)
                .build());
        client.needs().triage(traffic, TriageParams.builder().route(NeedRoute.ESCALATE).escalation(Escalation
                .builder().categoryCode("OTHER").departmentIds(List.of(trafficDept.id())).hours(48).build()).build());
        List<Need> matched = new ArrayList<>();
        for (Need n : needs) {
            matched.add(client.needs().triage(n, TriageParams.builder().route(NeedRoute.COMMUNITY)
                    .resourceIds(List.of(support.id())).build()));
        }

        out.println("The projects list: 9 projects, 6 done; the clean-up is long-term");
        List<Project> projects = new ArrayList<>();
        for (int i = 0; i < works.size(); i++) {
            projects.add(project(client, community, works.get(i), List.of(matched.get(i).id()), finance.id(),
                    works.get(i).equals("环境整治")));
        }
        projects.add(project(client, community, "楼院环境提升", List.of(matched.get(7).id()), finance.id(), false));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (Project p : projects) {
            if (DONE.contains(p.title())) {
                Project started = client.projects().start(p);
                client.projects().reachMilestone(started, ProjectMilestoneParams.builder().reachedOn(today)
                        .progress(100).note("完工").build());
            } else if (p.title().equals("环境整治") || p.title().equals("文化中心")) {
                Project started = client.projects().start(p);
                client.projects().reachMilestone(started, ProjectMilestoneParams.builder().reachedOn(today)
                        .progress(60).note("持续推进：党员、在职党员和志愿者共同参与").build());
            }
        }

        ListCounts counts = client.communityResources().stats(community.id());
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("listPlaces", counts.resourcesByKind().get("PLACE"));
        figures.put("listTeams", counts.resourcesByKind().get("TEAM"));
        figures.put("listPeople", client.communityResources().list(community.id(), org.jiceng.sdk.ListParams.none())
                .stream().filter(r -> r.kind() == ResourceKind.PERSON_POOL).mapToInt(r -> r.capacity().orElse(0))
                .sum());
        figures.put("listOutsideProviders", counts.resourcesOutside());
        figures.put("listNeeds", counts.needsByRouteAndStatus().values().stream().mapToLong(Long::longValue).sum());
        figures.put("listNeedsEscalated", counts.needsByRouteAndStatus().getOrDefault("ESCALATE/ESCALATED", 0L));
        figures.put("listProjects", counts.projectsByState().values().stream().mapToLong(Long::longValue).sum());
        figures.put("listProjectsDone", counts.projectsByState().getOrDefault("DONE", 0L));
        figures.put("listLongTermInProgress", client.projects().list(ProjectListParams.builder()
                .gridId(community.id()).state(ProjectState.IN_PROGRESS).build()).stream().anyMatch(Project::longTerm));
        return figures;
    }

    private static CommunityResource resource(JicengClient client, Grid community, ResourceKind kind, String name,
                                              ProviderKind provider, String providerRef, String providerName,
                                              Integer capacity) {
        return client.communityResources().create(ResourceCreateParams.builder().gridId(community.id()).kind(kind)
                .name(name).providerKind(provider).providerRef(providerRef).providerName(providerName)
                .capacity(capacity).build());
    }

    private static Project project(JicengClient client, Grid community, String title, List<String> needs,
                                   String ownerId, boolean longTerm) {
        return client.projects().plan(ProjectPlanParams.builder().gridId(community.id()).title(title)
                .description("征集需求 → 民主协商 → 确定项目：" + title).needIds(needs).budgetFen(longTerm ? 0L : 3_000_000L)
                .funding(List.of(Funding.builder().kind("SUPPORT_FUND").name("上级拨付支持资金").amountFen(2_000_000L)
                        .build(), Funding.builder().kind("PARTY_SERVICE_FUND").name("党组织服务群众经费")
                        .amountFen(longTerm ? 0L : 1_000_000L).build())).ownerKind("DEPARTMENT").ownerId(ownerId)
                .longTerm(longTerm).build());
    }
}
