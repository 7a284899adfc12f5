package org.jiceng.platform.it;

import org.jiceng.sdk.JicengClient;
import org.jiceng.sdk.ListParams;
import org.jiceng.sdk.cases.DepartmentCreateParams;
import org.jiceng.sdk.errors.BadRequestException;
import org.jiceng.sdk.errors.ConflictException;
import org.jiceng.sdk.errors.NotFoundException;
import org.jiceng.sdk.errors.PermissionDeniedException;
import org.jiceng.sdk.errors.PreconditionFailedException;
import org.jiceng.sdk.grids.Grid;
import org.jiceng.sdk.grids.GridCreateParams;
import org.jiceng.sdk.grids.GridLevel;
import org.jiceng.sdk.grids.Household;
import org.jiceng.sdk.grids.HouseholdListParams;
import org.jiceng.sdk.grids.HouseholdRegisterParams;
import org.jiceng.sdk.party.Alliance;
import org.jiceng.sdk.party.AllianceDecision;
import org.jiceng.sdk.party.AllianceDecisionParams;
import org.jiceng.sdk.party.AllianceMeeting;
import org.jiceng.sdk.party.AllianceMeetingParams;
import org.jiceng.sdk.party.AllianceParams;
import org.jiceng.sdk.party.AllianceParticipantParams;
import org.jiceng.sdk.party.BodyKind;
import org.jiceng.sdk.party.BodySeat;
import org.jiceng.sdk.party.CommunityBody;
import org.jiceng.sdk.party.CommunityBodyCreateParams;
import org.jiceng.sdk.party.CommunityBodyListParams;
import org.jiceng.sdk.party.HostKind;
import org.jiceng.sdk.party.HouseholdCount;
import org.jiceng.sdk.party.InServiceReportParams;
import org.jiceng.sdk.party.MeetingCounts;
import org.jiceng.sdk.party.MeetingKind;
import org.jiceng.sdk.party.MeetingListParams;
import org.jiceng.sdk.party.MeetingParams;
import org.jiceng.sdk.party.MemberKind;
import org.jiceng.sdk.party.MemberLink;
import org.jiceng.sdk.party.MemberLinkParams;
import org.jiceng.sdk.party.MemberPosts;
import org.jiceng.sdk.party.MemberStatus;
import org.jiceng.sdk.party.OrganizationType;
import org.jiceng.sdk.party.OwnersCommitteeShare;
import org.jiceng.sdk.party.PartyDecisionParams;
import org.jiceng.sdk.party.PartyMeeting;
import org.jiceng.sdk.party.PartyMember;
import org.jiceng.sdk.party.PartyMemberCreateParams;
import org.jiceng.sdk.party.PartyOrganization;
import org.jiceng.sdk.party.PartyOrganizationCreateParams;
import org.jiceng.sdk.party.PartyPost;
import org.jiceng.sdk.party.PartyPostParams;
import org.jiceng.sdk.party.PartyReport;
import org.jiceng.sdk.party.PartyReportListParams;
import org.jiceng.sdk.party.PartyStats;
import org.jiceng.sdk.party.PartyTransfer;
import org.jiceng.sdk.party.PostTitle;
import org.jiceng.sdk.party.ReportState;
import org.jiceng.sdk.party.SeatParams;
import org.jiceng.sdk.party.SeatRole;
import org.jiceng.sdk.party.SeatStanding;
import org.jiceng.sdk.party.TransferParams;
import org.jiceng.sdk.volunteers.Volunteer;
import org.jiceng.sdk.volunteers.VolunteerRegisterParams;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Party organisations, members and everything hanging on them, through the SDK against the real platform. */
class PartyIT extends AgainstPlatform {
    private static final AtomicInteger SERIAL = new AtomicInteger(100);
    private static final AtomicInteger STREET = new AtomicInteger(0);
    private static final LocalDate FOUNDED = LocalDate.of(2019, 7, 1);

    URL base;
    JicengClient admin;
    JicengClient beta;

    @BeforeEach
    void setUp() {
        base = PlatformEnvironment.local(deployed);
        admin = Tenants.client(base, PlatformEnvironment.ALPHA, "alpha-admin");
        beta = Tenants.client(base, PlatformEnvironment.BETA, "beta-admin");
    }

    /** A valid resident ID number (GB 11643 check digit), different each call. */
    static String idNumber() {
        String body = String.format("43010319800101%03d", SERIAL.getAndIncrement());
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * w[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    /** A value outside a closed set, which the SDK's enums cannot send: the platform refuses it with 400. */
    private void refusedOnTheWire(String method, String path, String json, String field) {
        Http.Reply r = Http.json(method, base + path, Tenants.token(PlatformEnvironment.ALPHA, "alpha-admin"), json);
        assertEquals(400, r.status(), r.body());
        assertTrue(r.body().contains(field), r.body());
    }

    private PartyOrganization org(String parentId, OrganizationType type, String name) {
        return admin.partyOrganizations().establish(PartyOrganizationCreateParams.builder().parentId(parentId)
                .type(type).name(name).hostKind(HostKind.COMMUNITY).establishedOn(FOUNDED).build());
    }

    private PartyMember member(PartyOrganization o, String name) {
        return admin.partyMembers().admit(PartyMemberCreateParams.builder().organizationId(o.id()).name(name)
                .idNumber(idNumber()).joinedOn(FOUNDED).build());
    }

    /** A fresh street of the alpha tenant (codes 700-789 are this class's). */
    private Grid street(String name) {
        Grid root = Tenants.alphaRoot(admin);
        return grid(root, GridLevel.STREET, String.valueOf(700 + STREET.getAndIncrement() % 90), name);
    }

    private Grid grid(Grid parent, GridLevel level, String segment, String name) {
        return admin.grids().create(GridCreateParams.builder().parentId(parent.id()).level(level)
                .code(parent.code() + segment).name(name).build());
    }

    @Test
    void theOrganisationTreeFollowsTheTypeRules() {
        PartyOrganization committee = org(null, OrganizationType.COMMITTEE, "芙蓉南路社区党委");
        PartyOrganization general = admin.partyOrganizations().establish(PartyOrganizationCreateParams.builder()
                .parentId(committee.id()).type(OrganizationType.GENERAL_BRANCH).name("长城水郡网格党总支")
                .hostKind(HostKind.COMPOUND).establishedOn(FOUNDED).build());
        PartyOrganization branch = admin.partyOrganizations().establish(PartyOrganizationCreateParams.builder()
                .parentId(general.id()).type(OrganizationType.BRANCH).name("物业党支部").hostKind(HostKind.PROPERTY_COMPANY)
                .establishedOn(FOUNDED).build());
        PartyOrganization group = admin.partyOrganizations().establish(PartyOrganizationCreateParams.builder()
                .parentId(branch.id()).type(OrganizationType.GROUP).name("3栋党小组").hostKind(HostKind.GRID)
                .establishedOn(FOUNDED).build());
        PartyOrganization temporary = admin.partyOrganizations().establish(PartyOrganizationCreateParams.builder()
                .parentId(committee.id()).type(OrganizationType.TEMPORARY_BRANCH).name("棚改地块临时党支部")
                .hostKind(HostKind.COMMUNITY).establishedOn(FOUNDED).purpose("地块拆迁安置").endsOn(FOUNDED.plusYears(2))
                .build());
        assertEquals(List.of(general.id(), branch.id(), group.id(), temporary.id()).stream().sorted().toList(),
                admin.partyOrganizations().subtree(committee.id(), ListParams.none()).stream()
                        .map(PartyOrganization::id).sorted().toList());
        assertEquals(List.of(committee.id(), general.id(), branch.id()), admin.partyOrganizations()
                .ancestors(group.id(), ListParams.none()).stream()
                .map(PartyOrganization::id).toList());
        assertTrue(admin.partyOrganizations().list(ListParams.none()).stream().anyMatch(o -> o.id()
                .equals(committee.id())));
        assertEquals("地块拆迁安置", admin.partyOrganizations().retrieve(temporary.id()).purpose().orElseThrow());

        assertThrows(BadRequestException.class, () -> admin.partyOrganizations()
                .establish(PartyOrganizationCreateParams.builder().parentId(group.id()).type(OrganizationType.BRANCH)
                .name("x").hostKind(HostKind.GRID).establishedOn(FOUNDED).build()),
                "a GROUP cannot hold a BRANCH");
        assertThrows(BadRequestException.class, () -> admin.partyOrganizations()
                .establish(PartyOrganizationCreateParams.builder().type(OrganizationType.GROUP).name("x")
                .hostKind(HostKind.GRID).establishedOn(FOUNDED).build()));
        assertThrows(BadRequestException.class, () -> admin.partyOrganizations()
                .establish(PartyOrganizationCreateParams.builder().parentId(committee.id())
                .type(OrganizationType.TEMPORARY_BRANCH).name("x").hostKind(HostKind.COMMUNITY).establishedOn(FOUNDED)
                .build()), "a temporary branch states purpose and end");
        refusedOnTheWire("POST", "api/v1/party-organizations", "{\"type\":\"CLUB\",\"name\":\"x\","
                + "\"hostKind\":\"GRID\",\"establishedOn\":\"2020-01-01\"}", "type");
        refusedOnTheWire("POST", "api/v1/party-organizations", "{\"type\":\"BRANCH\",\"name\":\"x\","
                + "\"hostKind\":\"SPACESHIP\",\"establishedOn\":\"2020-01-01\"}", "hostKind");
        assertThrows(PermissionDeniedException.class, () -> Tenants.client(base, PlatformEnvironment.ALPHA,
                "alpha-viewer").partyOrganizations().establish(PartyOrganizationCreateParams.builder()
                .type(OrganizationType.BRANCH).name("x").hostKind(HostKind.GRID).establishedOn(FOUNDED).build()));

        // moving: the subtree follows; no cycles
        PartyOrganization other = org(null, OrganizationType.GENERAL_BRANCH, "新建党总支");
        admin.partyOrganizations().move(admin.partyOrganizations().retrieve(branch.id()), other.id());
        assertEquals(List.of(other.id(), branch.id()), admin.partyOrganizations()
                .ancestors(group.id(), ListParams.none()).stream()
                .map(PartyOrganization::id).toList(), "the group moved with its branch");
        assertFalse(admin.partyOrganizations().subtree(committee.id(), ListParams.none()).stream().anyMatch(o -> o.id()
                .equals(group.id())));
        assertThrows(BadRequestException.class, () -> admin.partyOrganizations().move(admin.partyOrganizations()
                .retrieve(committee.id()), general.id()),
                "under its own subtree: a cycle");
        assertThrows(BadRequestException.class, () -> admin.partyOrganizations().move(admin.partyOrganizations()
                .retrieve(committee.id()), committee.id()), "under itself");
        assertThrows(BadRequestException.class, () -> admin.partyOrganizations().move(admin.partyOrganizations()
                .retrieve(group.id()), null), "a group has a parent");

        // dissolving: bottom up; a dissolved parent takes nothing new
        assertThrows(ConflictException.class, () -> admin.partyOrganizations().dissolve(admin.partyOrganizations()
                .retrieve(other.id()), null), "the branch still stands");
        assertThrows(BadRequestException.class, () -> admin.partyOrganizations().dissolve(admin.partyOrganizations()
                .retrieve(temporary.id()), FOUNDED.minusDays(1)));
        PartyOrganization dissolved = admin.partyOrganizations().dissolve(admin.partyOrganizations()
                .retrieve(temporary.id()), LocalDate.of(2021, 7, 1));
        assertEquals(LocalDate.of(2021, 7, 1), dissolved.dissolvedOn().orElseThrow());
        assertThrows(ConflictException.class, () -> admin.partyOrganizations().dissolve(admin.partyOrganizations()
                .retrieve(temporary.id()), null), "once");
        assertThrows(BadRequestException.class, () -> admin.partyOrganizations()
                .establish(PartyOrganizationCreateParams.builder().parentId(temporary.id()).type(OrganizationType.GROUP)
                .name("x").hostKind(HostKind.GRID).establishedOn(FOUNDED).build()),
                "a dissolved parent");
        assertThrows(BadRequestException.class, () -> admin.partyOrganizations().move(admin.partyOrganizations()
                .retrieve(group.id()), temporary.id()));
        assertThrows(BadRequestException.class, () -> member(temporary, "晚到"));
    }

    @Test
    void membersPersonalDataIsEncryptedMaskedAndTheirIdNumberUnique() throws Exception {
        PartyOrganization branch = org(null, OrganizationType.BRANCH, "中南社区党支部");
        String id = idNumber();
        PartyMember m = admin.partyMembers().admit(PartyMemberCreateParams.builder().organizationId(branch.id())
                .name("张小明").phone("13800002222").idNumber(id).status(MemberStatus.FULL).kind(MemberKind.REGISTERED)
                .joinedOn(LocalDate.of(2001, 7, 1)).build());
        assertEquals("张小明", m.name(), "a tenant admin has pii:read");
        assertEquals(id, m.idNumber());
        JicengClient coordinator = Tenants.client(base, PlatformEnvironment.ALPHA, "alpha-coordinator");
        PartyMember masked = coordinator.partyMembers().retrieve(m.id());
        assertTrue(masked.masked());
        assertEquals("张*明", masked.name());
        assertEquals("138****2222", masked.phone().orElseThrow());
        assertEquals(id.substring(0, 4) + "**********" + id.substring(14), masked.idNumber());
        assertEquals(List.of(m.id()), admin.partyOrganizations().members(branch.id(), ListParams.none()).stream()
                .map(PartyMember::id).toList());
        assertTrue(coordinator.partyOrganizations().members(branch.id(), ListParams.none()).data().get(0).masked());
        try (Connection c = PlatformEnvironment.state().superConnection();
             PreparedStatement ps = c.prepareStatement("select name_enc || coalesce(phone_enc, '') || id_number_enc "
                     + "|| id_number_hash from party_member where id = cast(? as uuid)")) {
            ps.setString(1, m.id());
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                String stored = rs.getString(1);
                assertFalse(stored.contains("张小明") || stored.contains("13800002222") || stored.contains(id),
                        "no plaintext in the database");
            }
        }

        assertThrows(ConflictException.class, () -> admin.partyMembers().admit(PartyMemberCreateParams.builder()
                .organizationId(branch.id()).name("重复").idNumber(id).joinedOn(FOUNDED)
                .build()), "one ID number, one member: duplicate membership");
        assertThrows(BadRequestException.class, () -> admin.partyMembers().admit(PartyMemberCreateParams.builder()
                .organizationId(branch.id()).name("错号")
                .idNumber(id.substring(0, 17) + (id.charAt(17) == '0' ? "1" : "0")).joinedOn(FOUNDED)
                .build()), "bad check digit");
        assertThrows(BadRequestException.class, () -> admin.partyMembers().admit(PartyMemberCreateParams.builder()
                .organizationId(branch.id()).name("未来").idNumber(idNumber()).joinedOn(LocalDate.now().plusYears(1))
                .build()));
        refusedOnTheWire("POST", "api/v1/party-members", "{\"organizationId\":\"" + branch.id() + "\",\"name\":"
                + "\"x\",\"idNumber\":\"" + idNumber() + "\",\"status\":\"HONORARY\",\"joinedOn\":\"2020-01-01\"}",
                "status");

        Volunteer v = admin.volunteers().register(VolunteerRegisterParams.builder().name("张小明")
                .homeGridId(Tenants.alphaRoot(admin).id()).partyMemberId(m.id()).build());
        assertEquals(m.id(), v.partyMemberId().orElseThrow(), "a volunteer who is a Party member");
    }

    @Test
    void inServiceMembersReportAndTheCommunityAcceptsOrDeclines() throws Exception {
        PartyOrganization home = org(null, OrganizationType.BRANCH, "区直机关第三党支部");
        PartyOrganization community = org(null, OrganizationType.COMMITTEE, "北新桥社区党委");
        PartyMember registered = member(home, "王在职");

        // a member of this (city) tenant registered in another district's organisation
        PartyReport inside = admin.partyReports().report(InServiceReportParams.builder().organizationId(community.id())
                .memberId(registered.id()).employer("东城区税务局").employerOrganization("东城区税务局机关党委")
                .reportedOn(LocalDate.of(2024, 3, 5)).build());
        assertEquals("REPORTED", inside.state().name());
        assertEquals("王在职", inside.name().orElseThrow());
        assertTrue(admin.partyOrganizations().members(community.id(), ListParams.none()).data()
                .isEmpty(), "not before acceptance");
        assertThrows(ConflictException.class, () -> admin.partyReports().report(InServiceReportParams.builder()
                .organizationId(community.id()).memberId(registered.id()).employer("东城区税务局")
                .reportedOn(LocalDate.of(2024, 3, 6)).build()), "one open report per member and organisation");
        assertThrows(BadRequestException.class, () -> admin.partyReports().report(InServiceReportParams.builder()
                .organizationId(home.id()).memberId(registered.id()).employer("东城区税务局")
                .reportedOn(LocalDate.of(2024, 3, 6)).build()), "to their own organisation: duplicate membership");
        PartyReport accepted = admin.partyReports().accept(admin.partyReports()
                .retrieve(inside.id()), PartyDecisionParams.builder().decidedOn(LocalDate.of(2024, 3, 8)).note("欢迎报到")
                .build());
        assertEquals("ACCEPTED", accepted.state().name());
        assertThrows(ConflictException.class, () -> admin.partyReports().accept(admin.partyReports()
                .retrieve(inside.id()), PartyDecisionParams.builder().build()), "decided once");
        assertEquals(List.of(registered.id()), admin.partyOrganizations().members(community.id(), ListParams.none())
                .stream()
                .map(PartyMember::id).toList(), "on the community's roster");
        assertEquals(home.id(), admin.partyMembers().retrieve(registered.id())
                .organizationId(), "still registered at home");

        // someone from outside the tenant: person data sealed on the report, a member record on acceptance
        String outsiderId = idNumber();
        PartyReport outside = admin.partyReports().report(InServiceReportParams.builder().organizationId(community.id())
                .name("赵外来").phone("13900001111").idNumber(outsiderId).status(MemberStatus.FULL)
                .joinedOn(LocalDate.of(2010, 7, 1)).employer("国家电网华北分部").reportedOn(LocalDate.of(2024, 4, 1))
                .build());
        assertTrue(outside.memberId().isEmpty());
        PartyReport masked = Tenants.client(base, PlatformEnvironment.ALPHA, "alpha-coordinator").partyReports()
                .retrieve(outside.id());
        assertEquals("赵*来", masked.name().orElseThrow());
        try (Connection c = PlatformEnvironment.state().superConnection();
             PreparedStatement ps = c.prepareStatement("select name_enc || phone_enc || id_number_enc from "
                     + "party_report where id = cast(? as uuid)")) {
            ps.setString(1, outside.id());
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertFalse(rs.getString(1).contains("赵外来") || rs.getString(1).contains(outsiderId));
            }
        }
        PartyReport outsideAccepted = admin.partyReports().accept(admin.partyReports()
                .retrieve(outside.id()), PartyDecisionParams.builder().decidedOn(LocalDate.of(2024, 4, 2)).build());
        PartyMember created = admin.partyMembers().retrieve(outsideAccepted.memberId().orElseThrow());
        assertEquals("IN_SERVICE_REPORTED", created.kind().name());
        assertEquals("国家电网华北分部", created.employer().orElseThrow());
        assertEquals(outsiderId, created.idNumber());
        assertEquals(2, admin.partyOrganizations().members(community.id(), ListParams.none()).data().size());

        // declined, with a reason; the roster does not change
        PartyReport third = admin.partyReports().report(InServiceReportParams.builder().organizationId(community.id())
                .name("钱婉拒").idNumber(idNumber()).joinedOn(LocalDate.of(2015, 7, 1)).employer("某公司")
                .reportedOn(LocalDate.of(2024, 5, 1)).build());
        assertThrows(BadRequestException.class, () -> admin.partyReports().decline(admin.partyReports()
                .retrieve(third.id()), PartyDecisionParams.builder().build()),
                "a decline says why");
        PartyReport declined = admin.partyReports().decline(admin.partyReports()
                .retrieve(third.id()), PartyDecisionParams.builder().decidedOn(LocalDate.of(2024, 5, 2))
                .reason("居住地不在本社区").build());
        assertEquals("DECLINED", declined.state().name());
        assertEquals("居住地不在本社区", declined.decisionNote().orElseThrow());
        assertEquals(2, admin.partyOrganizations().members(community.id(), ListParams.none()).data().size());
        assertEquals(List.of(third.id()), admin.partyOrganizations()
                .reports(community.id(), PartyReportListParams.builder().state(ReportState.DECLINED).build()).stream()
                .map(PartyReport::id).toList());
        Http.Reply lost = Http.get(base + "api/v1/party-organizations/" + community.id() + "/reports?state=LOST",
                Tenants.token(PlatformEnvironment.ALPHA, "alpha-admin"));
        assertEquals(400, lost.status(), lost.body());
        assertThrows(BadRequestException.class, () -> admin.partyReports().report(InServiceReportParams.builder()
                .organizationId(community.id()).employer("x").reportedOn(LocalDate.of(2024, 5, 1)).build()),
                "neither a member nor a person");
    }

    @Test
    void transfersMoveMembersAndKeepTheirHistory() {
        PartyOrganization from = org(null, OrganizationType.BRANCH, "转出党支部");
        PartyOrganization to = org(null, OrganizationType.BRANCH, "转入党支部");
        PartyMember m = member(from, "孙转接");
        PartyPost secretary = admin.partyOrganizations().appoint(from.id(), PartyPostParams.builder().memberId(m.id())
                .title(PostTitle.SECRETARY).startedOn(FOUNDED).build());

        assertThrows(BadRequestException.class, () -> admin.partyTransfers().issue(TransferParams.builder()
                .memberId(m.id()).toOrganizationId(from.id()).build()), "transfer to self");
        assertThrows(BadRequestException.class, () -> admin.partyTransfers().issue(TransferParams.builder()
                .memberId(m.id()).build()), "nowhere");
        PartyTransfer declined = admin.partyTransfers().issue(TransferParams.builder().memberId(m.id())
                .toOrganizationId(to.id()).letterNumber("京组转〔2024〕17号").reason("工作调动")
                .issuedOn(LocalDate.of(2024, 1, 10)).build());
        assertThrows(ConflictException.class, () -> admin.partyTransfers().issue(TransferParams.builder()
                .memberId(m.id()).toOrganizationId(to.id()).build()), "one transfer under way");
        admin.partyTransfers().decline(admin.partyTransfers().retrieve(declined.id()), PartyDecisionParams.builder()
                .decidedOn(LocalDate.of(2024, 1, 12)).reason("介绍信信息有误").build());
        assertEquals(from.id(), admin.partyMembers().retrieve(m.id()).organizationId(), "a decline moves nothing");

        PartyTransfer accepted = admin.partyTransfers().issue(TransferParams.builder().memberId(m.id())
                .toOrganizationId(to.id()).letterNumber("京组转〔2024〕18号").issuedOn(LocalDate.of(2024, 1, 15))
                .build());
        assertEquals("ACCEPTED", admin.partyTransfers().accept(admin.partyTransfers()
                .retrieve(accepted.id()), PartyDecisionParams.builder().decidedOn(LocalDate.of(2024, 1, 20)).build())
                .state().name());
        assertEquals(to.id(), admin.partyMembers().retrieve(m.id()).organizationId());
        assertEquals(LocalDate.of(2024, 1, 20), admin.partyOrganizations().posts(from.id(), ListParams.none()).stream()
                .filter(p -> p.id().equals(secretary.id())).findFirst().orElseThrow().endedOn().orElseThrow(),
                "posts in the old organisation end");
        assertTrue(admin.partyOrganizations().members(from.id(), ListParams.none()).data().isEmpty());
        assertEquals(List.of(declined.id(), accepted.id()), admin.partyMembers().transfers(m.id(), ListParams.none())
                .stream()
                .map(PartyTransfer::id).toList(), "the history keeps both");
        assertThrows(ConflictException.class, () -> admin.partyTransfers().accept(admin.partyTransfers()
                .retrieve(accepted.id()), PartyDecisionParams.builder().build()));

        // out of the tenant: the member stays on record, on no roster
        PartyTransfer out = admin.partyTransfers().issue(TransferParams.builder().memberId(m.id())
                .destination("上海市浦东新区某街道党工委").issuedOn(LocalDate.of(2024, 6, 1)).build());
        admin.partyTransfers().accept(admin.partyTransfers().retrieve(out.id()), PartyDecisionParams.builder()
                .decidedOn(LocalDate.of(2024, 6, 5)).build());
        assertEquals(LocalDate.of(2024, 6, 5), admin.partyMembers().retrieve(m.id()).leftOn().orElseThrow());
        assertTrue(admin.partyOrganizations().members(to.id(), ListParams.none()).data().isEmpty());
        assertThrows(BadRequestException.class, () -> admin.partyTransfers().issue(TransferParams.builder()
                .memberId(m.id()).toOrganizationId(from.id()).build()), "a member who left");

        PartyOrganization closed = org(null, OrganizationType.BRANCH, "已撤销党支部");
        admin.partyOrganizations().dissolve(admin.partyOrganizations().retrieve(closed.id()), LocalDate.of(2024, 1, 1));
        PartyMember n = member(to, "李待转");
        assertThrows(BadRequestException.class, () -> admin.partyTransfers().issue(TransferParams.builder()
                .memberId(n.id()).toOrganizationId(closed.id()).build()), "to a dissolved organisation");
    }

    @Test
    void postsAndConcurrentPostsInOtherBodies() {
        Grid street = street("一肩挑街道");
        Grid community = grid(street, GridLevel.COMMUNITY, "001", "一肩挑社区");
        Grid compound = grid(community, GridLevel.COMPOUND, "001", "和园小区");
        PartyOrganization branch = org(null, OrganizationType.BRANCH, "和园小区党支部");
        PartyOrganization group = admin.partyOrganizations().establish(PartyOrganizationCreateParams.builder()
                .parentId(branch.id()).type(OrganizationType.GROUP).name("1栋党小组").hostKind(HostKind.GRID)
                .establishedOn(FOUNDED).build());
        PartyMember secretary = member(branch, "周书记");
        PartyMember leader = member(group, "吴组长");
        PartyMember outsider = member(org(null, OrganizationType.BRANCH, "别处党支部"), "郑局外");

        PartyPost post = admin.partyOrganizations().appoint(branch.id(), PartyPostParams.builder()
                .memberId(secretary.id()).title(PostTitle.SECRETARY).startedOn(FOUNDED).build());
        assertThrows(ConflictException.class, () -> admin.partyOrganizations()
                .appoint(branch.id(), PartyPostParams.builder().memberId(leader.id()).title(PostTitle.SECRETARY)
                .startedOn(FOUNDED).build()),
                "one serving secretary");
        admin.partyOrganizations().appoint(branch.id(), PartyPostParams.builder().memberId(leader.id())
                .title(PostTitle.COMMITTEE_MEMBER).startedOn(FOUNDED).build());
        admin.partyOrganizations().appoint(group.id(), PartyPostParams.builder().memberId(leader.id())
                .title(PostTitle.GROUP_LEADER).startedOn(FOUNDED).build());
        assertThrows(BadRequestException.class, () -> admin.partyOrganizations()
                .appoint(branch.id(), PartyPostParams.builder().memberId(outsider.id())
                .title(PostTitle.COMMITTEE_MEMBER).startedOn(FOUNDED).build()), "not on the roster");
        assertThrows(BadRequestException.class, () -> admin.partyOrganizations()
                .appoint(branch.id(), PartyPostParams.builder().memberId(leader.id()).title(PostTitle.GROUP_LEADER)
                .startedOn(FOUNDED).build()), "a branch has no group leader");
        refusedOnTheWire("POST", "api/v1/party-organizations/" + branch.id() + "/posts", "{\"memberId\":\""
                + leader.id() + "\",\"title\":\"EMPEROR\",\"startedOn\":\"2020-01-01\"}", "title");

        CommunityBody committee = admin.communityBodies().create(CommunityBodyCreateParams.builder()
                .kind(BodyKind.OWNERS_COMMITTEE).name("和园业主委员会").gridId(compound.id())
                .establishedOn(LocalDate.of(2020, 1, 1)).build());
        BodySeat chair = admin.communityBodies().seat(committee.id(), SeatParams.builder()
                .partyMemberId(secretary.id()).role(SeatRole.CHAIR).startedOn(LocalDate.of(2020, 1, 1)).build());
        assertEquals("周书记", chair.name());
        assertThrows(ConflictException.class, () -> admin.communityBodies().seat(committee.id(), SeatParams.builder()
                .partyMemberId(secretary.id()).build()), "seated once");
        MemberPosts posts = admin.partyMembers().posts(secretary.id());
        assertEquals(List.of(post.id()), posts.partyPosts().stream().map(PartyPost::id).toList());
        assertEquals(List.of(chair.id()), posts.bodySeats().stream().map(BodySeat::id).toList(),
                "secretary and chair of the owners' committee: 一肩挑");
        BodySeat masked = Tenants.client(base, PlatformEnvironment.ALPHA, "alpha-coordinator").communityBodies()
                .seats(committee.id(), ListParams.none()).data().get(0);
        assertTrue(masked.masked());
        assertEquals("周*记", masked.name());

        assertThrows(BadRequestException.class, () -> admin.partyPosts().end(admin.partyPosts()
                .retrieve(post.id()), FOUNDED.minusDays(1)),
                "before it started");
        PartyPost ended = admin.partyPosts().end(admin.partyPosts().retrieve(post.id()), LocalDate.of(2023, 12, 31));
        assertEquals(LocalDate.of(2023, 12, 31), ended.endedOn().orElseThrow());
        assertThrows(ConflictException.class, () -> admin.partyPosts().end(admin.partyPosts()
                .retrieve(post.id()), null), "ended once");
        admin.partyOrganizations().appoint(branch.id(), PartyPostParams.builder().memberId(leader.id())
                .title(PostTitle.SECRETARY).startedOn(LocalDate.of(2024, 1, 1)).build());
        refusedOnTheWire("POST", "api/v1/community-bodies", "{\"kind\":\"GUILD\",\"name\":\"x\","
                + "\"gridId\":\"" + compound.id() + "\",\"establishedOn\":\"2020-01-01\"}", "kind");
        assertThrows(BadRequestException.class, () -> admin.communityBodies().seat(committee.id(),
                SeatParams.builder().role(SeatRole.CHAIR).build()), "neither member nor name");
    }

    @Test
    void householdLinksSayWhoCoversAHouseholdAndHowMany() {
        Grid street = street("联户街道");
        Grid community = grid(street, GridLevel.COMMUNITY, "001", "联户社区");
        Grid compound = grid(community, GridLevel.COMPOUND, "001", "柳林小区");
        Grid b1 = grid(compound, GridLevel.BUILDING, "001", "1栋");
        Grid b2 = grid(compound, GridLevel.BUILDING, "002", "2栋");
        Household h1 = admin.households().register(HouseholdRegisterParams.builder().gridId(b1.id()).address("1单元101")
                .headName("陈户主").headPhone("13700001111").build());
        Household h2 = admin.households().register(HouseholdRegisterParams.builder().gridId(b1.id()).address("1单元102")
                .build());
        Household h3 = admin.households().register(HouseholdRegisterParams.builder().gridId(b2.id()).address("1单元101")
                .headName("林户主").build());
        assertThrows(ConflictException.class, () -> admin.households().register(HouseholdRegisterParams.builder()
                .gridId(b1.id()).address("1单元101").build()));
        assertThrows(BadRequestException.class, () -> admin.households().register(HouseholdRegisterParams.builder()
                .gridId(community.id()).address("x").build()),
                "a household is in a building, compound or grid");
        assertEquals("陈*主", Tenants.client(base, PlatformEnvironment.ALPHA, "alpha-manager").households()
                .retrieve(h1.id()).headName().orElseThrow(), "a grid manager reaches every household, masked");
        assertEquals(3, admin.households().list(HouseholdListParams.builder().gridId(compound.id()).build()).stream()
                .count());
        assertThrows(ConflictException.class, () -> admin.grids().delete(b2), "a building with households stays");

        PartyOrganization branch = org(null, OrganizationType.BRANCH, "柳林小区党支部");
        PartyMember a = member(branch, "党员联一");
        PartyMember b = member(branch, "党员联二");
        admin.partyMembers().link(a.id(), MemberLinkParams.builder().gridId(b1.id()).linkedOn(LocalDate.of(2023, 3, 1))
                .build());
        MemberLink single = admin.partyMembers().link(b.id(), MemberLinkParams.builder().householdId(h3.id()).build());
        admin.partyMembers().link(b.id(), MemberLinkParams.builder().householdId(h1.id()).build());
        assertThrows(ConflictException.class, () -> admin.partyMembers().link(a.id(), MemberLinkParams.builder()
                .gridId(b1.id()).build()),
                "linked once");
        assertThrows(BadRequestException.class, () -> admin.partyMembers().link(a.id(), MemberLinkParams.builder()
                .gridId(community.id()).build()),
                "a community is not a building, compound or grid");
        assertThrows(BadRequestException.class, () -> admin.partyMembers().link(a.id(), MemberLinkParams.builder()
                .build()),
                "neither a household nor a node");
        assertThrows(NullPointerException.class, () -> HouseholdListParams.builder().build(), "gridId is required");
        assertEquals(400, Http.get(base + "api/v1/households", Tenants.token(PlatformEnvironment.ALPHA, "alpha-admin"))
                .status(), "gridId is required");

        assertEquals(List.of(h1.id(), h2.id()).stream().sorted().toList(), admin.partyMembers()
                .households(a.id(), ListParams.none())
                .stream().map(Household::id).sorted().toList(), "everything in building 1");
        assertEquals(List.of(a.id(), b.id()).stream().sorted().toList(), admin.partyMembers()
                .covering(h1.id(), ListParams.none())
                .stream().map(PartyMember::id).sorted().toList());
        assertEquals(Map.of(a.id(), 2L, b.id(), 2L), admin.partyOrganizations()
                .householdCoverage(branch.id(), ListParams.none())
                .stream().collect(java.util.stream.Collectors.toMap(HouseholdCount::memberId,
                        HouseholdCount::households)));

        admin.partyMembers().unlink(admin.partyMembers().retrieveLink(b.id(), single.id()));
        assertEquals(List.of(), admin.partyMembers().covering(h3.id(), ListParams.none()).data());
        assertThrows(NotFoundException.class, () -> admin.partyMembers().unlink(admin.partyMembers()
                .retrieveLink(a.id(), single.id())));

        admin.partyOrganizations().cover(admin.partyOrganizations().retrieve(branch.id()), List.of(compound.id()));
        PartyStats stats = admin.partyOrganizations().stats(street.id());
        assertEquals(3, stats.households());
        assertEquals(2, stats.householdsCovered());
        assertEquals(0.6667, stats.householdCoverage().orElseThrow());
    }

    @Test
    void organisationLifeIsCountedPerOrganisationAndPeriod() {
        PartyOrganization branch = org(null, OrganizationType.BRANCH, "三会一课党支部");
        PartyOrganization group = admin.partyOrganizations().establish(PartyOrganizationCreateParams.builder()
                .parentId(branch.id()).type(OrganizationType.GROUP).name("第一党小组").hostKind(HostKind.GRID)
                .establishedOn(FOUNDED).build());
        PartyMember a = member(branch, "参会甲");
        PartyMember b = member(group, "参会乙");
        PartyMember stranger = member(org(null, OrganizationType.BRANCH, "隔壁党支部"), "旁人");

        PartyMeeting general = admin.partyOrganizations().holdMeeting(branch.id(), MeetingParams.builder()
                .kind(MeetingKind.GENERAL_MEMBERS_MEETING)
                .title("第一季度党员大会").heldOn(LocalDate.of(2024, 3, 28)).place("社区党群服务中心")
                .attendance(Map.of(a.id(), "PRESENT", b.id(), "EXCUSED")).build());
        assertEquals(Map.of(a.id(), "PRESENT", b.id(), "EXCUSED"), admin.partyMeetings().retrieve(general.id())
                .attendance());
        admin.partyOrganizations().holdMeeting(branch.id(), MeetingParams.builder().kind(MeetingKind.PARTY_LECTURE)
                .title("书记讲党课")
                .heldOn(LocalDate.of(2024, 4, 10)).attendance(Map.of(a.id(), "PRESENT", b.id(), "PRESENT")).build());
        admin.partyOrganizations().holdMeeting(branch.id(), MeetingParams.builder().kind(MeetingKind.THEMED_PARTY_DAY)
                .title("主题党日：清洁家园")
                .heldOn(LocalDate.of(2024, 7, 1)).attendance(Map.of(a.id(), "ABSENT")).build());
        admin.partyOrganizations().holdMeeting(group.id(), MeetingParams.builder().kind(MeetingKind.GROUP_MEETING)
                .title("党小组会")
                .heldOn(LocalDate.of(2024, 4, 2)).attendance(Map.of(b.id(), "PRESENT")).build());

        MeetingCounts q2 = admin.partyOrganizations().meetingCounts(branch.id(), MeetingListParams.builder()
                .from(LocalDate.of(2024, 1, 1)).to(LocalDate.of(2024, 6, 30)).build());
        assertEquals(Map.of("GENERAL_MEMBERS_MEETING", 1L, "PARTY_LECTURE", 1L), q2.meetingsByKind());
        assertEquals(Map.of("PRESENT", 3L, "EXCUSED", 1L), q2.attendanceByPresence());
        assertEquals(0.75, q2.attendanceRate().orElseThrow());
        assertEquals(3, admin.partyOrganizations().meetings(branch.id(), MeetingListParams.builder().build()).stream()
                .count());
        assertEquals(1, admin.partyOrganizations().meetings(branch.id(), MeetingListParams.builder()
                .from(LocalDate.of(2024, 7, 1)).build()).stream().count());
        GridApiIT.assertProblem(Http.get(PlatformEnvironment.local(deployed) + "api/v1/party-organizations/"
                + branch.id() + "/meetings?from=last-spring", Tenants.token(PlatformEnvironment.ALPHA,
                "alpha-admin")), 400);

        assertThrows(BadRequestException.class, () -> admin.partyOrganizations()
                .holdMeeting(branch.id(), MeetingParams.builder()
                .kind(MeetingKind.GROUP_MEETING).title("x").heldOn(LocalDate.of(2024, 1, 1)).build()),
                "only a group holds group meetings");
        assertThrows(BadRequestException.class, () -> admin.partyOrganizations()
                .holdMeeting(branch.id(), MeetingParams.builder()
                .kind(MeetingKind.PARTY_LECTURE).title("x").heldOn(LocalDate.of(2024, 1, 1))
                .attendance(Map.of(stranger.id(), "PRESENT")).build()), "an attendee not on the roster");
        assertThrows(BadRequestException.class, () -> admin.partyOrganizations()
                .holdMeeting(branch.id(), MeetingParams.builder()
                .kind(MeetingKind.PARTY_LECTURE).title("x").heldOn(LocalDate.of(2024, 1, 1))
                .attendance(Map.of(a.id(), "SLEEPING")).build()));
        refusedOnTheWire("POST", "api/v1/party-organizations/" + branch.id() + "/meetings", "{\"kind\":\"TEA_PARTY\","
                + "\"title\":\"x\",\"heldOn\":\"2024-01-01\"}", "kind");
        assertThrows(BadRequestException.class, () -> admin.partyOrganizations()
                .holdMeeting(branch.id(), MeetingParams.builder()
                .kind(MeetingKind.PARTY_LECTURE).title("x").heldOn(LocalDate.now().plusDays(30))
                        .build()), "in the future");
        assertThrows(BadRequestException.class, () -> admin.partyOrganizations()
                .meetingCounts(branch.id(), MeetingListParams.builder().from(LocalDate.of(2024, 6, 1))
                .to(LocalDate.of(2024, 1, 1)).build()));
        String token = Tenants.token(PlatformEnvironment.ALPHA, "alpha-admin");
        GridApiIT.assertProblem(Http.json("POST", PlatformEnvironment.local(deployed) + "api/v1/party-organizations/"
                + branch.id() + "/meetings", token, "{\"kind\":\"PARTY_LECTURE\",\"title\":\"x\","
                + "\"heldOn\":\"2024-01-01\",\"attendance\":{\"" + a.id() + "\":null}}"), 400);
    }

    @Test
    void aFivePlusRedAllianceMeetsAndDecides() {
        Grid street = street("联盟街道");
        Grid community = grid(street, GridLevel.COMMUNITY, "001", "联盟社区");
        PartyOrganization committee = org(null, OrganizationType.COMMITTEE, "联盟社区党委");
        CommunityBody owners = admin.communityBodies().create(CommunityBodyCreateParams.builder()
                .kind(BodyKind.OWNERS_COMMITTEE).name("业委会").gridId(community.id()).establishedOn(FOUNDED).build());
        CommunityBody supervisors = admin.communityBodies().create(CommunityBodyCreateParams.builder()
                .kind(BodyKind.SUPERVISORY_COMMITTEE).name("居务监督委员会").gridId(community.id()).establishedOn(FOUNDED)
                .build());
        CommunityBody property = admin.communityBodies().create(CommunityBodyCreateParams.builder()
                .kind(BodyKind.PROPERTY_COMPANY).name("红枫物业").gridId(community.id()).establishedOn(FOUNDED).build());
        CommunityBody twoNew = admin.communityBodies().create(CommunityBodyCreateParams.builder()
                .kind(BodyKind.NEW_SOCIAL_ORGANISATION).name("邻里互助社").gridId(community.id()).establishedOn(FOUNDED)
                .build());
        String department = admin.departments().create(DepartmentCreateParams.builder()
                .code("PARTY_ALLIANCE_" + System.nanoTime() % 100000).name("街道城管科").build()).id();
        assertEquals(4, admin.communityBodies().list(CommunityBodyListParams.builder().gridId(street.id()).build())
                .stream().count());
        assertEquals(List.of(owners.id()), admin.communityBodies().list(CommunityBodyListParams.builder()
                .gridId(street.id()).kind(BodyKind.OWNERS_COMMITTEE).build()).stream()
                .map(CommunityBody::id).toList());
        Http.Reply guild = Http.get(base + "api/v1/community-bodies?gridId=" + street.id() + "&kind=GUILD",
                Tenants.token(PlatformEnvironment.ALPHA, "alpha-admin"));
        assertEquals(400, guild.status(), guild.body());

        Alliance alliance = admin.alliances().form(AllianceParams.builder().name("联盟社区“5+”红色联盟")
                .gridId(community.id()).establishedOn(LocalDate.of(2022, 5, 1)).participants(List.of(
                        AllianceParticipantParams.builder().partyOrganizationId(committee.id()).lead(true).build(),
                        AllianceParticipantParams.builder().bodyId(owners.id()).build(),
                        AllianceParticipantParams.builder().bodyId(supervisors.id()).build(),
                        AllianceParticipantParams.builder().bodyId(property.id()).build(),
                        AllianceParticipantParams.builder().bodyId(twoNew.id()).build())).build());
        assertEquals(5, alliance.participants().size());
        Alliance joined = admin.alliances().join(admin.alliances()
                .retrieve(alliance.id()), AllianceParticipantParams.builder()
                .departmentId(department).build());
        assertEquals(6, joined.participants().size());
        String propertyParticipant = joined.participants().stream().filter(p -> p.bodyId().isPresent()
                && p.bodyId().get().equals(property.id())).findFirst().orElseThrow().id();
        assertThrows(ConflictException.class, () -> admin.alliances().join(admin.alliances()
                .retrieve(alliance.id()), AllianceParticipantParams.builder().bodyId(owners.id()).build()), "once");
        assertThrows(BadRequestException.class, () -> admin.alliances().join(admin.alliances()
                .retrieve(alliance.id()), AllianceParticipantParams.builder().build()), "nobody");
        String token = Tenants.token(PlatformEnvironment.ALPHA, "alpha-admin");
        String alliances = PlatformEnvironment.local(deployed) + "api/v1/alliances";
        GridApiIT.assertProblem(Http.json("POST", alliances, token, "{\"name\":\"x\",\"gridId\":\""
                + community.id() + "\",\"establishedOn\":\"2020-01-01\",\"participants\":[null,null]}"), 400);
        GridApiIT.assertProblem(Http.json("POST", alliances + "/" + alliance.id() + "/meetings", token,
                "{\"heldOn\":\"2024-03-15\",\"topic\":\"x\",\"decisions\":[null]}"), 400);

        AllianceMeeting meeting = admin.alliances().meet(alliance.id(), AllianceMeetingParams.builder()
                .heldOn(LocalDate.of(2024, 3, 15)).topic("电动车集中充电棚建设").decisions(List.of(
                        AllianceDecisionParams.builder().text("物业一个月内完成选址和报价")
                                .ownerParticipantId(propertyParticipant).dueOn(LocalDate.of(2024, 4, 15)).build(),
                        AllianceDecisionParams.builder().text("业委会征求业主意见").build())).build());
        assertEquals(2, meeting.decisions().size());
        AllianceDecision decision = meeting.decisions().stream().filter(d -> d.ownerParticipantId().isPresent())
                .findFirst().orElseThrow();
        assertEquals(LocalDate.of(2024, 4, 10), admin.alliances().complete(alliance.id(), decision,
                LocalDate.of(2024, 4, 10)).doneOn().orElseThrow());
        assertThrows(PreconditionFailedException.class, () -> admin.alliances().complete(alliance.id(), decision, null),
                "decision was read before it was done");
        AllianceDecision done = admin.alliances().retrieveMeeting(alliance.id(), meeting.id()).decisions().stream()
                .filter(d -> d.id().equals(decision.id())).findFirst().orElseThrow();
        assertThrows(ConflictException.class, () -> admin.alliances().complete(alliance.id(), done, null));
        assertEquals(1, admin.alliances().meetings(alliance.id(), ListParams.none()).stream().count());
        assertNotNull(admin.alliances().retrieve(alliance.id()));

        assertThrows(BadRequestException.class, () -> admin.alliances().meet(alliance.id(),
                AllianceMeetingParams.builder().heldOn(LocalDate.of(2024, 3, 15)).topic("x").decisions(List.of(
                        AllianceDecisionParams.builder().text("x").ownerParticipantId(
                                "00000000-0000-0000-0000-000000000001").build())).build()),
                "an owner outside the alliance");
        assertThrows(BadRequestException.class, () -> admin.alliances().form(AllianceParams.builder().name("独角戏")
                .gridId(community.id()).establishedOn(FOUNDED).participants(List.of(AllianceParticipantParams
                        .builder().bodyId(owners.id()).build())).build()), "an alliance of one");
        assertThrows(BadRequestException.class, () -> admin.alliances().form(AllianceParams.builder().name("x")
                .gridId(community.id()).establishedOn(FOUNDED).participants(List.of(AllianceParticipantParams
                        .builder().bodyId(owners.id()).partyOrganizationId(committee.id()).build(),
                        AllianceParticipantParams.builder().bodyId(property.id()).build())).build()),
                "one id per participant");
    }

    /**
     * A hand-built district: one street, one community with three compounds (two covered by a branch) and one
     * grid; an owners' committee of five seats (two Party members, the chair the branch secretary) and four
     * candidates (one Party member); an in-service member of another organisation reporting here.
     */
    @Test
    void statisticsOfAHandBuiltDistrict() {
        Grid street = street("党建街道");
        Grid community = grid(street, GridLevel.COMMUNITY, "001", "党建社区");
        Grid a = grid(community, GridLevel.COMPOUND, "001", "甲小区");
        Grid b = grid(community, GridLevel.COMPOUND, "002", "乙小区");
        grid(community, GridLevel.COMPOUND, "003", "丙小区");
        Grid g = grid(community, GridLevel.GRID, "004", "一网格");

        PartyOrganization general = org(null, OrganizationType.GENERAL_BRANCH, "党建社区党总支");
        PartyOrganization branch = admin.partyOrganizations().establish(PartyOrganizationCreateParams.builder()
                .parentId(general.id()).type(OrganizationType.BRANCH).name("甲乙小区党支部").hostKind(HostKind.COMPOUND)
                .establishedOn(FOUNDED).build());
        assertEquals(2, admin.partyOrganizations().cover(admin.partyOrganizations()
                .retrieve(branch.id()), List.of(a.id(), b.id(), a.id())).size(), "no duplicates");
        admin.partyOrganizations().cover(admin.partyOrganizations().retrieve(general.id()), List.of(g.id()));
        PartyMember secretary = admin.partyMembers().admit(PartyMemberCreateParams.builder().organizationId(branch.id())
                .name("党员甲").idNumber(idNumber()).kind(MemberKind.REGISTERED).joinedOn(FOUNDED).build());
        PartyMember second = admin.partyMembers().admit(PartyMemberCreateParams.builder().organizationId(branch.id())
                .name("党员乙").idNumber(idNumber()).status(MemberStatus.PROBATIONARY).kind(MemberKind.MOBILE)
                .joinedOn(FOUNDED).build());
        PartyMember candidate = admin.partyMembers().admit(PartyMemberCreateParams.builder().organizationId(branch.id())
                .name("党员丙").idNumber(idNumber()).joinedOn(FOUNDED).build());
        admin.partyOrganizations().appoint(branch.id(), PartyPostParams.builder().memberId(secretary.id())
                .title(PostTitle.SECRETARY).startedOn(FOUNDED).build());
        PartyMember elsewhere = member(org(null, OrganizationType.BRANCH, "市直机关党支部"), "报到丁");
        PartyReport report = admin.partyReports().report(InServiceReportParams.builder().organizationId(branch.id())
                .memberId(elsewhere.id()).employer("市财政局").reportedOn(LocalDate.of(2024, 2, 1)).build());
        admin.partyReports().accept(admin.partyReports().retrieve(report.id()), PartyDecisionParams.builder()
                .decidedOn(LocalDate.of(2024, 2, 2)).build());

        CommunityBody committee = admin.communityBodies().create(CommunityBodyCreateParams.builder()
                .kind(BodyKind.OWNERS_COMMITTEE).name("甲小区业委会").gridId(a.id()).establishedOn(FOUNDED).build());
        admin.communityBodies().seat(committee.id(), SeatParams.builder().partyMemberId(secretary.id())
                .role(SeatRole.CHAIR).build());
        admin.communityBodies().seat(committee.id(), SeatParams.builder().partyMemberId(second.id()).build());
        for (String name : List.of("业主一", "业主二", "业主三")) {
            admin.communityBodies().seat(committee.id(), SeatParams.builder().name(name).build());
        }
        admin.communityBodies().seat(committee.id(), SeatParams.builder().partyMemberId(candidate.id())
                .standing(SeatStanding.CANDIDATE).build());
        for (String name : List.of("候选一", "候选二", "候选三")) {
            admin.communityBodies().seat(committee.id(), SeatParams.builder().name(name)
                    .standing(SeatStanding.CANDIDATE).build());
        }
        BodySeat gone = admin.communityBodies().seat(committee.id(), SeatParams.builder().name("已离任").build());
        admin.communityBodies().endSeat(admin.communityBodies().retrieveSeat(committee.id(), gone.id()), null);
        assertThrows(ConflictException.class, () -> admin.communityBodies().endSeat(admin.communityBodies()
                .retrieveSeat(committee.id(), gone.id()), null));

        PartyStats stats = admin.partyOrganizations().stats(street.id());
        assertEquals(3, stats.compounds());
        assertEquals(2, stats.compoundsCovered());
        assertEquals(0.6667, stats.compoundCoverage().orElseThrow());
        assertEquals(1.0, stats.gridCoverage().orElseThrow());
        assertEquals(Map.of("BRANCH", 1L, "GENERAL_BRANCH", 1L), stats.organizationsByType());
        assertEquals(Map.of("REGISTERED", 2L, "MOBILE", 1L, "IN_SERVICE_REPORTED", 1L), stats.membersByKind());
        OwnersCommitteeShare share = stats.ownersCommittees().get(0);
        assertEquals(1, stats.ownersCommittees().size());
        assertEquals(5, share.seated(), "the ended seat does not count");
        assertEquals(2, share.seatedPartyMembers());
        assertEquals(0.4, share.partyShare().orElseThrow());
        assertTrue(share.meetsTarget(), "40 % ≥ 30 %");
        assertEquals(4, share.candidates());
        assertEquals(0.25, share.candidatePartyShare().orElseThrow());
        assertFalse(share.candidatesMeetTarget(), "25 % < 30 %: reported, not enforced");
        assertTrue(share.chairIsSecretary(), "一肩挑");

        assertThrows(NotFoundException.class, () -> admin.partyOrganizations().cover(admin.partyOrganizations()
                .retrieve(branch.id()), List.of(Tenants.betaRoot(beta).id())),
                "another tenant's grid");
        assertThrows(NotFoundException.class, () -> beta.partyOrganizations().stats(street.id()));
        assertThrows(BadRequestException.class, () -> admin.partyOrganizations().stats(null), "gridId is required");
    }

    @Test
    void theNewReadsAndListsAnswerBadInputWithProblems() {
        String alpha = Tenants.token(PlatformEnvironment.ALPHA, "alpha-admin");
        for (String path : List.of("api/v1/party-posts/not-an-id", "api/v1/party-members/not-an-id/links/x",
                "api/v1/community-bodies/not-an-id/seats/x", "api/v1/alliances/not-an-id/meetings/x")) {
            Http.Reply r = Http.get(base + path, alpha);
            assertEquals(404, r.status(), path + " " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        }
        Http.Reply tooMany = Http.get(base + "api/v1/party-organizations?limit=501", alpha);
        assertEquals(400, tooMany.status(), tooMany.body());
        PartyOrganization branch = org(null, OrganizationType.BRANCH, "坏输入党支部");
        Http.Reply noIfMatch = Http.json("POST", base + "api/v1/party-organizations/" + branch.id() + ":dissolve",
                alpha, "{}");
        assertEquals(428, noIfMatch.status(), noIfMatch.body());
        Http.Reply badDate = Http.json("POST", base + "api/v1/party-organizations/" + branch.id() + ":dissolve",
                alpha, "{\"dissolvedOn\":\"yesterday\"}", "If-Match", "\"" + branch.version() + "\"");
        assertEquals(400, badDate.status(), badDate.body());
        assertTrue(admin.partyOrganizations().retrieve(branch.id()).dissolvedOn().isEmpty(), "nothing half-done");
    }

    @Test
    void anotherTenantsPartyRecordsDoNotExist() {
        Grid street = street("隔离街道");
        Grid compound = grid(grid(street, GridLevel.COMMUNITY, "001", "隔离社区"), GridLevel.COMPOUND, "001", "隔离小区");
        PartyOrganization branch = org(null, OrganizationType.BRANCH, "隔离党支部");
        PartyMember m = member(branch, "李四");
        PartyPost post = admin.partyOrganizations().appoint(branch.id(), PartyPostParams.builder().memberId(m.id())
                .title(PostTitle.SECRETARY).startedOn(FOUNDED).build());
        PartyMeeting meeting = admin.partyOrganizations().holdMeeting(branch.id(), MeetingParams.builder()
                .kind(MeetingKind.PARTY_LECTURE).title("党课").heldOn(LocalDate.of(2024, 1, 5)).build());
        PartyReport report = admin.partyReports().report(InServiceReportParams.builder().organizationId(branch.id())
                .name("外来人").idNumber(idNumber()).joinedOn(FOUNDED).employer("某单位")
                .reportedOn(LocalDate.of(2024, 1, 5)).build());
        PartyTransfer transfer = admin.partyTransfers().issue(TransferParams.builder().memberId(m.id())
                .destination("外省").build());
        Household h = admin.households().register(HouseholdRegisterParams.builder().gridId(compound.id()).address("1号")
                .headName("户主").build());
        MemberLink link = admin.partyMembers().link(m.id(), MemberLinkParams.builder().householdId(h.id()).build());
        CommunityBody body = admin.communityBodies().create(CommunityBodyCreateParams.builder()
                .kind(BodyKind.OWNERS_COMMITTEE).name("隔离业委会").gridId(compound.id()).establishedOn(FOUNDED).build());
        BodySeat seat = admin.communityBodies().seat(body.id(), SeatParams.builder().name("业主").build());
        PartyOrganization other = org(null, OrganizationType.BRANCH, "另一党支部");
        Alliance alliance = admin.alliances().form(AllianceParams.builder().name("隔离联盟").gridId(compound.id())
                .establishedOn(FOUNDED).participants(List.of(
                        AllianceParticipantParams.builder().partyOrganizationId(branch.id()).build(),
                        AllianceParticipantParams.builder().bodyId(body.id()).build())).build());
        AllianceMeeting am = admin.alliances().meet(alliance.id(), AllianceMeetingParams.builder()
                .heldOn(LocalDate.of(2024, 2, 1)).topic("议题").decisions(List.of(AllianceDecisionParams.builder()
                        .text("决定").build())).build());

        String betaGrid = Tenants.betaRoot(beta).id();
        assertThrows(NotFoundException.class, () -> beta.partyOrganizations().retrieve(branch.id()));
        assertThrows(NotFoundException.class, () -> beta.partyOrganizations().subtree(branch.id(), ListParams.none()));
        assertThrows(NotFoundException.class, () -> beta.partyOrganizations()
                .ancestors(branch.id(), ListParams.none()));
        assertThrows(NotFoundException.class, () -> beta.partyOrganizations().members(branch.id(), ListParams.none())
                .data());
        assertThrows(NotFoundException.class, () -> beta.partyOrganizations().move(branch, null));
        assertThrows(NotFoundException.class, () -> beta.partyOrganizations().dissolve(branch, null));
        assertThrows(NotFoundException.class, () -> beta.partyOrganizations()
                .establish(PartyOrganizationCreateParams.builder().parentId(branch.id()).type(OrganizationType.GROUP)
                .name("x").hostKind(HostKind.GRID).establishedOn(FOUNDED).build()));
        assertThrows(NotFoundException.class, () -> beta.partyOrganizations()
                .appoint(branch.id(), PartyPostParams.builder().memberId(m.id()).title(PostTitle.COMMITTEE_MEMBER)
                .startedOn(FOUNDED).build()));
        assertThrows(NotFoundException.class, () -> beta.partyOrganizations().posts(branch.id(), ListParams.none()));
        assertThrows(NotFoundException.class, () -> beta.partyPosts().end(beta.partyPosts().retrieve(post.id()), null));
        assertThrows(NotFoundException.class, () -> beta.partyOrganizations().cover(branch, List.of()));
        assertThrows(NotFoundException.class, () -> beta.partyOrganizations().coverage(branch.id()));
        assertThrows(NotFoundException.class, () -> beta.partyOrganizations()
                .householdCoverage(branch.id(), ListParams.none()));
        assertThrows(NotFoundException.class, () -> beta.partyOrganizations()
                .holdMeeting(branch.id(), MeetingParams.builder()
                .kind(MeetingKind.PARTY_LECTURE).title("x").heldOn(LocalDate.of(2024, 1, 5)).build()));
        assertThrows(NotFoundException.class, () -> beta.partyOrganizations()
                .meetings(branch.id(), MeetingListParams.builder().build()).data());
        assertThrows(NotFoundException.class, () -> beta.partyMeetings().retrieve(meeting.id()));
        assertThrows(NotFoundException.class, () -> beta.partyOrganizations()
                .meetingCounts(branch.id(), MeetingListParams.builder().from(FOUNDED).to(FOUNDED).build()));
        assertThrows(NotFoundException.class, () -> beta.partyOrganizations()
                .reports(branch.id(), PartyReportListParams.builder().build()).data());
        assertThrows(NotFoundException.class, () -> beta.partyOrganizations().stats(street.id()));
        assertFalse(beta.partyOrganizations().list(ListParams.none()).stream().anyMatch(o -> o.id()
                .equals(branch.id())));
        PartyOrganization betaBranch = beta.partyOrganizations().establish(PartyOrganizationCreateParams.builder()
                .type(OrganizationType.BRANCH).name("乙方党支部").hostKind(HostKind.COMMUNITY).establishedOn(FOUNDED)
                .build());
        assertThrows(NotFoundException.class, () -> beta.partyOrganizations().move(beta.partyOrganizations()
                .retrieve(betaBranch.id()), other.id()), "another tenant's parent");

        assertThrows(NotFoundException.class, () -> beta.partyMembers().retrieve(m.id()));
        assertThrows(NotFoundException.class, () -> beta.partyMembers().admit(PartyMemberCreateParams.builder()
                .organizationId(branch.id()).name("x").idNumber(idNumber()).joinedOn(FOUNDED).build()));
        assertThrows(NotFoundException.class, () -> beta.partyMembers().posts(m.id()));
        assertThrows(NotFoundException.class, () -> beta.partyMembers().links(m.id(), ListParams.none()));
        assertThrows(NotFoundException.class, () -> beta.partyMembers().link(m.id(), MemberLinkParams.builder()
                .householdId(h.id()).build()));
        assertThrows(NotFoundException.class, () -> beta.partyMembers().unlink(link));
        assertThrows(NotFoundException.class, () -> beta.partyMembers().households(m.id(), ListParams.none()).data());
        assertThrows(NotFoundException.class, () -> beta.partyMembers().covering(h.id(), ListParams.none()));
        assertThrows(NotFoundException.class, () -> beta.partyReports().report(InServiceReportParams.builder()
                .organizationId(branch.id()).name("x").idNumber(idNumber()).joinedOn(FOUNDED).employer("x")
                .reportedOn(FOUNDED).build()));
        assertThrows(NotFoundException.class, () -> beta.partyReports().report(InServiceReportParams.builder()
                .organizationId(betaBranch.id()).memberId(m.id()).employer("x").reportedOn(FOUNDED).build()),
                "another tenant's member");
        assertThrows(NotFoundException.class, () -> beta.partyReports().retrieve(report.id()));
        assertThrows(NotFoundException.class, () -> beta.partyReports().accept(report, PartyDecisionParams.builder()
                .build()));
        assertThrows(NotFoundException.class, () -> beta.partyReports().decline(report, PartyDecisionParams.builder()
                .reason("x").build()));
        assertThrows(NotFoundException.class, () -> beta.partyTransfers().issue(TransferParams.builder()
                .memberId(m.id())
                .destination("x").build()));
        assertThrows(NotFoundException.class, () -> beta.partyTransfers().retrieve(transfer.id()));
        assertThrows(NotFoundException.class, () -> beta.partyTransfers().accept(transfer, PartyDecisionParams.builder()
                .build()));
        assertThrows(NotFoundException.class, () -> beta.partyTransfers()
                .decline(transfer, PartyDecisionParams.builder().reason("x").build()));
        assertThrows(NotFoundException.class, () -> beta.partyMembers().transfers(m.id(), ListParams.none()));
        assertThrows(NotFoundException.class, () -> beta.volunteers().register(VolunteerRegisterParams.builder()
                .name("x").homeGridId(betaGrid).partyMemberId(m.id())
                .build()), "another tenant's member cannot be linked");

        assertThrows(NotFoundException.class, () -> beta.households().retrieve(h.id()));
        assertThrows(NotFoundException.class, () -> beta.households().list(HouseholdListParams.builder()
                .gridId(compound.id()).build()).data());
        assertThrows(NotFoundException.class, () -> beta.households().register(HouseholdRegisterParams.builder()
                .gridId(compound.id()).address("2号").build()));
        assertThrows(NotFoundException.class, () -> beta.communityBodies().retrieve(body.id()));
        assertThrows(NotFoundException.class, () -> beta.communityBodies().list(CommunityBodyListParams.builder()
                .gridId(compound.id()).build()).data());
        assertThrows(NotFoundException.class, () -> beta.communityBodies().create(CommunityBodyCreateParams.builder()
                .kind(BodyKind.OWNERS_COMMITTEE).name("x").gridId(compound.id()).establishedOn(FOUNDED).build()));
        assertThrows(NotFoundException.class, () -> beta.communityBodies().seat(body.id(), SeatParams.builder()
                .name("x").build()));
        assertThrows(NotFoundException.class, () -> beta.communityBodies().seats(body.id(), ListParams.none()));
        assertThrows(NotFoundException.class, () -> beta.communityBodies().endSeat(seat, null));
        assertThrows(NotFoundException.class, () -> beta.alliances().retrieve(alliance.id()));
        assertThrows(NotFoundException.class, () -> beta.alliances().retrieveMeeting(alliance.id(), am.id()));
        assertThrows(NotFoundException.class, () -> beta.partyPosts().retrieve(post.id()));
        assertThrows(NotFoundException.class, () -> beta.partyPosts().end(post, null), "alpha's post and version");
        assertThrows(NotFoundException.class, () -> beta.partyMeetings().retrieve(meeting.id()));
        assertThrows(NotFoundException.class, () -> beta.partyMembers().retrieveLink(m.id(), link.id()));
        assertThrows(NotFoundException.class, () -> beta.communityBodies().retrieveSeat(body.id(), seat.id()));
        assertEquals(post.id(), admin.partyPosts().retrieve(post.id()).id(), "alpha still reads its own");
        assertEquals(seat.id(), admin.communityBodies().retrieveSeat(body.id(), seat.id()).id());
        assertEquals(link.id(), admin.partyMembers().retrieveLink(m.id(), link.id()).id());
        assertFalse(beta.alliances().list(ListParams.none()).stream().anyMatch(x -> x.id().equals(alliance.id())));
        assertThrows(NotFoundException.class, () -> beta.alliances().join(alliance, AllianceParticipantParams.builder()
                .partyOrganizationId(betaBranch.id()).build()));
        assertThrows(NotFoundException.class, () -> beta.alliances().meet(alliance.id(), AllianceMeetingParams.builder()
                .heldOn(LocalDate.of(2024, 2, 1)).topic("x").build()));
        assertThrows(NotFoundException.class, () -> beta.alliances().meetings(alliance.id(), ListParams.none()).data());
        assertThrows(NotFoundException.class, () -> beta.alliances().complete(alliance.id(), am.decisions()
                .get(0), null));
        assertThrows(NotFoundException.class, () -> beta.alliances().form(AllianceParams.builder().name("x")
                .gridId(betaGrid)
                .establishedOn(FOUNDED).participants(List.of(
                        AllianceParticipantParams.builder().partyOrganizationId(betaBranch.id()).build(),
                        AllianceParticipantParams.builder().bodyId(body.id()).build())).build()),
                "another tenant's body");

        // a cursor issued to alpha is refused to beta
        admin.alliances().form(AllianceParams.builder().name("隔离联盟二").gridId(compound.id()).establishedOn(FOUNDED)
                .participants(List.of(AllianceParticipantParams.builder().partyOrganizationId(other.id()).build(),
                        AllianceParticipantParams.builder().bodyId(body.id()).build())).build());
        String alphaToken = Tenants.token(PlatformEnvironment.ALPHA, "alpha-admin");
        String cursor = Http.get(base + "api/v1/alliances?limit=1", alphaToken).json().get("nextCursor").asText();
        GridApiIT.assertProblem(Http.get(base + "api/v1/alliances?limit=1&cursor=" + cursor,
                Tenants.token(PlatformEnvironment.BETA, "beta-admin")), 400);
        assertEquals(200, Http.get(base + "api/v1/alliances?limit=1&cursor=" + cursor, alphaToken).status());
    }
}
