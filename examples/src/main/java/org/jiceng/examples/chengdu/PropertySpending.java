package org.jiceng.examples.chengdu;

import org.jiceng.examples.Demo;
import org.jiceng.sdk.JicengClient;
import org.jiceng.sdk.ListParams;
import org.jiceng.sdk.deliberation.Council;
import org.jiceng.sdk.deliberation.CouncilCreateParams;
import org.jiceng.sdk.deliberation.Topic;
import org.jiceng.sdk.deliberation.TopicDecideParams;
import org.jiceng.sdk.deliberation.TopicMeetingKind;
import org.jiceng.sdk.deliberation.TopicMeetingParams;
import org.jiceng.sdk.deliberation.TopicOrigin;
import org.jiceng.sdk.deliberation.TopicProposeParams;
import org.jiceng.sdk.funds.Attachment;
import org.jiceng.sdk.funds.AuthorityKind;
import org.jiceng.sdk.funds.BudgetLine;
import org.jiceng.sdk.funds.BudgetLineParams;
import org.jiceng.sdk.funds.CounterpartyKind;
import org.jiceng.sdk.funds.EntryDirection;
import org.jiceng.sdk.funds.FundAccount;
import org.jiceng.sdk.funds.FundAccountCreateParams;
import org.jiceng.sdk.funds.FundAccountKind;
import org.jiceng.sdk.funds.FundEntry;
import org.jiceng.sdk.funds.FundEntryParams;
import org.jiceng.sdk.funds.FundPeriod;
import org.jiceng.sdk.funds.FundReversalParams;
import org.jiceng.sdk.funds.PeriodKind;
import org.jiceng.sdk.funds.PublicLedger;
import org.jiceng.sdk.grids.Grid;
import org.jiceng.sdk.grids.GridLevel;
import org.jiceng.sdk.party.HostKind;
import org.jiceng.sdk.party.OrganizationType;
import org.jiceng.sdk.party.PartyOrganization;
import org.jiceng.sdk.party.PartyOrganizationCreateParams;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Wuhou's Changshouyuan No. 9 (长寿苑社区9号院): "every cent spent is open and can be seen at any time" — the compound's
 * 2023 property spending, each entry linked to its authority, every month closed and published (and checked
 * against its hash chain), a correction booked in January 2024, and the public totals per category that the
 * Party–masses service station shows; and the community Party committee's annual representatives' meeting on the
 * operating funds, recorded as a deliberation decision that the operating-fund entries cite. The seed gives no
 * amounts: every figure of money here is the example's own.
 */
final class PropertySpending {
    /** The example's own monthly amounts, in fen. */
    static final long FEES = 4_860_000L;
    static final Map<String, Long> MONTHLY = Map.of("保洁", 1_200_000L, "秩序维护", 1_500_000L, "绿化", 300_000L,
            "公共水电", 420_000L, "电梯维保", 680_000L);
    static final String SHA = "3b4d1f1c9a6f2e0d7c5b8a9e1f2d3c4b5a6978877665544332211ffeeddccbba";

    private PropertySpending() {
    }

    static Map<String, Object> run(JicengClient client, PrintStream out) {
        Grid street = Demo.freshStreet(client, Demo.district(client, "510107"), "示例·武侯区街道");
        Grid community = Demo.child(client, street, GridLevel.COMMUNITY, "001", "示例·长寿苑社区");
        Grid compound = Demo.child(client, community, GridLevel.COMPOUND, "009", "示例·长寿苑社区9号院");

        out.println("The community Party committee's annual meeting on the operating funds decides their use");
        PartyOrganization committee = client.partyOrganizations().establish(PartyOrganizationCreateParams.builder()
                .type(OrganizationType.COMMITTEE).name("长寿苑社区党委").hostKind(HostKind.COMMUNITY)
                .establishedOn(LocalDate.of(2015, 7, 1)).build());
        Council council = client.councils().create(CouncilCreateParams.builder().gridId(community.id())
                .name("长寿苑社区民情议事代表会").mandateScope("居民会议授权：社区运行资金的使用")
                .termStartsOn(LocalDate.of(2022, 1, 1)).termEndsOn(LocalDate.of(2026, 12, 31)).build());
        Topic funds = client.topics().accept(client.topics().propose(TopicProposeParams.builder()
                .councilId(council.id()).title("2023年社区运行资金使用").description("事务大家议，决策大家定，管理大家评")
                .origin(TopicOrigin.PARTY_ORGANIZATION).originRef(committee.id()).build()));
        client.topics().recordMeeting(funds.id(), TopicMeetingParams.builder().kind(TopicMeetingKind.COUNCIL_MEETING)
                .heldAt(OffsetDateTime.of(2023, 1, 10, 14, 0, 0, 0, ZoneOffset.ofHours(8))).attendance(42)
                .minutes("社区运行资金使用民情议事代表会").build());
        funds = client.topics().decide(client.topics().retrieve(funds.id()), TopicDecideParams.builder()
                .text("2023年社区运行资金：居民活动 40%，设施维护 40%，应急 20%").build());
        FundAccount operating = client.fundAccounts().create(FundAccountCreateParams.builder()
                .gridId(community.id()).kind(FundAccountKind.COMMUNITY_OPERATING).name("长寿苑社区运行资金")
                .periodKind(PeriodKind.YEAR).build());
        client.fundAccounts().record(operating.id(), FundEntryParams.builder().direction(EntryDirection.EXPENSE)
                .amountFen(1_280_000L).occurredOn(LocalDate.of(2023, 9, 20)).category("居民活动")
                .counterpartyKind(CounterpartyKind.ORGANISATION).counterpartyName("长寿苑社区邻里节")
                .authorityKind(AuthorityKind.DECISION).authorityRef(funds.id()).build());

        out.println("Changshouyuan No. 9's 2023 property spending, month by month, each entry with its authority");
        FundAccount property = client.fundAccounts().create(FundAccountCreateParams.builder().gridId(compound.id())
                .kind(FundAccountKind.PROPERTY_FEE).name("9号院物业费收支").periodKind(PeriodKind.MONTH)
                .secondApprovalFen(5_000_000L).build());
        BudgetLine budget = client.fundAccounts().addBudgetLine(property.id(), BudgetLineParams.builder().year(2023)
                .name("2023年物业费收支预算").amountFen(60_000_000L).build());
        FundEntry duplicate = null;
        for (int month = 1; month <= 12; month++) {
            LocalDate day = LocalDate.of(2023, month, 5);
            record(client, property, budget, EntryDirection.INCOME, FEES, day, "物业费", CounterpartyKind.ORGANISATION,
                    "9号院全体业主");
            for (var cost : new java.util.TreeMap<>(MONTHLY).entrySet()) {
                record(client, property, budget, EntryDirection.EXPENSE, cost.getValue(), day.plusDays(10),
                        cost.getKey(), CounterpartyKind.ORGANISATION, "某物业服务公司");
            }
            if (month == 6) {
                record(client, property, budget, EntryDirection.EXPENSE, 86_000L, day.plusDays(12), "设施维修",
                        CounterpartyKind.PERSON, "王建国");
                duplicate = record(client, property, budget, EntryDirection.EXPENSE, 680_000L, day.plusDays(13),
                        "电梯维保", CounterpartyKind.ORGANISATION, "某物业服务公司");
            }
        }
        for (FundPeriod p : client.fundAccounts().listPeriods(property.id(), ListParams.none()).stream().toList()) {
            client.fundAccounts().publishPeriod(client.fundAccounts().closePeriod(p));
        }

        out.println("June's elevator maintenance was booked twice: corrected in January 2024");
        FundEntry correction = client.fundEntries().reverse(duplicate.id(), FundReversalParams.builder()
                .reason("6月电梯维保重复入账").occurredOn(LocalDate.of(2024, 1, 8)).build());

        long income = 0;
        long expense = 0;
        TreeSet<String> categories = new TreeSet<>();
        boolean personMasked = true;
        for (int month = 1; month <= 12; month++) {
            PublicLedger ledger = client.fundAccounts().retrievePublicLedger(property.id(),
                    String.format("2023-%02d", month));
            income += ledger.incomeFen();
            expense += ledger.expenseFen();
            categories.addAll(ledger.byCategory().keySet());
            personMasked &= ledger.entries().stream().noneMatch(e -> e.counterparty().contains("建国"));
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("ledgerPeriodsPublished", client.fundAccounts().listPeriods(property.id(), ListParams.none())
                .stream().filter(p -> p.publishedAt().isPresent()).count());
        figures.put("ledgerIncomeFen2023", income);
        figures.put("ledgerExpenseFen2023", expense);
        figures.put("ledgerCategories", List.copyOf(categories));
        figures.put("ledgerPersonMasked", personMasked);
        figures.put("ledgerCorrectionPeriod", correction.period());
        figures.put("ledgerIntact", client.fundAccounts().verify(property.id()).intact());
        figures.put("operatingFundAuthority", client.fundAccounts().listEntries(operating.id(),
                org.jiceng.sdk.funds.FundEntryListParams.builder().build()).stream().findFirst().orElseThrow()
                .authorityKind().name());
        return figures;
    }

    private static FundEntry record(JicengClient client, FundAccount account, BudgetLine budget, EntryDirection d,
                                    long fen, LocalDate on, String category, CounterpartyKind kind, String who) {
        return client.fundAccounts().record(account.id(), FundEntryParams.builder().direction(d).amountFen(fen)
                .occurredOn(on).category(category).counterpartyKind(kind).counterpartyName(who)
                .attachments(List.of(Attachment.builder().url("https://example.cn/ledger/" + on + "/" + fen + ".pdf")
                        .sha256(SHA).build())).authorityKind(AuthorityKind.BUDGET_LINE).authorityRef(budget.id())
                .build());
    }
}
