package org.jiceng.platform.it;

import org.jiceng.sdk.JicengClient;
import org.jiceng.sdk.errors.BadRequestException;
import org.jiceng.sdk.errors.ConflictException;
import org.jiceng.sdk.errors.NotFoundException;
import org.jiceng.sdk.errors.PermissionDeniedException;
import org.jiceng.sdk.grids.Grid;
import org.jiceng.sdk.grids.GridCreateParams;
import org.jiceng.sdk.grids.GridLevel;
import org.jiceng.sdk.grids.Household;
import org.jiceng.sdk.party.Alliance;
import org.jiceng.sdk.party.AllianceDecisionParams;
import org.jiceng.sdk.party.AllianceMeeting;
import org.jiceng.sdk.party.AllianceMeetingParams;
import org.jiceng.sdk.party.AllianceParams;
import org.jiceng.sdk.party.AllianceParticipantParams;
import org.jiceng.sdk.party.BodySeat;
import org.jiceng.sdk.party.CommunityBody;
import org.jiceng.sdk.party.HouseholdCount;
import org.jiceng.sdk.party.InServiceReportParams;
import org.jiceng.sdk.party.MeetingCounts;
import org.jiceng.sdk.party.MeetingParams;
import org.jiceng.sdk.party.MemberLink;
import org.jiceng.sdk.party.MemberPosts;
import org.jiceng.sdk.party.OwnersCommitteeShare;
import org.jiceng.sdk.party.PartyMeeting;
import org.jiceng.sdk.party.PartyMember;
import org.jiceng.sdk.party.PartyOrganization;
import org.jiceng.sdk.party.PartyPost;
import org.jiceng.sdk.party.PartyReport;
import org.jiceng.sdk.party.PartyStats;
import org.jiceng.sdk.party.PartyTransfer;
import org.jiceng.sdk.party.SeatParams;
import org.jiceng.sdk.party.TransferParams;
import org.jiceng.sdk.volunteers.Volunteer;
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

    private PartyOrganization org(String parentId, String type, String name) {
        return admin.partyOrganizations().establish(parentId, type, name, "COMMUNITY", FOUNDED);
    }

    private PartyMember member(PartyOrganization o, String name) {
        return admin.partyMembers().admit(o.id(), name, null, idNumber(), null, null, FOUNDED);
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
        var orgs = admin.partyOrganizations();
        PartyOrganization committee = org(null, "COMMITTEE", "芙蓉南路社区党委");
        PartyOrganization general = orgs.establish(committee.id(), "GENERAL_BRANCH", "长城水郡网格党总支",
                "COMPOUND", FOUNDED);
        PartyOrganization branch = orgs.establish(general.id(), "BRANCH", "物业党支部", "PROPERTY_COMPANY", FOUNDED);
        PartyOrganization group = orgs.establish(branch.id(), "GROUP", "3栋党小组", "GRID", FOUNDED);
        PartyOrganization temporary = orgs.establish(committee.id(), "TEMPORARY_BRANCH", "棚改地块临时党支部",
                "COMMUNITY", FOUNDED, "地块拆迁安置", FOUNDED.plusYears(2));
        assertEquals(List.of(general.id(), branch.id(), group.id(), temporary.id()).stream().sorted().toList(),
                orgs.subtree(committee.id()).stream().map(PartyOrganization::id).sorted().toList());
        assertEquals(List.of(committee.id(), general.id(), branch.id()), orgs.ancestors(group.id()).stream()
                .map(PartyOrganization::id).toList());
        assertTrue(orgs.tops().stream().anyMatch(o -> o.id().equals(committee.id())));
        assertEquals("地块拆迁安置", orgs.retrieve(temporary.id()).purpose().orElseThrow());

        assertThrows(BadRequestException.class, () -> orgs.establish(group.id(), "BRANCH", "x", "GRID", FOUNDED),
                "a GROUP cannot hold a BRANCH");
        assertThrows(BadRequestException.class, () -> orgs.establish(null, "GROUP", "x", "GRID", FOUNDED));
        assertThrows(BadRequestException.class, () -> orgs.establish(committee.id(), "TEMPORARY_BRANCH", "x",
                "COMMUNITY", FOUNDED), "a temporary branch states purpose and end");
        assertThrows(BadRequestException.class, () -> orgs.establish(null, "CLUB", "x", "GRID", FOUNDED),
                "unknown type");
        assertThrows(BadRequestException.class, () -> orgs.establish(null, "BRANCH", "x", "SPACESHIP", FOUNDED));
        assertThrows(PermissionDeniedException.class, () -> Tenants.client(base, PlatformEnvironment.ALPHA,
                "alpha-viewer").partyOrganizations().establish(null, "BRANCH", "x", "GRID", FOUNDED));

        // moving: the subtree follows; no cycles
        PartyOrganization other = org(null, "GENERAL_BRANCH", "新建党总支");
        orgs.move(branch.id(), other.id());
        assertEquals(List.of(other.id(), branch.id()), orgs.ancestors(group.id()).stream()
                .map(PartyOrganization::id).toList(), "the group moved with its branch");
        assertFalse(orgs.subtree(committee.id()).stream().anyMatch(o -> o.id().equals(group.id())));
        assertThrows(BadRequestException.class, () -> orgs.move(committee.id(), general.id()),
                "under its own subtree: a cycle");
        assertThrows(BadRequestException.class, () -> orgs.move(committee.id(), committee.id()), "under itself");
        assertThrows(BadRequestException.class, () -> orgs.move(group.id(), null), "a group has a parent");

        // dissolving: bottom up; a dissolved parent takes nothing new
        assertThrows(ConflictException.class, () -> orgs.dissolve(other.id(), null), "the branch still stands");
        assertThrows(BadRequestException.class, () -> orgs.dissolve(temporary.id(), FOUNDED.minusDays(1)));
        PartyOrganization dissolved = orgs.dissolve(temporary.id(), LocalDate.of(2021, 7, 1));
        assertEquals(LocalDate.of(2021, 7, 1), dissolved.dissolvedOn().orElseThrow());
        assertThrows(ConflictException.class, () -> orgs.dissolve(temporary.id(), null), "once");
        assertThrows(BadRequestException.class, () -> orgs.establish(temporary.id(), "GROUP", "x", "GRID", FOUNDED),
                "a dissolved parent");
        assertThrows(BadRequestException.class, () -> orgs.move(group.id(), temporary.id()));
        assertThrows(BadRequestException.class, () -> member(temporary, "晚到"));
    }

    @Test
    void membersPersonalDataIsEncryptedMaskedAndTheirIdNumberUnique() throws Exception {
        PartyOrganization branch = org(null, "BRANCH", "中南社区党支部");
        String id = idNumber();
        PartyMember m = admin.partyMembers().admit(branch.id(), "张小明", "13800002222", id, "FULL", "REGISTERED",
                LocalDate.of(2001, 7, 1));
        assertEquals("张小明", m.name(), "a tenant admin has pii:read");
        assertEquals(id, m.idNumber());
        JicengClient coordinator = Tenants.client(base, PlatformEnvironment.ALPHA, "alpha-coordinator");
        PartyMember masked = coordinator.partyMembers().retrieve(m.id());
        assertTrue(masked.masked());
        assertEquals("张*明", masked.name());
        assertEquals("138****2222", masked.phone().orElseThrow());
        assertEquals(id.substring(0, 4) + "**********" + id.substring(14), masked.idNumber());
        assertEquals(List.of(m.id()), admin.partyOrganizations().members(branch.id()).stream()
                .map(PartyMember::id).toList());
        assertTrue(coordinator.partyOrganizations().members(branch.id()).data().get(0).masked());
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

        assertThrows(ConflictException.class, () -> admin.partyMembers().admit(branch.id(), "重复", null, id, null,
                null, FOUNDED), "one ID number, one member: duplicate membership");
        assertThrows(BadRequestException.class, () -> admin.partyMembers().admit(branch.id(), "错号", null,
                id.substring(0, 17) + (id.charAt(17) == '0' ? "1" : "0"), null, null, FOUNDED), "bad check digit");
        assertThrows(BadRequestException.class, () -> admin.partyMembers().admit(branch.id(), "未来", null,
                idNumber(), null, null, LocalDate.now().plusYears(1)));
        assertThrows(BadRequestException.class, () -> admin.partyMembers().admit(branch.id(), "x", null, idNumber(),
                "HONORARY", null, FOUNDED));

        Volunteer v = admin.volunteers().register("张小明", null, Tenants.alphaRoot(admin).id(), null, null, null,
                m.id());
        assertEquals(m.id(), v.partyMemberId().orElseThrow(), "a volunteer who is a Party member");
    }

    @Test
    void inServiceMembersReportAndTheCommunityAcceptsOrDeclines() throws Exception {
        var members = admin.partyMembers();
        PartyOrganization home = org(null, "BRANCH", "区直机关第三党支部");
        PartyOrganization community = org(null, "COMMITTEE", "北新桥社区党委");
        PartyMember registered = member(home, "王在职");

        // a member of this (city) tenant registered in another district's organisation
        PartyReport inside = members.report(InServiceReportParams.builder().organizationId(community.id())
                .memberId(registered.id()).employer("东城区税务局").employerOrganization("东城区税务局机关党委")
                .reportedOn(LocalDate.of(2024, 3, 5)).build());
        assertEquals("REPORTED", inside.state());
        assertEquals("王在职", inside.name().orElseThrow());
        assertTrue(admin.partyOrganizations().members(community.id()).data().isEmpty(), "not before acceptance");
        assertThrows(ConflictException.class, () -> members.report(InServiceReportParams.builder()
                .organizationId(community.id()).memberId(registered.id()).employer("东城区税务局")
                .reportedOn(LocalDate.of(2024, 3, 6)).build()), "one open report per member and organisation");
        assertThrows(BadRequestException.class, () -> members.report(InServiceReportParams.builder()
                .organizationId(home.id()).memberId(registered.id()).employer("东城区税务局")
                .reportedOn(LocalDate.of(2024, 3, 6)).build()), "to their own organisation: duplicate membership");
        PartyReport accepted = members.acceptReport(inside.id(), LocalDate.of(2024, 3, 8), "欢迎报到");
        assertEquals("ACCEPTED", accepted.state());
        assertThrows(ConflictException.class, () -> members.acceptReport(inside.id(), null, null), "decided once");
        assertEquals(List.of(registered.id()), admin.partyOrganizations().members(community.id()).stream()
                .map(PartyMember::id).toList(), "on the community's roster");
        assertEquals(home.id(), members.retrieve(registered.id()).organizationId(), "still registered at home");

        // someone from outside the tenant: person data sealed on the report, a member record on acceptance
        String outsiderId = idNumber();
        PartyReport outside = members.report(InServiceReportParams.builder().organizationId(community.id())
                .name("赵外来").phone("13900001111").idNumber(outsiderId).status("FULL")
                .joinedOn(LocalDate.of(2010, 7, 1)).employer("国家电网华北分部").reportedOn(LocalDate.of(2024, 4, 1))
                .build());
        assertTrue(outside.memberId().isEmpty());
        PartyReport masked = Tenants.client(base, PlatformEnvironment.ALPHA, "alpha-coordinator").partyMembers()
                .retrieveReport(outside.id());
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
        PartyReport outsideAccepted = members.acceptReport(outside.id(), LocalDate.of(2024, 4, 2), null);
        PartyMember created = members.retrieve(outsideAccepted.memberId().orElseThrow());
        assertEquals("IN_SERVICE_REPORTED", created.kind());
        assertEquals("国家电网华北分部", created.employer().orElseThrow());
        assertEquals(outsiderId, created.idNumber());
        assertEquals(2, admin.partyOrganizations().members(community.id()).data().size());

        // declined, with a reason; the roster does not change
        PartyReport third = members.report(InServiceReportParams.builder().organizationId(community.id())
                .name("钱婉拒").idNumber(idNumber()).joinedOn(LocalDate.of(2015, 7, 1)).employer("某公司")
                .reportedOn(LocalDate.of(2024, 5, 1)).build());
        assertThrows(BadRequestException.class, () -> members.declineReport(third.id(), null, null),
                "a decline says why");
        PartyReport declined = members.declineReport(third.id(), LocalDate.of(2024, 5, 2), "居住地不在本社区");
        assertEquals("DECLINED", declined.state());
        assertEquals("居住地不在本社区", declined.decisionNote().orElseThrow());
        assertEquals(2, admin.partyOrganizations().members(community.id()).data().size());
        assertEquals(List.of(third.id()), admin.partyOrganizations().reports(community.id(), "DECLINED").stream()
                .map(PartyReport::id).toList());
        assertThrows(BadRequestException.class, () -> admin.partyOrganizations().reports(community.id(), "LOST")
                .data());
        assertThrows(BadRequestException.class, () -> members.report(InServiceReportParams.builder()
                .organizationId(community.id()).employer("x").reportedOn(LocalDate.of(2024, 5, 1)).build()),
                "neither a member nor a person");
    }

    @Test
    void transfersMoveMembersAndKeepTheirHistory() {
        var members = admin.partyMembers();
        PartyOrganization from = org(null, "BRANCH", "转出党支部");
        PartyOrganization to = org(null, "BRANCH", "转入党支部");
        PartyMember m = member(from, "孙转接");
        PartyPost secretary = admin.partyOrganizations().appoint(from.id(), m.id(), "SECRETARY", FOUNDED);

        assertThrows(BadRequestException.class, () -> members.issueTransfer(TransferParams.builder()
                .memberId(m.id()).toOrganizationId(from.id()).build()), "transfer to self");
        assertThrows(BadRequestException.class, () -> members.issueTransfer(TransferParams.builder()
                .memberId(m.id()).build()), "nowhere");
        PartyTransfer declined = members.issueTransfer(TransferParams.builder().memberId(m.id())
                .toOrganizationId(to.id()).letterNumber("京组转〔2024〕17号").reason("工作调动")
                .issuedOn(LocalDate.of(2024, 1, 10)).build());
        assertThrows(ConflictException.class, () -> members.issueTransfer(TransferParams.builder()
                .memberId(m.id()).toOrganizationId(to.id()).build()), "one transfer under way");
        members.declineTransfer(declined.id(), LocalDate.of(2024, 1, 12), "介绍信信息有误");
        assertEquals(from.id(), members.retrieve(m.id()).organizationId(), "a decline moves nothing");

        PartyTransfer accepted = members.issueTransfer(TransferParams.builder().memberId(m.id())
                .toOrganizationId(to.id()).letterNumber("京组转〔2024〕18号").issuedOn(LocalDate.of(2024, 1, 15))
                .build());
        assertEquals("ACCEPTED", members.acceptTransfer(accepted.id(), LocalDate.of(2024, 1, 20), null).state());
        assertEquals(to.id(), members.retrieve(m.id()).organizationId());
        assertEquals(LocalDate.of(2024, 1, 20), admin.partyOrganizations().posts(from.id()).stream()
                .filter(p -> p.id().equals(secretary.id())).findFirst().orElseThrow().endedOn().orElseThrow(),
                "posts in the old organisation end");
        assertTrue(admin.partyOrganizations().members(from.id()).data().isEmpty());
        assertEquals(List.of(declined.id(), accepted.id()), members.transfers(m.id()).stream()
                .map(PartyTransfer::id).toList(), "the history keeps both");
        assertThrows(ConflictException.class, () -> members.acceptTransfer(accepted.id(), null, null));

        // out of the tenant: the member stays on record, on no roster
        PartyTransfer out = members.issueTransfer(TransferParams.builder().memberId(m.id())
                .destination("上海市浦东新区某街道党工委").issuedOn(LocalDate.of(2024, 6, 1)).build());
        members.acceptTransfer(out.id(), LocalDate.of(2024, 6, 5), null);
        assertEquals(LocalDate.of(2024, 6, 5), members.retrieve(m.id()).leftOn().orElseThrow());
        assertTrue(admin.partyOrganizations().members(to.id()).data().isEmpty());
        assertThrows(BadRequestException.class, () -> members.issueTransfer(TransferParams.builder()
                .memberId(m.id()).toOrganizationId(from.id()).build()), "a member who left");

        PartyOrganization closed = org(null, "BRANCH", "已撤销党支部");
        admin.partyOrganizations().dissolve(closed.id(), LocalDate.of(2024, 1, 1));
        PartyMember n = member(to, "李待转");
        assertThrows(BadRequestException.class, () -> members.issueTransfer(TransferParams.builder()
                .memberId(n.id()).toOrganizationId(closed.id()).build()), "to a dissolved organisation");
    }

    @Test
    void postsAndConcurrentPostsInOtherBodies() {
        var orgs = admin.partyOrganizations();
        Grid street = street("一肩挑街道");
        Grid community = grid(street, GridLevel.COMMUNITY, "001", "一肩挑社区");
        Grid compound = grid(community, GridLevel.COMPOUND, "001", "和园小区");
        PartyOrganization branch = org(null, "BRANCH", "和园小区党支部");
        PartyOrganization group = orgs.establish(branch.id(), "GROUP", "1栋党小组", "GRID", FOUNDED);
        PartyMember secretary = member(branch, "周书记");
        PartyMember leader = member(group, "吴组长");
        PartyMember outsider = member(org(null, "BRANCH", "别处党支部"), "郑局外");

        PartyPost post = orgs.appoint(branch.id(), secretary.id(), "SECRETARY", FOUNDED);
        assertThrows(ConflictException.class, () -> orgs.appoint(branch.id(), leader.id(), "SECRETARY", FOUNDED),
                "one serving secretary");
        orgs.appoint(branch.id(), leader.id(), "COMMITTEE_MEMBER", FOUNDED);
        orgs.appoint(group.id(), leader.id(), "GROUP_LEADER", FOUNDED);
        assertThrows(BadRequestException.class, () -> orgs.appoint(branch.id(), outsider.id(), "COMMITTEE_MEMBER",
                FOUNDED), "not on the roster");
        assertThrows(BadRequestException.class, () -> orgs.appoint(branch.id(), leader.id(), "GROUP_LEADER",
                FOUNDED), "a branch has no group leader");
        assertThrows(BadRequestException.class, () -> orgs.appoint(branch.id(), leader.id(), "EMPEROR", FOUNDED));

        CommunityBody committee = admin.communityBodies().create("OWNERS_COMMITTEE", "和园业主委员会",
                compound.id(), LocalDate.of(2020, 1, 1));
        BodySeat chair = admin.communityBodies().seat(committee.id(), SeatParams.builder()
                .partyMemberId(secretary.id()).role("CHAIR").startedOn(LocalDate.of(2020, 1, 1)).build());
        assertEquals("周书记", chair.name());
        assertThrows(ConflictException.class, () -> admin.communityBodies().seat(committee.id(), SeatParams.builder()
                .partyMemberId(secretary.id()).build()), "seated once");
        MemberPosts posts = admin.partyMembers().posts(secretary.id());
        assertEquals(List.of(post.id()), posts.partyPosts().stream().map(PartyPost::id).toList());
        assertEquals(List.of(chair.id()), posts.bodySeats().stream().map(BodySeat::id).toList(),
                "secretary and chair of the owners' committee: 一肩挑");
        BodySeat masked = Tenants.client(base, PlatformEnvironment.ALPHA, "alpha-coordinator").communityBodies()
                .seats(committee.id()).get(0);
        assertTrue(masked.masked());
        assertEquals("周*记", masked.name());

        assertThrows(BadRequestException.class, () -> orgs.endPost(post.id(), FOUNDED.minusDays(1)),
                "before it started");
        PartyPost ended = orgs.endPost(post.id(), LocalDate.of(2023, 12, 31));
        assertEquals(LocalDate.of(2023, 12, 31), ended.endedOn().orElseThrow());
        assertThrows(ConflictException.class, () -> orgs.endPost(post.id(), null), "ended once");
        orgs.appoint(branch.id(), leader.id(), "SECRETARY", LocalDate.of(2024, 1, 1));
        assertThrows(BadRequestException.class, () -> admin.communityBodies().create("GUILD", "x", compound.id(),
                FOUNDED), "unknown kind");
        assertThrows(BadRequestException.class, () -> admin.communityBodies().seat(committee.id(),
                SeatParams.builder().role("CHAIR").build()), "neither member nor name");
    }

    @Test
    void householdLinksSayWhoCoversAHouseholdAndHowMany() {
        Grid street = street("联户街道");
        Grid community = grid(street, GridLevel.COMMUNITY, "001", "联户社区");
        Grid compound = grid(community, GridLevel.COMPOUND, "001", "柳林小区");
        Grid b1 = grid(compound, GridLevel.BUILDING, "001", "1栋");
        Grid b2 = grid(compound, GridLevel.BUILDING, "002", "2栋");
        Household h1 = admin.households().register(b1.id(), "1单元101", "陈户主", "13700001111");
        Household h2 = admin.households().register(b1.id(), "1单元102", null, null);
        Household h3 = admin.households().register(b2.id(), "1单元101", "林户主", null);
        assertThrows(ConflictException.class, () -> admin.households().register(b1.id(), "1单元101", null, null));
        assertThrows(BadRequestException.class, () -> admin.households().register(community.id(), "x", null, null),
                "a household is in a building, compound or grid");
        assertEquals("陈*主", Tenants.client(base, PlatformEnvironment.ALPHA, "alpha-manager").households()
                .retrieve(h1.id()).headName().orElseThrow(), "a grid manager reaches every household, masked");
        assertEquals(3, admin.households().list(compound.id()).stream().count());
        assertThrows(ConflictException.class, () -> admin.grids().delete(b2), "a building with households stays");

        PartyOrganization branch = org(null, "BRANCH", "柳林小区党支部");
        PartyMember a = member(branch, "党员联一");
        PartyMember b = member(branch, "党员联二");
        admin.partyMembers().linkGrid(a.id(), b1.id(), LocalDate.of(2023, 3, 1));
        MemberLink single = admin.partyMembers().linkHousehold(b.id(), h3.id(), null);
        admin.partyMembers().linkHousehold(b.id(), h1.id(), null);
        assertThrows(ConflictException.class, () -> admin.partyMembers().linkGrid(a.id(), b1.id(), null),
                "linked once");
        assertThrows(BadRequestException.class, () -> admin.partyMembers().linkGrid(a.id(), community.id(), null),
                "a community is not a building, compound or grid");
        assertThrows(BadRequestException.class, () -> admin.partyMembers().linkHousehold(a.id(), null, null),
                "neither a household nor a node");
        assertThrows(BadRequestException.class, () -> admin.households().list(null).data(), "gridId is required");

        assertEquals(List.of(h1.id(), h2.id()).stream().sorted().toList(), admin.partyMembers().households(a.id())
                .stream().map(Household::id).sorted().toList(), "everything in building 1");
        assertEquals(List.of(a.id(), b.id()).stream().sorted().toList(), admin.partyMembers().covering(h1.id())
                .stream().map(PartyMember::id).sorted().toList());
        assertEquals(Map.of(a.id(), 2L, b.id(), 2L), admin.partyOrganizations().householdCoverage(branch.id())
                .stream().collect(java.util.stream.Collectors.toMap(HouseholdCount::memberId,
                        HouseholdCount::households)));

        admin.partyMembers().unlink(b.id(), single.id());
        assertEquals(List.of(), admin.partyMembers().covering(h3.id()));
        assertThrows(NotFoundException.class, () -> admin.partyMembers().unlink(a.id(), single.id()));

        admin.partyOrganizations().cover(branch.id(), List.of(compound.id()));
        PartyStats stats = admin.partyOrganizations().stats(street.id());
        assertEquals(3, stats.households());
        assertEquals(2, stats.householdsCovered());
        assertEquals(0.6667, stats.householdCoverage().orElseThrow());
    }

    @Test
    void organisationLifeIsCountedPerOrganisationAndPeriod() {
        var orgs = admin.partyOrganizations();
        PartyOrganization branch = org(null, "BRANCH", "三会一课党支部");
        PartyOrganization group = orgs.establish(branch.id(), "GROUP", "第一党小组", "GRID", FOUNDED);
        PartyMember a = member(branch, "参会甲");
        PartyMember b = member(group, "参会乙");
        PartyMember stranger = member(org(null, "BRANCH", "隔壁党支部"), "旁人");

        PartyMeeting general = orgs.holdMeeting(branch.id(), MeetingParams.builder().kind("GENERAL_MEMBERS_MEETING")
                .title("第一季度党员大会").heldOn(LocalDate.of(2024, 3, 28)).place("社区党群服务中心")
                .attendance(Map.of(a.id(), "PRESENT", b.id(), "EXCUSED")).build());
        assertEquals(Map.of(a.id(), "PRESENT", b.id(), "EXCUSED"), orgs.meeting(general.id()).attendance());
        orgs.holdMeeting(branch.id(), MeetingParams.builder().kind("PARTY_LECTURE").title("书记讲党课")
                .heldOn(LocalDate.of(2024, 4, 10)).attendance(Map.of(a.id(), "PRESENT", b.id(), "PRESENT")).build());
        orgs.holdMeeting(branch.id(), MeetingParams.builder().kind("THEMED_PARTY_DAY").title("主题党日：清洁家园")
                .heldOn(LocalDate.of(2024, 7, 1)).attendance(Map.of(a.id(), "ABSENT")).build());
        orgs.holdMeeting(group.id(), MeetingParams.builder().kind("GROUP_MEETING").title("党小组会")
                .heldOn(LocalDate.of(2024, 4, 2)).attendance(Map.of(b.id(), "PRESENT")).build());

        MeetingCounts q2 = orgs.meetingCounts(branch.id(), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30));
        assertEquals(Map.of("GENERAL_MEMBERS_MEETING", 1L, "PARTY_LECTURE", 1L), q2.meetingsByKind());
        assertEquals(Map.of("PRESENT", 3L, "EXCUSED", 1L), q2.attendanceByPresence());
        assertEquals(0.75, q2.attendanceRate().orElseThrow());
        assertEquals(3, orgs.meetings(branch.id(), null, null).stream().count());
        assertEquals(1, orgs.meetings(branch.id(), LocalDate.of(2024, 7, 1), null).stream().count());
        GridApiIT.assertProblem(Http.get(PlatformEnvironment.local(deployed) + "api/v1/party-organizations/"
                + branch.id() + "/meetings?from=last-spring", Tenants.token(PlatformEnvironment.ALPHA,
                "alpha-admin")), 400);

        assertThrows(BadRequestException.class, () -> orgs.holdMeeting(branch.id(), MeetingParams.builder()
                .kind("GROUP_MEETING").title("x").heldOn(LocalDate.of(2024, 1, 1)).build()),
                "only a group holds group meetings");
        assertThrows(BadRequestException.class, () -> orgs.holdMeeting(branch.id(), MeetingParams.builder()
                .kind("PARTY_LECTURE").title("x").heldOn(LocalDate.of(2024, 1, 1))
                .attendance(Map.of(stranger.id(), "PRESENT")).build()), "an attendee not on the roster");
        assertThrows(BadRequestException.class, () -> orgs.holdMeeting(branch.id(), MeetingParams.builder()
                .kind("PARTY_LECTURE").title("x").heldOn(LocalDate.of(2024, 1, 1))
                .attendance(Map.of(a.id(), "SLEEPING")).build()));
        assertThrows(BadRequestException.class, () -> orgs.holdMeeting(branch.id(), MeetingParams.builder()
                .kind("TEA_PARTY").title("x").heldOn(LocalDate.of(2024, 1, 1)).build()));
        assertThrows(BadRequestException.class, () -> orgs.holdMeeting(branch.id(), MeetingParams.builder()
                .kind("PARTY_LECTURE").title("x").heldOn(LocalDate.now().plusDays(30)).build()), "in the future");
        assertThrows(BadRequestException.class, () -> orgs.meetingCounts(branch.id(), LocalDate.of(2024, 6, 1),
                LocalDate.of(2024, 1, 1)));
        String token = Tenants.token(PlatformEnvironment.ALPHA, "alpha-admin");
        GridApiIT.assertProblem(Http.json("POST", PlatformEnvironment.local(deployed) + "api/v1/party-organizations/"
                + branch.id() + "/meetings", token, "{\"kind\":\"PARTY_LECTURE\",\"title\":\"x\","
                + "\"heldOn\":\"2024-01-01\",\"attendance\":{\"" + a.id() + "\":null}}"), 400);
    }

    @Test
    void aFivePlusRedAllianceMeetsAndDecides() {
        Grid street = street("联盟街道");
        Grid community = grid(street, GridLevel.COMMUNITY, "001", "联盟社区");
        PartyOrganization committee = org(null, "COMMITTEE", "联盟社区党委");
        var bodies = admin.communityBodies();
        CommunityBody owners = bodies.create("OWNERS_COMMITTEE", "业委会", community.id(), FOUNDED);
        CommunityBody supervisors = bodies.create("SUPERVISORY_COMMITTEE", "居务监督委员会", community.id(), FOUNDED);
        CommunityBody property = bodies.create("PROPERTY_COMPANY", "红枫物业", community.id(), FOUNDED);
        CommunityBody twoNew = bodies.create("NEW_SOCIAL_ORGANISATION", "邻里互助社", community.id(), FOUNDED);
        String department = admin.departments().create("PARTY_ALLIANCE_" + System.nanoTime() % 100000, "街道城管科",
                null).id();
        assertEquals(4, bodies.list(street.id(), null).stream().count());
        assertEquals(List.of(owners.id()), bodies.list(street.id(), "OWNERS_COMMITTEE").stream()
                .map(CommunityBody::id).toList());
        assertThrows(BadRequestException.class, () -> bodies.list(street.id(), "GUILD").data(), "unknown kind");

        Alliance alliance = admin.alliances().form(AllianceParams.builder().name("联盟社区“5+”红色联盟")
                .gridId(community.id()).establishedOn(LocalDate.of(2022, 5, 1)).participants(List.of(
                        AllianceParticipantParams.builder().partyOrganizationId(committee.id()).lead(true).build(),
                        AllianceParticipantParams.builder().bodyId(owners.id()).build(),
                        AllianceParticipantParams.builder().bodyId(supervisors.id()).build(),
                        AllianceParticipantParams.builder().bodyId(property.id()).build(),
                        AllianceParticipantParams.builder().bodyId(twoNew.id()).build())).build());
        assertEquals(5, alliance.participants().size());
        Alliance joined = admin.alliances().join(alliance.id(), AllianceParticipantParams.builder()
                .departmentId(department).build());
        assertEquals(6, joined.participants().size());
        String propertyParticipant = joined.participants().stream().filter(p -> p.bodyId().isPresent()
                && p.bodyId().get().equals(property.id())).findFirst().orElseThrow().id();
        assertThrows(ConflictException.class, () -> admin.alliances().join(alliance.id(),
                AllianceParticipantParams.builder().bodyId(owners.id()).build()), "once");
        assertThrows(BadRequestException.class, () -> admin.alliances().join(alliance.id(),
                AllianceParticipantParams.builder().build()), "nobody");
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
        String decision = meeting.decisions().stream().filter(d -> d.ownerParticipantId().isPresent())
                .findFirst().orElseThrow().id();
        assertEquals(LocalDate.of(2024, 4, 10), admin.alliances().complete(alliance.id(), decision,
                LocalDate.of(2024, 4, 10)).doneOn().orElseThrow());
        assertThrows(ConflictException.class, () -> admin.alliances().complete(alliance.id(), decision, null));
        assertEquals(1, admin.alliances().meetings(alliance.id()).stream().count());
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

        var orgs = admin.partyOrganizations();
        PartyOrganization general = org(null, "GENERAL_BRANCH", "党建社区党总支");
        PartyOrganization branch = orgs.establish(general.id(), "BRANCH", "甲乙小区党支部", "COMPOUND", FOUNDED);
        assertEquals(2, orgs.cover(branch.id(), List.of(a.id(), b.id(), a.id())).size(), "no duplicates");
        orgs.cover(general.id(), List.of(g.id()));
        PartyMember secretary = admin.partyMembers().admit(branch.id(), "党员甲", null, idNumber(), null,
                "REGISTERED", FOUNDED);
        PartyMember second = admin.partyMembers().admit(branch.id(), "党员乙", null, idNumber(), "PROBATIONARY",
                "MOBILE", FOUNDED);
        PartyMember candidate = admin.partyMembers().admit(branch.id(), "党员丙", null, idNumber(), null, null,
                FOUNDED);
        orgs.appoint(branch.id(), secretary.id(), "SECRETARY", FOUNDED);
        PartyMember elsewhere = member(org(null, "BRANCH", "市直机关党支部"), "报到丁");
        PartyReport report = admin.partyMembers().report(InServiceReportParams.builder().organizationId(branch.id())
                .memberId(elsewhere.id()).employer("市财政局").reportedOn(LocalDate.of(2024, 2, 1)).build());
        admin.partyMembers().acceptReport(report.id(), LocalDate.of(2024, 2, 2), null);

        CommunityBody committee = admin.communityBodies().create("OWNERS_COMMITTEE", "甲小区业委会", a.id(), FOUNDED);
        var bodies = admin.communityBodies();
        bodies.seat(committee.id(), SeatParams.builder().partyMemberId(secretary.id()).role("CHAIR").build());
        bodies.seat(committee.id(), SeatParams.builder().partyMemberId(second.id()).build());
        for (String name : List.of("业主一", "业主二", "业主三")) {
            bodies.seat(committee.id(), SeatParams.builder().name(name).build());
        }
        bodies.seat(committee.id(), SeatParams.builder().partyMemberId(candidate.id()).standing("CANDIDATE").build());
        for (String name : List.of("候选一", "候选二", "候选三")) {
            bodies.seat(committee.id(), SeatParams.builder().name(name).standing("CANDIDATE").build());
        }
        BodySeat gone = bodies.seat(committee.id(), SeatParams.builder().name("已离任").build());
        bodies.endSeat(committee.id(), gone.id(), null);
        assertThrows(ConflictException.class, () -> bodies.endSeat(committee.id(), gone.id(), null));

        PartyStats stats = orgs.stats(street.id());
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

        assertThrows(NotFoundException.class, () -> orgs.cover(branch.id(), List.of(Tenants.betaRoot(beta).id())),
                "another tenant's grid");
        assertThrows(NotFoundException.class, () -> beta.partyOrganizations().stats(street.id()));
        assertThrows(BadRequestException.class, () -> orgs.stats(null), "gridId is required");
    }

    @Test
    void anotherTenantsPartyRecordsDoNotExist() {
        Grid street = street("隔离街道");
        Grid compound = grid(grid(street, GridLevel.COMMUNITY, "001", "隔离社区"), GridLevel.COMPOUND, "001", "隔离小区");
        PartyOrganization branch = org(null, "BRANCH", "隔离党支部");
        PartyMember m = member(branch, "李四");
        PartyPost post = admin.partyOrganizations().appoint(branch.id(), m.id(), "SECRETARY", FOUNDED);
        PartyMeeting meeting = admin.partyOrganizations().holdMeeting(branch.id(), MeetingParams.builder()
                .kind("PARTY_LECTURE").title("党课").heldOn(LocalDate.of(2024, 1, 5)).build());
        PartyReport report = admin.partyMembers().report(InServiceReportParams.builder().organizationId(branch.id())
                .name("外来人").idNumber(idNumber()).joinedOn(FOUNDED).employer("某单位")
                .reportedOn(LocalDate.of(2024, 1, 5)).build());
        PartyTransfer transfer = admin.partyMembers().issueTransfer(TransferParams.builder().memberId(m.id())
                .destination("外省").build());
        Household h = admin.households().register(compound.id(), "1号", "户主", null);
        MemberLink link = admin.partyMembers().linkHousehold(m.id(), h.id(), null);
        CommunityBody body = admin.communityBodies().create("OWNERS_COMMITTEE", "隔离业委会", compound.id(), FOUNDED);
        BodySeat seat = admin.communityBodies().seat(body.id(), SeatParams.builder().name("业主").build());
        PartyOrganization other = org(null, "BRANCH", "另一党支部");
        Alliance alliance = admin.alliances().form(AllianceParams.builder().name("隔离联盟").gridId(compound.id())
                .establishedOn(FOUNDED).participants(List.of(
                        AllianceParticipantParams.builder().partyOrganizationId(branch.id()).build(),
                        AllianceParticipantParams.builder().bodyId(body.id()).build())).build());
        AllianceMeeting am = admin.alliances().meet(alliance.id(), AllianceMeetingParams.builder()
                .heldOn(LocalDate.of(2024, 2, 1)).topic("议题").decisions(List.of(AllianceDecisionParams.builder()
                        .text("决定").build())).build());

        var bo = beta.partyOrganizations();
        var bm = beta.partyMembers();
        String betaGrid = Tenants.betaRoot(beta).id();
        assertThrows(NotFoundException.class, () -> bo.retrieve(branch.id()));
        assertThrows(NotFoundException.class, () -> bo.subtree(branch.id()));
        assertThrows(NotFoundException.class, () -> bo.ancestors(branch.id()));
        assertThrows(NotFoundException.class, () -> bo.members(branch.id()).data());
        assertThrows(NotFoundException.class, () -> bo.move(branch.id(), null));
        assertThrows(NotFoundException.class, () -> bo.dissolve(branch.id(), null));
        assertThrows(NotFoundException.class, () -> bo.establish(branch.id(), "GROUP", "x", "GRID", FOUNDED));
        assertThrows(NotFoundException.class, () -> bo.appoint(branch.id(), m.id(), "COMMITTEE_MEMBER", FOUNDED));
        assertThrows(NotFoundException.class, () -> bo.posts(branch.id()));
        assertThrows(NotFoundException.class, () -> bo.endPost(post.id(), null));
        assertThrows(NotFoundException.class, () -> bo.cover(branch.id(), List.of()));
        assertThrows(NotFoundException.class, () -> bo.coverage(branch.id()));
        assertThrows(NotFoundException.class, () -> bo.householdCoverage(branch.id()));
        assertThrows(NotFoundException.class, () -> bo.holdMeeting(branch.id(), MeetingParams.builder()
                .kind("PARTY_LECTURE").title("x").heldOn(LocalDate.of(2024, 1, 5)).build()));
        assertThrows(NotFoundException.class, () -> bo.meetings(branch.id(), null, null).data());
        assertThrows(NotFoundException.class, () -> bo.meeting(meeting.id()));
        assertThrows(NotFoundException.class, () -> bo.meetingCounts(branch.id(), FOUNDED, FOUNDED));
        assertThrows(NotFoundException.class, () -> bo.reports(branch.id(), null).data());
        assertThrows(NotFoundException.class, () -> bo.stats(street.id()));
        assertFalse(bo.tops().stream().anyMatch(o -> o.id().equals(branch.id())));
        PartyOrganization betaBranch = beta.partyOrganizations().establish(null, "BRANCH", "乙方党支部", "COMMUNITY",
                FOUNDED);
        assertThrows(NotFoundException.class, () -> bo.move(betaBranch.id(), other.id()), "another tenant's parent");

        assertThrows(NotFoundException.class, () -> bm.retrieve(m.id()));
        assertThrows(NotFoundException.class, () -> bm.admit(branch.id(), "x", null, idNumber(), null, null, FOUNDED));
        assertThrows(NotFoundException.class, () -> bm.posts(m.id()));
        assertThrows(NotFoundException.class, () -> bm.links(m.id()));
        assertThrows(NotFoundException.class, () -> bm.linkHousehold(m.id(), h.id(), null));
        assertThrows(NotFoundException.class, () -> bm.unlink(m.id(), link.id()));
        assertThrows(NotFoundException.class, () -> bm.households(m.id()).data());
        assertThrows(NotFoundException.class, () -> bm.covering(h.id()));
        assertThrows(NotFoundException.class, () -> bm.report(InServiceReportParams.builder()
                .organizationId(branch.id()).name("x").idNumber(idNumber()).joinedOn(FOUNDED).employer("x")
                .reportedOn(FOUNDED).build()));
        assertThrows(NotFoundException.class, () -> bm.report(InServiceReportParams.builder()
                .organizationId(betaBranch.id()).memberId(m.id()).employer("x").reportedOn(FOUNDED).build()),
                "another tenant's member");
        assertThrows(NotFoundException.class, () -> bm.retrieveReport(report.id()));
        assertThrows(NotFoundException.class, () -> bm.acceptReport(report.id(), null, null));
        assertThrows(NotFoundException.class, () -> bm.declineReport(report.id(), null, "x"));
        assertThrows(NotFoundException.class, () -> bm.issueTransfer(TransferParams.builder().memberId(m.id())
                .destination("x").build()));
        assertThrows(NotFoundException.class, () -> bm.retrieveTransfer(transfer.id()));
        assertThrows(NotFoundException.class, () -> bm.acceptTransfer(transfer.id(), null, null));
        assertThrows(NotFoundException.class, () -> bm.declineTransfer(transfer.id(), null, "x"));
        assertThrows(NotFoundException.class, () -> bm.transfers(m.id()));
        assertThrows(NotFoundException.class, () -> beta.volunteers().register("x", null, betaGrid, null, null, null,
                m.id()), "another tenant's member cannot be linked");

        assertThrows(NotFoundException.class, () -> beta.households().retrieve(h.id()));
        assertThrows(NotFoundException.class, () -> beta.households().list(compound.id()).data());
        assertThrows(NotFoundException.class, () -> beta.households().register(compound.id(), "2号", null, null));
        var bb = beta.communityBodies();
        assertThrows(NotFoundException.class, () -> bb.retrieve(body.id()));
        assertThrows(NotFoundException.class, () -> bb.list(compound.id(), null).data());
        assertThrows(NotFoundException.class, () -> bb.create("OWNERS_COMMITTEE", "x", compound.id(), FOUNDED));
        assertThrows(NotFoundException.class, () -> bb.seat(body.id(), SeatParams.builder().name("x").build()));
        assertThrows(NotFoundException.class, () -> bb.seats(body.id()));
        assertThrows(NotFoundException.class, () -> bb.endSeat(body.id(), seat.id(), null));
        var ba = beta.alliances();
        assertThrows(NotFoundException.class, () -> ba.retrieve(alliance.id()));
        assertFalse(ba.list().stream().anyMatch(x -> x.id().equals(alliance.id())));
        assertThrows(NotFoundException.class, () -> ba.join(alliance.id(), AllianceParticipantParams.builder()
                .partyOrganizationId(betaBranch.id()).build()));
        assertThrows(NotFoundException.class, () -> ba.meet(alliance.id(), AllianceMeetingParams.builder()
                .heldOn(LocalDate.of(2024, 2, 1)).topic("x").build()));
        assertThrows(NotFoundException.class, () -> ba.meetings(alliance.id()).data());
        assertThrows(NotFoundException.class, () -> ba.complete(alliance.id(), am.decisions().get(0).id(), null));
        assertThrows(NotFoundException.class, () -> ba.form(AllianceParams.builder().name("x").gridId(betaGrid)
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
