package org.jiceng.platform.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jiceng.sdk.JicengClient;
import org.jiceng.sdk.errors.BadRequestException;
import org.jiceng.sdk.errors.ConflictException;
import org.jiceng.sdk.errors.NotFoundException;
import org.jiceng.sdk.errors.PermissionDeniedException;
import org.jiceng.sdk.party.PartyMember;
import org.jiceng.sdk.party.PartyOrganization;
import org.jiceng.sdk.volunteers.Volunteer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Party organisations and members through the SDK, against Payara Micro, PostgreSQL and Keycloak. */
@ExtendWith(PlatformEnvironment.class)
@ExtendWith(ArquillianExtension.class)
class PartyIT {
    private static final AtomicInteger SERIAL = new AtomicInteger(100);
    private static final LocalDate FOUNDED = LocalDate.of(2019, 7, 1);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PlatformEnvironment.war();
    }

    @ArquillianResource
    URL deployed;
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

    @Test
    void theOrganisationTreeFollowsTheTypeRules() {
        PartyOrganization committee = admin.party().establish(null, "COMMITTEE", "芙蓉南路社区党委", "COMMUNITY", FOUNDED);
        PartyOrganization general = admin.party().establish(committee.id(), "GENERAL_BRANCH", "长城水郡网格党总支",
                "COMPOUND", FOUNDED);
        PartyOrganization branch = admin.party().establish(general.id(), "BRANCH", "物业党支部", "PROPERTY_COMPANY",
                FOUNDED);
        PartyOrganization group = admin.party().establish(branch.id(), "GROUP", "3栋党小组", "GRID", FOUNDED);
        PartyOrganization temporary = admin.party().establish(committee.id(), "TEMPORARY_BRANCH", "棚改地块临时党支部",
                "COMMUNITY", FOUNDED, "地块拆迁安置", FOUNDED.plusYears(2));
        assertEquals(List.of(general.id(), branch.id(), group.id(), temporary.id()).stream().sorted().toList(),
                admin.party().subtree(committee.id()).stream().map(PartyOrganization::id).sorted().toList());
        assertEquals(List.of(committee.id(), general.id(), branch.id()), admin.party().ancestors(group.id()).stream()
                .map(PartyOrganization::id).toList());
        assertTrue(admin.party().tops().stream().anyMatch(o -> o.id().equals(committee.id())));
        assertEquals("地块拆迁安置", admin.party().retrieve(temporary.id()).purpose().orElseThrow());

        assertThrows(BadRequestException.class, () -> admin.party().establish(group.id(), "BRANCH", "x", "GRID",
                FOUNDED), "nothing under a group");
        assertThrows(BadRequestException.class, () -> admin.party().establish(null, "GROUP", "x", "GRID", FOUNDED));
        assertThrows(BadRequestException.class, () -> admin.party().establish(committee.id(), "TEMPORARY_BRANCH", "x",
                "COMMUNITY", FOUNDED), "a temporary branch states purpose and end");
        assertThrows(BadRequestException.class, () -> admin.party().establish(null, "CLUB", "x", "GRID", FOUNDED));
        assertThrows(BadRequestException.class, () -> admin.party().establish(null, "BRANCH", "x", "SPACESHIP",
                FOUNDED));
        assertThrows(PermissionDeniedException.class, () -> Tenants.client(base, PlatformEnvironment.ALPHA,
                "alpha-viewer").party().establish(null, "BRANCH", "x", "GRID", FOUNDED));
    }

    @Test
    void membersPersonalDataIsEncryptedMaskedAndTheirIdNumberUnique() {
        PartyOrganization branch = admin.party().establish(null, "BRANCH", "中南社区党支部", "COMMUNITY", FOUNDED);
        String id = idNumber();
        PartyMember m = admin.party().admit(branch.id(), "张小明", "13800002222", id, "FULL", "IN_SERVICE_REPORTED",
                LocalDate.of(2001, 7, 1));
        assertEquals("张小明", m.name(), "a tenant admin has pii:read");
        assertEquals(id, m.idNumber());
        PartyMember masked = Tenants.client(base, PlatformEnvironment.ALPHA, "alpha-coordinator").party()
                .member(m.id());
        assertTrue(masked.masked());
        assertEquals("张*明", masked.name());
        assertEquals(id.substring(0, 4) + "**********" + id.substring(14), masked.idNumber());
        assertEquals(List.of(m.id()), admin.party().members(branch.id()).stream().map(PartyMember::id).toList());

        assertThrows(ConflictException.class, () -> admin.party().admit(branch.id(), "重复", null, id, null, null,
                FOUNDED), "one ID number, one member");
        assertThrows(BadRequestException.class, () -> admin.party().admit(branch.id(), "错号", null,
                id.substring(0, 17) + (id.charAt(17) == '0' ? "1" : "0"), null, null, FOUNDED), "bad check digit");
        assertThrows(BadRequestException.class, () -> admin.party().admit(branch.id(), "未来", null, idNumber(), null,
                null, LocalDate.now().plusYears(1)));
        assertThrows(BadRequestException.class, () -> admin.party().admit(branch.id(), "x", null, idNumber(), "HONORARY",
                null, FOUNDED));

        // a volunteer who is a Party member
        Volunteer v = admin.volunteers().register("张小明", null, Tenants.alphaRoot(admin).id(), null, null, null, m.id());
        assertEquals(m.id(), v.partyMemberId().orElseThrow());
    }

    @Test
    void coverageCountsTheCompoundsAndGridsWithAPartyOrganisation() {
        org.jiceng.sdk.grids.Grid root = Tenants.alphaRoot(admin);
        org.jiceng.sdk.grids.Grid street = grid(root, org.jiceng.sdk.grids.GridLevel.STREET,
                String.valueOf(700 + SERIAL.getAndIncrement() % 90), "党建街道");
        org.jiceng.sdk.grids.Grid community = grid(street, org.jiceng.sdk.grids.GridLevel.COMMUNITY, "001", "党建社区");
        org.jiceng.sdk.grids.Grid a = grid(community, org.jiceng.sdk.grids.GridLevel.COMPOUND, "001", "甲小区");
        org.jiceng.sdk.grids.Grid b = grid(community, org.jiceng.sdk.grids.GridLevel.COMPOUND, "002", "乙小区");
        grid(community, org.jiceng.sdk.grids.GridLevel.COMPOUND, "003", "丙小区");
        org.jiceng.sdk.grids.Grid g = grid(community, org.jiceng.sdk.grids.GridLevel.GRID, "004", "一网格");

        PartyOrganization general = admin.party().establish(null, "GENERAL_BRANCH", "党建社区党总支", "COMMUNITY",
                FOUNDED);
        PartyOrganization branch = admin.party().establish(general.id(), "BRANCH", "甲乙小区党支部", "COMPOUND", FOUNDED);
        assertEquals(2, admin.party().cover(branch.id(), List.of(a.id(), b.id(), a.id())).size(), "no duplicates");
        admin.party().cover(general.id(), List.of(g.id()));
        admin.party().admit(branch.id(), "党员甲", null, idNumber(), null, "REGISTERED", FOUNDED);
        admin.party().admit(branch.id(), "党员乙", null, idNumber(), null, "IN_SERVICE_REPORTED", FOUNDED);

        org.jiceng.sdk.party.PartyStats stats = admin.party().stats(street.id());
        assertEquals(3, stats.compounds());
        assertEquals(2, stats.compoundsCovered());
        assertEquals(0.6667, stats.compoundCoverage().orElseThrow());
        assertEquals(1.0, stats.gridCoverage().orElseThrow());
        assertEquals(java.util.Map.of("BRANCH", 1L, "GENERAL_BRANCH", 1L), stats.organizationsByType());
        assertEquals(java.util.Map.of("IN_SERVICE_REPORTED", 1L, "REGISTERED", 1L), stats.membersByKind());
        assertThrows(NotFoundException.class, () -> admin.party().cover(branch.id(),
                List.of(Tenants.betaRoot(beta).id())), "another tenant's grid");
        assertThrows(NotFoundException.class, () -> beta.party().stats(street.id()));
        assertThrows(NotFoundException.class, () -> beta.party().cover(branch.id(), List.of()));
    }

    private org.jiceng.sdk.grids.Grid grid(org.jiceng.sdk.grids.Grid parent, org.jiceng.sdk.grids.GridLevel level,
                                           String segment, String name) {
        return admin.grids().create(org.jiceng.sdk.grids.GridCreateParams.builder().parentId(parent.id()).level(level)
                .code(parent.code() + segment).name(name).build());
    }

    @Test
    void anotherTenantsOrganisationsAndMembersDoNotExist() {
        PartyOrganization branch = admin.party().establish(null, "BRANCH", "隔离党支部", "COMMUNITY", FOUNDED);
        PartyMember m = admin.party().admit(branch.id(), "李四", null, idNumber(), null, null, FOUNDED);
        assertThrows(NotFoundException.class, () -> beta.party().retrieve(branch.id()));
        assertThrows(NotFoundException.class, () -> beta.party().subtree(branch.id()));
        assertThrows(NotFoundException.class, () -> beta.party().ancestors(branch.id()));
        assertThrows(NotFoundException.class, () -> beta.party().members(branch.id()));
        assertThrows(NotFoundException.class, () -> beta.party().member(m.id()));
        assertThrows(NotFoundException.class, () -> beta.party().establish(branch.id(), "GROUP", "x", "GRID", FOUNDED));
        assertThrows(NotFoundException.class, () -> beta.party().admit(branch.id(), "x", null, idNumber(), null, null,
                FOUNDED));
        assertThrows(NotFoundException.class, () -> beta.volunteers().register("x", null, Tenants.betaRoot(beta).id(),
                null, null, null, m.id()), "another tenant's member cannot be linked");
        assertFalse(beta.party().tops().stream().anyMatch(o -> o.id().equals(branch.id())));
    }
}
