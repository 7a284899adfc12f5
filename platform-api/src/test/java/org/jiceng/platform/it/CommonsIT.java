package org.jiceng.platform.it;

import org.jiceng.sdk.JicengClient;
import org.jiceng.sdk.ListParams;
import org.jiceng.sdk.RequestOptions;
import org.jiceng.sdk.cases.CaseRecord;
import org.jiceng.sdk.cases.Department;
import org.jiceng.sdk.cases.DepartmentCreateParams;
import org.jiceng.sdk.lists.Booking;
import org.jiceng.sdk.lists.BookingParams;
import org.jiceng.sdk.lists.CommunityResource;
import org.jiceng.sdk.lists.Escalation;
import org.jiceng.sdk.lists.Funding;
import org.jiceng.sdk.lists.ListCounts;
import org.jiceng.sdk.lists.Need;
import org.jiceng.sdk.lists.NeedParams;
import org.jiceng.sdk.lists.NeedRoute;
import org.jiceng.sdk.lists.NeedSource;
import org.jiceng.sdk.lists.NeedStatus;
import org.jiceng.sdk.lists.Project;
import org.jiceng.sdk.lists.ProjectEvaluationParams;
import org.jiceng.sdk.lists.ProjectEvaluations;
import org.jiceng.sdk.lists.ProjectMilestoneParams;
import org.jiceng.sdk.lists.ProjectPlanParams;
import org.jiceng.sdk.lists.ProjectState;
import org.jiceng.sdk.lists.ProviderKind;
import org.jiceng.sdk.lists.ResourceCreateParams;
import org.jiceng.sdk.lists.ResourceKind;
import org.jiceng.sdk.lists.TriageParams;
import org.jiceng.sdk.errors.ConflictException;
import org.jiceng.sdk.errors.NotFoundException;
import org.jiceng.sdk.errors.PermissionDeniedException;
import org.jiceng.sdk.funds.Attachment;
import org.jiceng.sdk.funds.AuthorityKind;
import org.jiceng.sdk.funds.BudgetLine;
import org.jiceng.sdk.funds.BudgetLineParams;
import org.jiceng.sdk.funds.CounterpartyKind;
import org.jiceng.sdk.funds.EntryDirection;
import org.jiceng.sdk.funds.EntryState;
import org.jiceng.sdk.funds.FundAccount;
import org.jiceng.sdk.funds.FundAccountCreateParams;
import org.jiceng.sdk.funds.FundAccountKind;
import org.jiceng.sdk.funds.FundEntry;
import org.jiceng.sdk.funds.FundEntryListParams;
import org.jiceng.sdk.funds.FundEntryParams;
import org.jiceng.sdk.funds.FundPeriod;
import org.jiceng.sdk.funds.FundReversalParams;
import org.jiceng.sdk.funds.FundSpending;
import org.jiceng.sdk.funds.FundSpendingParams;
import org.jiceng.sdk.funds.LedgerVerification;
import org.jiceng.sdk.funds.PeriodKind;
import org.jiceng.sdk.funds.PeriodState;
import org.jiceng.sdk.funds.PublicLedger;
import org.jiceng.sdk.grids.Grid;
import org.jiceng.sdk.grids.GridCreateParams;
import org.jiceng.sdk.grids.GridLevel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Public-fund ledgers through the SDK against the real platform, PostgreSQL and Keycloak. */
class CommonsIT extends AgainstPlatform {
    private static final AtomicInteger STREET = new AtomicInteger(0);
    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    URL base;
    JicengClient admin;
    JicengClient street;
    JicengClient beta;

    @BeforeEach
    void setUp() {
        base = PlatformEnvironment.local(deployed);
        admin = Tenants.client(base, PlatformEnvironment.ALPHA, "alpha-admin");
        street = Tenants.client(base, PlatformEnvironment.ALPHA, "alpha-street");
        beta = Tenants.client(base, PlatformEnvironment.BETA, "beta-admin");
    }

    /** A fresh compound of the alpha tenant (street codes 400-489 are this class's). */
    private Grid compound() {
        Grid root = Tenants.alphaRoot(admin);
        Grid s = grid(root, GridLevel.STREET, String.valueOf(400 + STREET.getAndIncrement() % 90), "武侯区某街道");
        Grid community = grid(s, GridLevel.COMMUNITY, "001", "社区");
        return grid(community, GridLevel.COMPOUND, "001", "长寿苑9号");
    }

    private Grid grid(Grid parent, GridLevel level, String segment, String name) {
        return admin.grids().create(GridCreateParams.builder().parentId(parent.id()).level(level)
                .code(parent.code() + segment).name(name).build());
    }

    private FundAccount account(Grid compound) {
        return admin.fundAccounts().create(FundAccountCreateParams.builder().gridId(compound.id())
                .kind(FundAccountKind.PROPERTY_FEE).name("物业费收支").periodKind(PeriodKind.YEAR)
                .secondApprovalFen(1_000_000L).build());
    }

    private FundEntry entry(FundAccount a, EntryDirection d, long fen, LocalDate on, String category,
                            CounterpartyKind kind, String who, BudgetLine line) {
        return admin.fundAccounts().record(a.id(), FundEntryParams.builder().direction(d).amountFen(fen).occurredOn(on)
                .category(category).counterpartyKind(kind).counterpartyName(who)
                .attachments(List.of(Attachment.builder().url("https://example.cn/invoice/" + fen + ".pdf").sha256(SHA)
                        .build())).authorityKind(AuthorityKind.BUDGET_LINE).authorityRef(line.id()).build());
    }

    private FundPeriod period(FundAccount a, String period) {
        return admin.fundAccounts().listPeriods(a.id(), ListParams.none()).stream()
                .filter(p -> p.period().equals(period)).findFirst().orElseThrow();
    }

    @Test
    void aYearIsKeptApprovedClosedPublishedCorrectedAndVerified() throws Exception {
        Grid compound = compound();
        FundAccount a = account(compound);
        BudgetLine fees = admin.fundAccounts().addBudgetLine(a.id(), BudgetLineParams.builder().year(2023)
                .name("物业费收支").amountFen(50_000_000L).build());
        LocalDate day = LocalDate.of(2023, 3, 15);
        entry(a, EntryDirection.INCOME, 12_345_600L, day, "物业费", CounterpartyKind.ORGANISATION, "全体业主", fees);
        entry(a, EntryDirection.EXPENSE, 85_000L, day.plusDays(1), "绿化", CounterpartyKind.PERSON, "张三丰", fees);
        FundEntry lift = entry(a, EntryDirection.EXPENSE, 2_300_000L, day.plusDays(2), "电梯维修",
                CounterpartyKind.ORGANISATION, "某电梯公司", fees);
        assertEquals(EntryState.PENDING_APPROVAL, lift.state(), "23,000 yuan is above the 10,000 threshold");
        assertThrows(ConflictException.class, () -> admin.fundAccounts().closePeriod(period(a, "2023")),
                "an expense awaits its second approval");
        assertThrows(ConflictException.class, () -> admin.fundEntries().approve(lift),
                "the one who recorded it does not approve it");
        FundEntry approved = street.fundEntries().approve(lift);
        assertEquals(EntryState.POSTED, approved.state());

        FundPeriod closed = admin.fundAccounts().closePeriod(period(a, "2023"));
        assertEquals(12_345_600L, closed.incomeFen().orElseThrow());
        assertEquals(2_385_000L, closed.expenseFen().orElseThrow());
        assertThrows(ConflictException.class, () -> entry(a, EntryDirection.EXPENSE, 100L, day, "绿化",
                CounterpartyKind.ORGANISATION, "x", fees), "a closed period takes no entries");
        FundPeriod published = admin.fundAccounts().publishPeriod(closed);
        assertEquals(PeriodState.PUBLISHED, published.state());
        assertThrows(ConflictException.class, () -> admin.fundAccounts().reopenPeriod(published));
        assertThrows(ConflictException.class, () -> entry(a, EntryDirection.EXPENSE, 100L, day, "绿化",
                CounterpartyKind.ORGANISATION, "x", fees), "a published period takes no entries");

        // residents read the published ledger: totals per category, the person masked
        JicengClient vendor = Tenants.client(base, PlatformEnvironment.ALPHA, "alpha-vendor");
        PublicLedger ledger = vendor.fundAccounts().retrievePublicLedger(a.id(), "2023");
        assertEquals(9_960_600L, ledger.balanceFen());
        assertEquals(2_300_000L, ledger.byCategory().get("电梯维修").expenseFen());
        assertTrue(ledger.entries().stream().anyMatch(e -> e.counterparty().equals("张*丰")),
                ledger.entries().toString());
        assertFalse(new String(vendor.fundAccounts().exportPublicLedger(a.id(), "2023", "csv"), StandardCharsets.UTF_8)
                .contains("张三丰"), "the export shows the person masked too");
        byte[] xlsx = vendor.fundAccounts().exportPublicLedger(a.id(), "2023", "xlsx");
        assertEquals('P', (char) xlsx[0], "an xlsx is a zip");
        assertThrows(PermissionDeniedException.class, () -> vendor.fundAccounts().listEntries(a.id(),
                FundEntryListParams.builder().build()).stream().count(), "the books as kept are staff's");
        assertThrows(NotFoundException.class, () -> vendor.fundAccounts().retrievePublicLedger(a.id(), "2024"),
                "an unpublished period is not public");

        // a correction is a reversing entry in a later, open period
        FundEntry green = admin.fundAccounts().listEntries(a.id(), FundEntryListParams.builder().period("2023")
                .build()).stream().filter(e -> e.category().equals("绿化")).findFirst().orElseThrow();
        FundEntry reversal = admin.fundEntries().reverse(green.id(), "重复入账");
        assertEquals(String.valueOf(LocalDate.now().getYear()), reversal.period());
        assertEquals(EntryDirection.INCOME, reversal.direction());
        assertEquals(green.id(), reversal.reversesEntryId().orElseThrow());
        assertThrows(ConflictException.class, () -> admin.fundEntries().reverse(green.id(), "again"),
                "reversed once");
        FundEntry fee = admin.fundAccounts().listEntries(a.id(), FundEntryListParams.builder().period("2023").build())
                .stream().filter(e -> e.category().equals("物业费")).findFirst().orElseThrow();
        assertThrows(ConflictException.class, () -> admin.fundEntries().reverse(fee.id(), FundReversalParams
                .builder().reason("x").occurredOn(LocalDate.of(2023, 12, 31)).build()),
                "a correction of a published entry goes into a later period");

        FundSpending spending = vendor.fundAccounts().spending(FundSpendingParams.builder().gridId(compound.id())
                .from("2023").to("2023").build());
        assertEquals(12_345_600L, spending.incomeFen(), "published periods only: the 2026 correction is not in");
        assertEquals(2_300_000L, spending.byCategory().get("电梯维修").expenseFen());
        LedgerVerification intact = vendor.fundAccounts().verify(a.id());
        assertTrue(intact.intact());
        assertEquals(3, intact.entriesChecked());

        // the database refuses to change a published entry, even to its owner; forced anyway, the chain shows it
        try (Connection db = PlatformEnvironment.state().superConnection(); Statement st = db.createStatement()) {
            assertThrows(java.sql.SQLException.class, () -> st.executeUpdate("update fund_entry set amount_fen = 1 "
                    + "where id = '" + green.id() + "'"));
            st.execute("set session_replication_role = replica");
            assertEquals(1, st.executeUpdate("update fund_entry set amount_fen = 1 where id = '" + green.id() + "'"));
        }
        LedgerVerification broken = admin.fundAccounts().verify(a.id());
        assertFalse(broken.intact());
        assertEquals(green.id(), broken.firstBrokenEntryId().orElseThrow());
    }

    @Test
    void moneyIsWholeFenAndEveryEntryHasItsAuthority() {
        Grid compound = compound();
        FundAccount a = account(compound);
        String token = Tenants.token(PlatformEnvironment.ALPHA, "alpha-admin");
        String base = this.base + "api/v1/fund-accounts/" + a.id();
        String valid = "\"direction\":\"EXPENSE\",\"occurredOn\":\"2023-05-01\",\"category\":\"绿化\","
                + "\"counterpartyKind\":\"ORGANISATION\",\"counterpartyName\":\"x\"";
        BudgetLine line = admin.fundAccounts().addBudgetLine(a.id(), BudgetLineParams.builder().year(2023).name("绿化")
                .amountFen(100_000L).build());
        for (String[] bad : new String[][]{
                {"{" + valid + ",\"amountFen\":12.5,\"authorityKind\":\"BUDGET_LINE\",\"authorityRef\":\"" + line.id()
                        + "\"}", "amountFen"},
                {"{" + valid + ",\"amountFen\":-500,\"authorityKind\":\"BUDGET_LINE\",\"authorityRef\":\"" + line.id()
                        + "\"}", "amountFen"},
                {"{" + valid + ",\"amountFen\":500}", "authorityKind"},
                {"{" + valid + ",\"amountFen\":500,\"authorityKind\":\"DECISION\",\"authorityRef\":\"" + line.id()
                        + "\"}", "authorityRef"},
                {"{" + valid + ",\"amountFen\":500,\"authorityKind\":\"PROJECT\",\"authorityRef\":\"" + line.id()
                        + "\"}", "authorityRef"},
                {"{" + valid.replace("2023-05-01", "2024-05-01") + ",\"amountFen\":500,\"authorityKind\":"
                        + "\"BUDGET_LINE\",\"authorityRef\":\"" + line.id() + "\"}", "authorityRef"},
                {"{" + valid + ",\"amountFen\":500,\"authorityKind\":\"BUDGET_LINE\",\"authorityRef\":\"" + line.id()
                        + "\",\"attachments\":[{\"url\":\"http://x\",\"sha256\":\"abc\"}]}", "attachments"},
                {"{" + valid.replace("EXPENSE", "GIFT") + ",\"amountFen\":500,\"authorityKind\":\"BUDGET_LINE\","
                        + "\"authorityRef\":\"" + line.id() + "\"}", "direction"},
                {"{" + valid.replace("2023-05-01", "2999-05-01") + ",\"amountFen\":500,\"authorityKind\":"
                        + "\"BUDGET_LINE\",\"authorityRef\":\"" + line.id() + "\"}", "occurredOn"}}) {
            Http.Reply r = Http.json("POST", base + "/entries", token, bad[0]);
            assertEquals(400, r.status(), bad[0] + " " + r.body());
            assertTrue(r.body().contains(bad[1]), r.body());
        }
        assertEquals(0, admin.fundAccounts().listEntries(a.id(), FundEntryListParams.builder().build()).stream()
                .count(), "nothing half-written");
        for (String[] bad : new String[][]{
                {"POST", base + "/budget-lines", "{\"year\":1999,\"name\":\"x\",\"amountFen\":1}", "year"},
                {"POST", base + "/budget-lines", "{\"year\":2023,\"name\":\"x\",\"amountFen\":0}", "amountFen"},
                {"POST", this.base + "api/v1/fund-accounts", "{\"gridId\":\"" + compound.id() + "\",\"kind\":\"SLUSH\","
                        + "\"name\":\"x\"}", "kind"},
                {"POST", this.base + "api/v1/fund-accounts", "{\"gridId\":\"" + compound.id() + "\",\"kind\":"
                        + "\"PROPERTY_FEE\",\"name\":\"x\",\"secondApprovalFen\":-1}", "secondApprovalFen"},
                {"POST", base + "/periods/2023-13:close", "{}", "period"},
                {"POST", this.base + "api/v1/fund-entries/" + line.id() + ":reverse", "{\"reason\":\"\"}", "reason"}}) {
            Http.Reply r = Http.json(bad[0], bad[1], token, bad[2], "If-Match", "\"1\"");
            assertEquals(400, r.status(), bad[1] + " " + r.body());
            assertTrue(r.body().contains(bad[3]), r.body());
        }
        Http.Reply notPublished = Http.get(base + "/public-ledger?period=2023", token);
        assertEquals(404, notPublished.status(), notPublished.body());
    }

    @Test
    void anotherTenantReachesNoLedgerByAnyRoute() {
        Grid compound = compound();
        FundAccount a = account(compound);
        BudgetLine line = admin.fundAccounts().addBudgetLine(a.id(), BudgetLineParams.builder().year(2023).name("绿化")
                .amountFen(100_000L).build());
        FundEntry e = entry(a, EntryDirection.EXPENSE, 100L, LocalDate.of(2023, 1, 2), "绿化",
                CounterpartyKind.ORGANISATION, "x", line);
        admin.fundAccounts().publishPeriod(admin.fundAccounts().closePeriod(period(a, "2023")));
        String token = Tenants.token(PlatformEnvironment.BETA, "beta-admin");
        String acc = "api/v1/fund-accounts/" + a.id();
        String[][] routes = {
                {"GET", acc, null}, {"PATCH", acc, "{\"secondApprovalFen\":1}"},
                {"POST", acc + "/budget-lines", "{\"year\":2023,\"name\":\"y\",\"amountFen\":1}"},
                {"GET", acc + "/budget-lines", null},
                {"POST", acc + "/entries", "{\"direction\":\"INCOME\",\"amountFen\":1,\"occurredOn\":\"2023-01-01\","
                        + "\"category\":\"x\",\"counterpartyKind\":\"ORGANISATION\",\"counterpartyName\":\"x\","
                        + "\"authorityKind\":\"BUDGET_LINE\",\"authorityRef\":\"" + line.id() + "\"}"},
                {"GET", acc + "/entries", null}, {"GET", acc + "/periods", null},
                {"POST", acc + "/periods/2023:reopen", "{}"}, {"POST", acc + "/periods/2023:close", "{}"},
                {"POST", acc + "/periods/2023:publish", "{}"},
                {"GET", acc + "/public-ledger?period=2023", null}, {"GET", acc + "/public-ledger:export?period=2023", null},
                {"GET", acc + ":verify", null},
                {"GET", "api/v1/fund-entries/" + e.id(), null}, {"POST", "api/v1/fund-entries/" + e.id() + ":approve", "{}"},
                {"POST", "api/v1/fund-entries/" + e.id() + ":reverse", "{\"reason\":\"x\"}"},
                {"POST", "api/v1/fund-accounts", "{\"gridId\":\"" + compound.id() + "\",\"kind\":\"PROPERTY_FEE\","
                        + "\"name\":\"x\"}"}};
        for (String[] r : routes) {
            Http.Reply reply = r[2] == null ? Http.get(base + r[1], token)
                    : Http.json(r[0], base + r[1], token, r[2], "If-Match", "\"1\"");
            assertEquals(404, reply.status(), r[0] + " " + r[1] + " " + reply.body());
        }
        assertTrue(beta.fundAccounts().list(ListParams.none()).stream().noneMatch(x -> x.id().equals(a.id())));
        assertTrue(admin.fundAccounts().verify(a.id()).intact(), "nothing changed");
    }

    @Test
    void aPlaceIsNeverBookedTwiceForOneSlotEvenUnderConcurrency() throws Exception {
        Grid compound = compound();
        CommunityResource hall = admin.communityResources().create(ResourceCreateParams.builder()
                .gridId(compound.id()).kind(ResourceKind.PLACE).name("党员活动室").providerKind(ProviderKind.COMMUNITY)
                .capacity(40).availability("每天 8:00-21:00").build());
        assertTrue(hall.inside());
        OffsetDateTime nine = OffsetDateTime.parse("2027-03-01T09:00:00+08:00");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        AtomicInteger booked = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        try {
            List<Future<?>> all = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int n = i;
                all.add(pool.submit(() -> {
                    try {
                        admin.communityResources().book(hall.id(), BookingParams.builder().startsAt(nine.plusMinutes(n))
                                .endsAt(nine.plusHours(2)).purpose("议事会 " + n).build());
                        booked.incrementAndGet();
                    } catch (ConflictException taken) {
                        refused.incrementAndGet();
                    }
                }));
            }
            for (Future<?> f : all) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, booked.get(), "one of eight overlapping requests gets the slot");
        assertEquals(7, refused.get());
        Booking next = admin.communityResources().book(hall.id(), BookingParams.builder().startsAt(nine.plusHours(2))
                .endsAt(nine.plusHours(3)).purpose("紧接着的时段").build());
        assertThrows(ConflictException.class, () -> admin.communityResources().book(hall.id(), BookingParams.builder()
                .startsAt(nine.plusMinutes(150)).endsAt(nine.plusHours(4)).purpose("重叠").build()));
        admin.communityResources().cancelBooking(next);
        admin.communityResources().book(hall.id(), BookingParams.builder().startsAt(nine.plusMinutes(150))
                .endsAt(nine.plusHours(4)).purpose("取消后可订").build());
        CommunityResource team = admin.communityResources().create(ResourceCreateParams.builder()
                .gridId(compound.id()).kind(ResourceKind.TEAM).name("老党员先锋队").providerKind(ProviderKind.COMMUNITY)
                .capacity(12).build());
        assertThrows(ConflictException.class, () -> admin.communityResources().book(team.id(), BookingParams.builder()
                .startsAt(nine).endsAt(nine.plusHours(1)).purpose("x").build()), "only a place is booked");
    }

    @Test
    void needsAreMergedTriagedAndBecomeProjectsOrCasesAndTheListsCountThem() {
        Grid compound = compound();
        Department health = admin.departments().create(DepartmentCreateParams.builder()
                .code("LIST_HEALTH_" + System.nanoTime() % 100_000).name("东小口社区卫生服务中心").build());
        CommunityResource court = admin.communityResources().create(ResourceCreateParams.builder()
                .gridId(compound.id()).kind(ResourceKind.PLACE).name("篮球场").providerKind(ProviderKind.COMMUNITY)
                .build());
        CommunityResource clinic = admin.communityResources().create(ResourceCreateParams.builder()
                .gridId(compound.id()).kind(ResourceKind.SERVICE).name("家庭医生签约").providerKind(ProviderKind.DEPARTMENT)
                .providerRef(health.id()).build());
        assertEquals("东小口社区卫生服务中心", clinic.providerName());
        assertFalse(clinic.inside());

        Need basketball = admin.needs().gather(NeedParams.builder().gridId(compound.id()).title("翻修篮球场")
                .description("场地破损").category("基础设施").source(NeedSource.FORUM).households(30).build());
        Need again = admin.needs().gather(NeedParams.builder().gridId(compound.id()).title("篮球场坏了")
                .description("12345 反映").category("基础设施").source(NeedSource.HOTLINE).households(5).build());
        admin.needs().merge(again, basketball.id());
        assertEquals(35, admin.needs().retrieve(basketball.id()).households(), "duplicates add up");
        Need water = admin.needs().gather(NeedParams.builder().gridId(compound.id()).title("井水改市政供水")
                .description("社区层面无法解决").category("基础设施").source(NeedSource.VISIT).households(200).build());
        Need pets = admin.needs().gather(NeedParams.builder().gridId(compound.id()).title("建宠物乐园")
                .description("x").category("文体").source(NeedSource.SURVEY).households(3).build());

        Need matched = admin.needs().triage(admin.needs().retrieve(basketball.id()), TriageParams.builder()
                .route(NeedRoute.COMMUNITY).resourceIds(List.of(court.id())).build());
        assertEquals(NeedStatus.MATCHED, matched.status());
        Need escalated = admin.needs().triage(water, TriageParams.builder().route(NeedRoute.ESCALATE)
                .escalation(Escalation.builder().categoryCode("WATER_SUPPLY").departmentIds(List.of(health.id()))
                        .hours(24).build()).build());
        assertEquals(NeedStatus.ESCALATED, escalated.status());
        CaseRecord filed = admin.cases().retrieve(escalated.caseId().orElseThrow());
        assertEquals(1, admin.cases().summonses(filed.id(), ListParams.none()).data().size(), "the whistle summoned");
        List<String> steps = admin.cases().timeline(filed.id(), ListParams.none()).stream().map(e -> e.action())
                .toList();
        assertTrue(steps.containsAll(List.of("report", "accept", "dispatch", "whistle")), steps.toString());
        Need declined = admin.needs().triage(pets, TriageParams.builder().route(NeedRoute.DECLINED)
                .reason("场地不具备条件").build());
        assertEquals(NeedStatus.DECLINED, declined.status());
        assertThrows(ConflictException.class, () -> admin.needs().triage(declined, TriageParams.builder()
                .route(NeedRoute.COMMUNITY).resourceIds(List.of(court.id())).build()), "triaged once");

        assertThrows(ConflictException.class, () -> admin.projects().plan(project(compound, List.of(pets.id()),
                health.id())), "a declined need is no project's");
        Project p = admin.projects().plan(project(compound, List.of(basketball.id()), health.id()));
        assertEquals(List.of(court.id()), p.resourceIds());
        Project started = admin.projects().start(p);
        assertThrows(ConflictException.class, () -> admin.projects().evaluate(started.id(), ProjectEvaluationParams
                .builder().score(5).build()), "a project is evaluated once it is done");
        p = started;
        p = admin.projects().reachMilestone(p, ProjectMilestoneParams.builder().reachedOn(LocalDate.now())
                .progress(100).note("竣工").build());
        assertEquals(ProjectState.DONE, p.state());
        assertEquals("PROJECT_DONE", admin.needs().retrieve(basketball.id()).progress());
        FundAccount support = admin.fundAccounts().create(FundAccountCreateParams.builder().gridId(compound.id())
                .kind(FundAccountKind.SUPPORT_FUND).name("支持资金").build());
        FundEntry paid = admin.fundAccounts().record(support.id(), FundEntryParams.builder()
                .direction(EntryDirection.EXPENSE).amountFen(6_000_000L).occurredOn(LocalDate.now().minusDays(1))
                .category("篮球场翻修").counterpartyKind(CounterpartyKind.ORGANISATION).counterpartyName("施工单位")
                .authorityKind(AuthorityKind.PROJECT).authorityRef(p.id()).build());
        assertEquals(EntryState.PENDING_APPROVAL, paid.state(), "60,000 yuan is above the default 5,000");
        JicengClient vendor = Tenants.client(base, PlatformEnvironment.ALPHA, "alpha-vendor");
        vendor.projects().evaluate(p.id(), ProjectEvaluationParams.builder().score(5).build(),
                RequestOptions.builder().endUser("resident-" + System.nanoTime()).build());
        ProjectEvaluations ev = vendor.projects().retrieveEvaluations(p.id());
        assertEquals(1, ev.count());

        Need formula = admin.needs().gather(NeedParams.builder().gridId(compound.id()).title("=HYPERLINK(\"x\")")
                .description("d").category("c").source(NeedSource.FORUM).households(1).build());
        String csv = new String(admin.needs().export(compound.id(), "csv"), StandardCharsets.UTF_8);
        assertTrue(csv.contains("'=HYPERLINK"), "a formula is neutralised: " + csv);
        assertTrue(csv.contains("CASE_"), "what each need became is in the export");
        assertTrue(new String(admin.projects().export(compound.id(), "csv"), StandardCharsets.UTF_8).contains("DONE"));
        assertEquals('P', (char) admin.communityResources().export(compound.id(), "xlsx")[0]);
        assertEquals(formula.id(), admin.needs().retrieve(formula.id()).id());

        ListCounts counts = admin.communityResources().stats(compound.id());
        assertEquals(1, counts.resourcesInside());
        assertEquals(1, counts.resourcesOutside());
        assertEquals(1L, counts.needsByRouteAndStatus().get("ESCALATE/ESCALATED"));
        assertEquals(1L, counts.needsByRouteAndStatus().get("UNTRIAGED/MERGED"));
        assertEquals(1L, counts.needsByRouteAndStatus().get("UNTRIAGED/OPEN"), "the formula need is untriaged");
        assertEquals(1L, counts.projectsByState().get("DONE"));
        String month = java.time.YearMonth.from(LocalDate.now()).toString();
        assertEquals(1L, counts.projectsByMonth().get(month + "|DONE"), counts.projectsByMonth().toString());
    }

    private static ProjectPlanParams project(Grid compound, List<String> needs, String ownerId) {
        return ProjectPlanParams.builder().gridId(compound.id()).title("篮球场翻修").description("更换地面和篮架")
                .needIds(needs).budgetFen(8_000_000L).funding(List.of(Funding.builder().kind("SUPPORT_FUND")
                        .name("街道补助资金").amountFen(6_000_000L).build(), Funding.builder().kind("PARTY_SERVICE_FUND")
                        .name("党组织服务群众经费").amountFen(2_000_000L).build())).ownerKind("DEPARTMENT").ownerId(ownerId)
                .build();
    }

    @Test
    void theListsRefuseBadInputAndAnotherTenantFindsNothing() {
        Grid compound = compound();
        CommunityResource hall = admin.communityResources().create(ResourceCreateParams.builder()
                .gridId(compound.id()).kind(ResourceKind.PLACE).name("会议室").providerKind(ProviderKind.COMMUNITY).build());
        Need need = admin.needs().gather(NeedParams.builder().gridId(compound.id()).title("t").description("d")
                .category("c").source(NeedSource.VISIT).households(1).build());
        Need matched = admin.needs().triage(admin.needs().gather(NeedParams.builder().gridId(compound.id())
                .title("m").description("d").category("c").source(NeedSource.VISIT).households(1).build()),
                TriageParams.builder().route(NeedRoute.COMMUNITY).resourceIds(List.of(hall.id())).build());
        Project project = admin.projects().plan(ProjectPlanParams.builder().gridId(compound.id()).title("p")
                .description("d").needIds(List.of(matched.id())).budgetFen(1L).ownerKind("COMMUNITY")
                .ownerId(compound.id()).build());
        Booking booking = admin.communityResources().book(hall.id(), BookingParams.builder()
                .startsAt(OffsetDateTime.parse("2027-05-01T09:00:00Z")).endsAt(OffsetDateTime.parse("2027-05-01T10:00:00Z"))
                .purpose("x").build());
        String token = Tenants.token(PlatformEnvironment.ALPHA, "alpha-admin");
        String api = base + "api/v1/";
        for (String[] bad : new String[][]{
                {"POST", "community-resources", "{\"gridId\":\"" + compound.id() + "\",\"kind\":\"CASTLE\",\"name\":"
                        + "\"x\",\"providerKind\":\"COMMUNITY\"}", "kind"},
                {"POST", "community-resources", "{\"gridId\":\"" + compound.id() + "\",\"kind\":\"SERVICE\",\"name\":"
                        + "\"x\",\"providerKind\":\"DEPARTMENT\"}", "providerRef"},
                {"POST", "community-resources", "{\"gridId\":\"" + compound.id() + "\",\"kind\":\"TEAM\",\"name\":"
                        + "\"x\",\"providerKind\":\"COMMUNITY\",\"capacity\":-1}", "capacity"},
                {"POST", "community-resources/" + hall.id() + "/bookings", "{\"startsAt\":\"2027-01-01T10:00:00Z\","
                        + "\"endsAt\":\"2027-01-01T09:00:00Z\",\"purpose\":\"x\"}", "endsAt"},
                {"POST", "needs", "{\"gridId\":\"" + compound.id() + "\",\"title\":\"t\",\"description\":\"d\","
                        + "\"category\":\"c\",\"source\":\"VISIT\",\"households\":0}", "households"},
                {"POST", "needs", "{\"gridId\":\"" + compound.id() + "\",\"title\":\"t\",\"description\":\"d\","
                        + "\"category\":\"c\",\"source\":\"RUMOUR\",\"households\":1}", "source"},
                {"POST", "needs/" + need.id() + ":triage", "{\"route\":\"COMMUNITY\"}", "resourceIds"},
                {"POST", "needs/" + need.id() + ":triage", "{\"route\":\"ESCALATE\"}", "escalation"},
                {"POST", "needs/" + need.id() + ":triage", "{\"route\":\"DECLINED\"}", "reason"},
                {"POST", "needs/" + need.id() + ":merge", "{}", "intoId"},
                {"POST", "projects", "{\"gridId\":\"" + compound.id() + "\",\"title\":\"t\",\"description\":\"d\","
                        + "\"needIds\":[],\"budgetFen\":1,\"ownerKind\":\"COMMUNITY\",\"ownerId\":\"" + compound.id()
                        + "\"}", "needIds"},
                {"POST", "projects", "{\"gridId\":\"" + compound.id() + "\",\"title\":\"t\",\"description\":\"d\","
                        + "\"needIds\":[\"" + need.id() + "\"],\"budgetFen\":-1,\"ownerKind\":\"COMMUNITY\","
                        + "\"ownerId\":\"" + compound.id() + "\"}", "budgetFen"},
                {"POST", "projects", "{\"gridId\":\"" + compound.id() + "\",\"title\":\"t\",\"description\":\"d\","
                        + "\"needIds\":[\"" + need.id() + "\"],\"budgetFen\":1,\"ownerKind\":\"WIZARD\","
                        + "\"ownerId\":\"" + compound.id() + "\"}", "ownerKind"}}) {
            Http.Reply r = Http.json(bad[0], api + bad[1], token, bad[2], "If-Match", "\"1\"");
            assertEquals(400, r.status(), bad[1] + " " + r.body());
            assertTrue(r.body().contains(bad[3]), r.body());
        }
        String beta = Tenants.token(PlatformEnvironment.BETA, "beta-admin");
        for (String[] r : new String[][]{
                {"GET", "community-resources/" + hall.id(), null},
                {"GET", "community-resources?gridId=" + compound.id(), null},
                {"PATCH", "community-resources/" + hall.id(), "{\"capacity\":1}"},
                {"POST", "community-resources/" + hall.id() + "/bookings", "{\"startsAt\":\"2027-01-01T09:00:00Z\","
                        + "\"endsAt\":\"2027-01-01T10:00:00Z\",\"purpose\":\"x\"}"},
                {"GET", "community-resources/" + hall.id() + "/bookings", null},
                {"GET", "needs/" + need.id(), null}, {"GET", "needs?gridId=" + compound.id(), null},
                {"POST", "needs/" + need.id() + ":merge", "{\"intoId\":\"" + need.id() + "\"}"},
                {"POST", "needs/" + need.id() + ":triage", "{\"route\":\"DECLINED\",\"reason\":\"x\"}"},
                {"POST", "needs", "{\"gridId\":\"" + compound.id() + "\",\"title\":\"t\",\"description\":\"d\","
                        + "\"category\":\"c\",\"source\":\"VISIT\",\"households\":1}"},
                {"GET", "projects?gridId=" + compound.id(), null}, {"GET", "lists:stats?gridId=" + compound.id(), null},
                {"GET", "needs:export?gridId=" + compound.id(), null},
                {"GET", "projects:export?gridId=" + compound.id(), null},
                {"GET", "community-resources:export?gridId=" + compound.id(), null},
                {"POST", "community-resources/" + hall.id() + "/bookings/" + booking.id() + ":cancel", "{}"},
                {"GET", "projects/" + project.id(), null},
                {"POST", "projects/" + project.id() + ":start", "{}"},
                {"POST", "projects/" + project.id() + "/milestones", "{\"reachedOn\":\"2026-01-01\",\"progress\":10,"
                        + "\"note\":\"x\"}"},
                {"GET", "projects/" + project.id() + "/milestones", null},
                {"POST", "projects/" + project.id() + ":cancel", "{\"reason\":\"x\"}"},
                {"POST", "projects/" + project.id() + "/evaluations", "{\"score\":5}"},
                {"GET", "projects/" + project.id() + "/evaluations", null},
                {"POST", "projects", "{\"gridId\":\"" + compound.id() + "\",\"title\":\"t\",\"description\":\"d\","
                        + "\"needIds\":[\"" + matched.id() + "\"],\"budgetFen\":1,\"ownerKind\":\"COMMUNITY\","
                        + "\"ownerId\":\"" + compound.id() + "\"}"},
                {"GET", "fund-accounts:stats?gridId=" + compound.id() + "&from=2023&to=2023", null}}) {
            Http.Reply reply = r[2] == null ? Http.get(api + r[1], beta)
                    : Http.json(r[0], api + r[1], beta, r[2], "If-Match", "\"1\"");
            assertEquals(404, reply.status(), r[0] + " " + r[1] + " " + reply.body());
        }
        assertEquals(NeedStatus.OPEN, admin.needs().retrieve(need.id()).status(), "nothing changed");
        assertEquals(ProjectState.PLANNED, admin.projects().retrieve(project.id()).state());
    }

    @Test
    void aChangeThatLosesADeadlockIsRunAgainByThePlatform() throws Exception {
        Grid compound = compound();
        FundAccount a = account(compound);
        BudgetLine line = admin.fundAccounts().addBudgetLine(a.id(), BudgetLineParams.builder().year(2023).name("绿化")
                .amountFen(100_000L).build());
        entry(a, EntryDirection.EXPENSE, 100L, LocalDate.of(2023, 4, 1), "绿化", CounterpartyKind.ORGANISATION, "x",
                line);
        String token = Tenants.token(PlatformEnvironment.ALPHA, "alpha-admin");
        String body = "{\"direction\":\"EXPENSE\",\"amountFen\":200,\"occurredOn\":\"2023-04-02\",\"category\":"
                + "\"绿化\",\"counterpartyKind\":\"ORGANISATION\",\"counterpartyName\":\"y\",\"authorityKind\":"
                + "\"BUDGET_LINE\",\"authorityRef\":\"" + line.id() + "\"}";
        try (Connection db = PlatformEnvironment.state().superConnection()) {
            db.setAutoCommit(false);
            try (Statement st = db.createStatement()) {
                // this session holds the period the request will lock second ...
                st.executeQuery("select 1 from fund_period where account_id = '" + a.id() + "' and period = '2023' "
                        + "for update").close();
                // ... the request locks the account, then waits for the period ...
                ExecutorService one = Executors.newSingleThreadExecutor();
                Future<Http.Reply> reply = one.submit(() -> Http.json("POST", base + "api/v1/fund-accounts/" + a.id()
                        + "/entries", token, body));
                Thread.sleep(400);
                // ... and this session now waits for the account: PostgreSQL ends the request's transaction (it
                // waited first), which the platform runs again once this session lets go
                ExecutorService other = Executors.newSingleThreadExecutor();
                other.submit(() -> {
                    st.executeQuery("select 1 from fund_account where id = '" + a.id() + "' for update").close();
                    return null;
                }).get();
                other.shutdown();
                Thread.sleep(300);
                db.rollback();
                Http.Reply r = reply.get();
                one.shutdown();
                assertEquals(201, r.status(), "the caller never sees the deadlock: " + r.body());
            }
        }
        assertEquals(2, admin.fundAccounts().listEntries(a.id(), FundEntryListParams.builder().period("2023")
                .build()).stream().count(), "recorded once");
    }
}
