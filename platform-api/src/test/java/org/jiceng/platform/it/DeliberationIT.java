package org.jiceng.platform.it;

import org.jiceng.sdk.JicengClient;
import org.jiceng.sdk.ListParams;
import org.jiceng.sdk.RequestOptions;
import org.jiceng.sdk.deliberation.BallotChoice;
import org.jiceng.sdk.deliberation.BallotParams;
import org.jiceng.sdk.deliberation.BallotReceipt;
import org.jiceng.sdk.deliberation.BindingParams;
import org.jiceng.sdk.deliberation.Council;
import org.jiceng.sdk.deliberation.CouncilCreateParams;
import org.jiceng.sdk.deliberation.CouncilMemberParams;
import org.jiceng.sdk.deliberation.CouncilRole;
import org.jiceng.sdk.deliberation.DecisionKind;
import org.jiceng.sdk.deliberation.DeliberationStats;
import org.jiceng.sdk.deliberation.DeliberationStatsParams;
import org.jiceng.sdk.deliberation.Elector;
import org.jiceng.sdk.deliberation.Electorate;
import org.jiceng.sdk.deliberation.RepresentativeParams;
import org.jiceng.sdk.deliberation.ResidentsMeetingForm;
import org.jiceng.sdk.deliberation.EvaluationParams;
import org.jiceng.sdk.deliberation.Evaluations;
import org.jiceng.sdk.deliberation.MilestoneParams;
import org.jiceng.sdk.deliberation.PropertyUnitParams;
import org.jiceng.sdk.deliberation.PublicTopic;
import org.jiceng.sdk.deliberation.ResidentBinding;
import org.jiceng.sdk.deliberation.ReviewVerdict;
import org.jiceng.sdk.deliberation.Task;
import org.jiceng.sdk.deliberation.TaskCreateParams;
import org.jiceng.sdk.deliberation.Topic;
import org.jiceng.sdk.deliberation.TopicDecideParams;
import org.jiceng.sdk.deliberation.TopicMeetingKind;
import org.jiceng.sdk.deliberation.TopicMeetingParams;
import org.jiceng.sdk.deliberation.TopicOrigin;
import org.jiceng.sdk.deliberation.TopicProposeParams;
import org.jiceng.sdk.deliberation.TopicReviewParams;
import org.jiceng.sdk.deliberation.TopicStage;
import org.jiceng.sdk.deliberation.UnitKind;
import org.jiceng.sdk.deliberation.UnitRef;
import org.jiceng.sdk.deliberation.Vote;
import org.jiceng.sdk.deliberation.VoteParams;
import org.jiceng.sdk.deliberation.VoteRule;
import org.jiceng.sdk.errors.BadRequestException;
import org.jiceng.sdk.errors.ConflictException;
import org.jiceng.sdk.errors.NotFoundException;
import org.jiceng.sdk.errors.PermissionDeniedException;
import org.jiceng.sdk.grids.Grid;
import org.jiceng.sdk.grids.GridCreateParams;
import org.jiceng.sdk.grids.GridLevel;
import org.jiceng.sdk.grids.Household;
import org.jiceng.sdk.grids.HouseholdRegisterParams;
import org.jiceng.sdk.party.HostKind;
import org.jiceng.sdk.party.OrganizationType;
import org.jiceng.sdk.party.PartyOrganization;
import org.jiceng.sdk.party.PartyOrganizationCreateParams;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Deliberation (提—议—决—办—评) through the SDK against the real platform, PostgreSQL and Keycloak. */
class DeliberationIT extends AgainstPlatform {
    private static final AtomicInteger STREET = new AtomicInteger(0);
    private static final AtomicInteger RESIDENT = new AtomicInteger(0);
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    URL base;
    JicengClient admin;
    JicengClient beta;
    JicengClient vendor;

    @BeforeEach
    void setUp() {
        base = PlatformEnvironment.local(deployed);
        admin = Tenants.client(base, PlatformEnvironment.ALPHA, "alpha-admin");
        beta = Tenants.client(base, PlatformEnvironment.BETA, "beta-admin");
        vendor = Tenants.client(base, PlatformEnvironment.ALPHA, "alpha-vendor");
    }

    /** A fresh compound under a fresh street and community of the alpha tenant (codes 600-689 are this class's). */
    private Grid compound() {
        Grid root = Tenants.alphaRoot(admin);
        Grid street = grid(root, GridLevel.STREET, String.valueOf(600 + STREET.getAndIncrement() % 90), "夏家胡同街道");
        Grid community = grid(street, GridLevel.COMMUNITY, "001", "社区");
        return grid(community, GridLevel.COMPOUND, "001", "小区");
    }

    private Grid grid(Grid parent, GridLevel level, String segment, String name) {
        return admin.grids().create(GridCreateParams.builder().parentId(parent.id()).level(level)
                .code(parent.code() + segment).name(name).build());
    }

    private Council council(Grid node) {
        return admin.councils().create(CouncilCreateParams.builder().gridId(node.id()).name("院落议事会")
                .mandateScope("院落公共事务").secondsToAgenda(2).evaluationWindowDays(30)
                .termStartsOn(TODAY.minusYears(1)).termEndsOn(TODAY.plusYears(2)).build());
    }

    private Topic accepted(Council c, boolean major, String partyOrgId) {
        Topic t = admin.topics().propose(TopicProposeParams.builder().councilId(c.id()).title("危旧平房翻建")
                .description("拆除重建 670 平方米危旧平房").origin(TopicOrigin.COUNCIL).major(major)
                .partyOrganizationId(partyOrgId).build());
        return admin.topics().accept(t);
    }

    /** A resident the vendor's app acts for. */
    private static RequestOptions as(String resident) {
        return RequestOptions.builder().endUser(resident).build();
    }

    private static String resident() {
        return "resident-" + RESIDENT.incrementAndGet() + "-" + System.nanoTime();
    }

    /** {@code n} households in a building of the compound, each with a verified resident bound through the app. */
    private List<String> boundHouseholds(Grid compound, int n) {
        Grid building = grid(compound, GridLevel.BUILDING, String.format("%03d", 1 + STREET.get() % 900), "1号楼");
        List<String> residents = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Household h = admin.households().register(HouseholdRegisterParams.builder().gridId(building.id())
                    .address("1单元" + (101 + i)).build());
            String r = resident();
            ResidentBinding b = vendor.residentBindings().request(BindingParams.builder().householdId(h.id()).build(),
                    as(r));
            admin.residentBindings().verify(b);
            residents.add(r);
        }
        return residents;
    }

    @Test
    void theBungalowRenovationGoesFromProposalToItsPublishedResult() {
        Grid compound = compound();
        Council c = council(compound);
        admin.councils().addMember(c.id(), CouncilMemberParams.builder().role(CouncilRole.PARTY_MEMBER)
                .seat("楼门长 1号楼").build());
        PartyOrganization branch = admin.partyOrganizations().establish(PartyOrganizationCreateParams.builder()
                .type(OrganizationType.BRANCH).name("35号院楼院党支部").hostKind(HostKind.COMPOUND)
                .establishedOn(TODAY.minusYears(1)).build());
        List<String> residents = boundHouseholds(compound, 5);

        // a resident proposes through the app; two others second it; the council puts it on the agenda
        Topic proposed = vendor.topics().propose(TopicProposeParams.builder().councilId(c.id()).title("翻建危旧平房")
                .description("670 平方米平房危险").major(true).partyOrganizationId(branch.id()).build(),
                as(residents.get(0)));
        assertEquals(TopicStage.PROPOSED, proposed.stage());
        assertThrows(ConflictException.class, () -> admin.topics().accept(proposed), "needs two seconds first");
        vendor.topics().second(proposed.id(), as(residents.get(1)));
        assertThrows(ConflictException.class, () -> vendor.topics().second(proposed.id(), as(residents.get(1))),
                "once per resident");
        Topic seconded = vendor.topics().second(proposed.id(), as(residents.get(2)));
        assertEquals(2, seconded.seconds());
        Topic t = admin.topics().accept(seconded);

        // deliberation: meetings of the kinds the seeds name, and the online consultation
        for (int i = 0; i < 3; i++) {
            admin.topics().recordMeeting(t.id(), TopicMeetingParams.builder().kind(TopicMeetingKind.COURTYARD_MEETING)
                    .heldAt(OffsetDateTime.now(ZoneOffset.UTC).minusDays(30 - i)).attendance(40)
                    .units(List.of(UnitRef.builder().kind(UnitKind.PARTY_ORGANIZATION).id(branch.id()).build()))
                    .options(List.of("原址翻建", "维修加固")).minutes("讨论翻建方案").build());
        }
        var comment = vendor.topics().comment(t.id(), "支持原址翻建", as(residents.get(3)));
        admin.topics().moderateComment(comment, true);

        // a major matter: no vote before the Party organisation's review
        Vote draft = admin.votes().draft(t.id(), VoteParams.builder().motion("原址翻建危旧平房方案")
                .rule(VoteRule.UNANIMOUS).electorate(Electorate.HOUSEHOLDS).gridIds(List.of(compound.id()))
                .quorumPercent(60).secret(true).build());
        assertThrows(ConflictException.class, () -> admin.votes().open(draft), "major matter without review");
        Topic current = admin.topics().retrieve(t.id());
        admin.topics().review(current, TopicReviewParams.builder().verdict(ReviewVerdict.APPROVED)
                .opinion("同意提交表决").reviewer("支部书记").reviewedOn(TODAY).build());
        Vote open = admin.votes().open(admin.votes().retrieve(draft.id()));
        assertEquals(5, open.entitled().orElseThrow());
        assertThrows(ConflictException.class, () -> admin.votes().revise(open, VoteParams.builder()
                .rule(VoteRule.SIMPLE_MAJORITY).build()), "the rule is fixed once the vote opens");

        // every ballot cast is yes: 全票通过 (the example's figures, not the seed's)
        for (int i = 0; i < 4; i++) {
            BallotReceipt receipt = vendor.votes().cast(open.id(), BallotParams.builder().choice(BallotChoice.YES)
                    .build(), as(residents.get(i)));
            assertTrue(receipt.secret());
            assertTrue(receipt.ballot().isEmpty(), "a secret receipt does not repeat the choice");
        }
        assertThrows(ConflictException.class, () -> vendor.votes().cast(open.id(), BallotParams.builder()
                .choice(BallotChoice.NO).build(), as(residents.get(0))), "a second ballot is refused");
        assertThrows(PermissionDeniedException.class, () -> vendor.votes().cast(open.id(), BallotParams.builder()
                .choice(BallotChoice.YES).build(), as(resident())), "not on the roll");
        assertThrows(ConflictException.class, () -> admin.votes().listBallots(open.id(), ListParams.none())
                .stream().count(), "a secret vote's ballots are counted at the close");
        Vote closed = admin.votes().close(admin.votes().retrieve(open.id()));
        var tally = closed.tally().orElseThrow();
        assertEquals(4, tally.yes());
        assertEquals(4, tally.cast());
        assertTrue(tally.quorate() && tally.passed(), tally.figures());
        Topic decided = admin.topics().retrieve(t.id());
        assertEquals(TopicStage.DECIDED, decided.stage());
        assertEquals("原址翻建危旧平房方案", decided.decision().orElseThrow().text().orElseThrow());

        // 办: funded by the property-rights unit; a task; a milestone to 100 opens the evaluation
        Topic funded = admin.topics().fund(decided, "产权单位");
        Task task = admin.topics().addTask(t.id(), TaskCreateParams.builder().title("拆除并重建平房")
                .ownerKind(UnitKind.PARTY_ORGANIZATION).ownerId(branch.id()).dueOn(TODAY.plusMonths(6)).build());
        assertEquals(TopicStage.IMPLEMENTING, admin.topics().retrieve(funded.id()).stage());
        Task half = admin.tasks().reachMilestone(task, MilestoneParams.builder().reachedOn(TODAY).progress(50)
                .note("拆除完成").build());
        assertThrows(BadRequestException.class, () -> admin.tasks().reachMilestone(half, MilestoneParams.builder()
                .reachedOn(TODAY).progress(40).note("倒退").build()), "progress never goes back");
        admin.tasks().reachMilestone(half, MilestoneParams.builder().reachedOn(TODAY).progress(100).note("竣工")
                .build());
        assertEquals(TopicStage.EVALUATING, admin.topics().retrieve(t.id()).stage());

        // 评: residents of the venue evaluate once; then the topic closes with its result
        vendor.topics().evaluate(t.id(), EvaluationParams.builder().score(5).build(), as(residents.get(0)));
        vendor.topics().evaluate(t.id(), EvaluationParams.builder().score(4).build(), as(residents.get(1)));
        Evaluations e = vendor.topics().evaluate(t.id(), EvaluationParams.builder().score(2).build(),
                as(residents.get(2)));
        assertEquals(3, e.count());
        assertEquals(2, e.satisfied());
        assertThrows(ConflictException.class, () -> vendor.topics().evaluate(t.id(), EvaluationParams.builder()
                .score(5).build(), as(residents.get(0))), "once per resident");
        assertThrows(PermissionDeniedException.class, () -> vendor.topics().evaluate(t.id(), EvaluationParams
                .builder().score(5).build(), as(resident())), "only residents of the venue");
        Topic finished = admin.topics().close(admin.topics().retrieve(t.id()), "翻建完成，居民满意");
        assertEquals(TopicStage.CLOSED, finished.stage());

        // 三务公开: the public view shows the figures and no personal data
        PublicTopic view = vendor.topics().retrievePublic(t.id(), as(residents.get(4)));
        assertEquals(3, view.meetingsHeld());
        assertEquals(3L, view.meetingsByKind().get("COURTYARD_MEETING"));
        assertEquals(List.of("支持原址翻建"), view.publishedComments());
        assertEquals(4, view.vote().orElseThrow().yes());
        assertEquals(VoteRule.UNANIMOUS, view.voteRule().orElseThrow());
        assertEquals("产权单位", view.decision().orElseThrow().fundedBy().orElseThrow());
        assertEquals(100, view.progress());
        assertEquals(3, view.evaluation().count());
        Topic asResident = vendor.topics().retrieve(t.id(), as(residents.get(4)));
        assertTrue(asResident.proposerKey().isEmpty(), "the proposer is not shown to other residents");
        assertTrue(asResident.review().orElseThrow().reviewer().isEmpty());

        DeliberationStats stats = admin.topics().stats(DeliberationStatsParams.builder().gridId(compound.id())
                .from(TODAY.minusDays(60)).to(TODAY).build());
        assertEquals(1L, stats.topicsByStage().get("CLOSED"));
        assertEquals(3L, stats.meetingsByKind().get("COURTYARD_MEETING"));
        assertEquals(4L, stats.ballotsCast());
        assertEquals(5L, stats.electorsEntitled());
        assertEquals(3L, stats.evaluations());
    }

    @Test
    void aSecretVoteLeavesNothingThatLinksABallotToItsVoter() throws Exception {
        Grid compound = compound();
        Council c = council(compound);
        List<String> residents = boundHouseholds(compound, 3);
        Topic t = accepted(c, false, null);
        Vote v = admin.votes().open(admin.votes().draft(t.id(), VoteParams.builder().motion("设停车自管会")
                .rule(VoteRule.SIMPLE_MAJORITY).electorate(Electorate.HOUSEHOLDS).gridIds(List.of(compound.id()))
                .secret(true).build()));
        BallotChoice[] choices = {BallotChoice.YES, BallotChoice.NO, BallotChoice.YES};
        // Payara Micro's output reaches this JVM line by line through System.out (the Arquillian container prints
        // each line it reads from the process): every line the platform writes while the ballots are cast is caught
        java.io.PrintStream console = System.out;
        java.io.ByteArrayOutputStream caught = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) {
                console.write(b);
                caught.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                console.write(b, off, len);
                caught.write(b, off, len);
            }
        }, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            for (int i = 0; i < 3; i++) {
                vendor.votes().cast(v.id(), BallotParams.builder().choice(choices[i]).build(), as(residents.get(i)));
            }
            assertThrows(ConflictException.class, () -> vendor.votes().cast(v.id(), BallotParams.builder()
                    .choice(BallotChoice.NO).build(), as(residents.get(0))), "refused, and still not logged");
            System.out.println("ballots cast on " + v.id());
            Thread.sleep(1500); // the container's reader polls the process output
        } finally {
            System.setOut(console);
        }
        String log = caught.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(log.contains("ballots cast on " + v.id()), "the capture works");
        for (String r : residents) {
            assertFalse(log.contains(r), "no line written while the ballots were cast names a voter");
        }
        try (Connection db = PlatformEnvironment.state().superConnection()) {
            try (ResultSet rs = db.createStatement().executeQuery("select count(*) from vote_ballot where vote_id = '"
                    + v.id() + "'")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "no ballot row exists while the secret vote is open");
            }
            try (ResultSet rs = db.createStatement().executeQuery("select box_yes, box_no from vote where id = '"
                    + v.id() + "'")) {
                rs.next();
                assertEquals("{1.00,1.00}", rs.getString(1), "the box holds sorted weights only");
                assertEquals("{1.00}", rs.getString(2));
            }
            try (ResultSet rs = db.createStatement().executeQuery("select count(*) from idempotency_record where "
                    + "convert_from(coalesce(response_body, ''::bytea), 'UTF8') like '%YES%'")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "no stored answer repeats a choice");
            }
        } catch (java.sql.SQLException noBodyColumn) {
            // the stored answers are sealed; the receipt has no choice to seal in the first place
        }
        admin.votes().close(admin.votes().retrieve(v.id()));
        try (Connection db = PlatformEnvironment.state().superConnection()) {
            try (ResultSet rs = db.createStatement().executeQuery("select elector_id, cast_at, choice, "
                    + "xmin::text from vote_ballot where vote_id = '" + v.id() + "'")) {
                Set<String> transactions = new HashSet<>();
                int rows = 0;
                while (rs.next()) {
                    rows++;
                    assertNull(rs.getString(1), "a secret ballot names no elector");
                    assertNull(rs.getString(2), "a secret ballot keeps no time");
                    transactions.add(rs.getString(4));
                }
                assertEquals(3, rows);
                assertEquals(1, transactions.size(), "every ballot was written by the closing transaction");
            }
            try (ResultSet rs = db.createStatement().executeQuery("select count(*) filter (where voted), "
                    + "count(*) filter (where cast_at is not null) from vote_elector where vote_id = '" + v.id() + "'")) {
                rs.next();
                assertEquals(3, rs.getInt(1));
                assertEquals(0, rs.getInt(2), "the roll of a secret vote keeps no time");
            }
        }
        assertTrue(admin.votes().listBallots(v.id(), ListParams.none()).stream()
                .allMatch(b -> b.electorId().isEmpty() && b.castAt().isEmpty()));
        assertEquals(2, admin.votes().retrieve(v.id()).tally().orElseThrow().yes());
    }

    @Test
    void concurrentBallotsAreAllCountedOnce() throws Exception {
        Grid compound = compound();
        Council c = council(compound);
        List<String> residents = boundHouseholds(compound, 8);
        Topic t = accepted(c, false, null);
        Vote v = admin.votes().open(admin.votes().draft(t.id(), VoteParams.builder().motion("加装电梯")
                .rule(VoteRule.SIMPLE_MAJORITY).electorate(Electorate.HOUSEHOLDS).gridIds(List.of(compound.id()))
                .build()));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> casts = new ArrayList<>();
            for (String r : residents) {
                casts.add(pool.submit(() -> vendor.votes().cast(v.id(), BallotParams.builder()
                        .choice(BallotChoice.YES).build(), as(r))));
                casts.add(pool.submit(() -> {
                    try {
                        vendor.votes().cast(v.id(), BallotParams.builder().choice(BallotChoice.NO).build(), as(r));
                    } catch (ConflictException alreadyVoted) {
                        // one of the two ballots of each resident is refused
                    }
                }));
            }
            for (Future<?> f : casts) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (!(e.getCause() instanceof ConflictException)) {
                        throw e;
                    }
                }
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(8, admin.votes().listBallots(v.id(), ListParams.none()).stream().count());
        Vote closed = admin.votes().close(admin.votes().retrieve(v.id()));
        assertEquals(8, closed.tally().orElseThrow().cast(), "the tally equals the ballots");
        assertEquals(8L, closed.turnout().orElseThrow());
    }

    @Test
    void ownersVoteByHeadAndAreaAndACouncilDecidesByConsultation() {
        Grid compound = compound();
        Grid building = grid(compound, GridLevel.BUILDING, "901", "2号楼");
        Council c = council(compound);
        var u1 = admin.propertyUnits().register(PropertyUnitParams.builder().gridId(building.id()).unitNo("101")
                .area(new BigDecimal("90.50")).ownerRef("产权-" + System.nanoTime()).build());
        String bigOwner = "产权-" + System.nanoTime();
        admin.propertyUnits().register(PropertyUnitParams.builder().gridId(building.id()).unitNo("102")
                .area(new BigDecimal("120")).ownerRef(bigOwner).build());
        admin.propertyUnits().register(PropertyUnitParams.builder().gridId(building.id()).unitNo("103")
                .area(new BigDecimal("60")).ownerRef(bigOwner).build());
        assertThrows(ConflictException.class, () -> admin.propertyUnits().register(PropertyUnitParams.builder()
                .gridId(building.id()).unitNo("101").area(BigDecimal.TEN).ownerRef("x").build()));
        assertThrows(BadRequestException.class, () -> admin.propertyUnits().register(PropertyUnitParams.builder()
                .gridId(building.id()).unitNo("104").area(new BigDecimal("-3")).ownerRef("x").build()));
        Topic t = accepted(c, false, null);
        assertThrows(BadRequestException.class, () -> admin.votes().draft(t.id(), VoteParams.builder().motion("m")
                .rule(VoteRule.OWNERS_SPECIAL).electorate(Electorate.HOUSEHOLDS).gridIds(List.of(building.id()))
                .build()), "owners' rules count owners");
        Vote v = admin.votes().open(admin.votes().draft(t.id(), VoteParams.builder().motion("使用维修资金")
                .rule(VoteRule.OWNERS_SPECIAL).electorate(Electorate.OWNERS).gridIds(List.of(building.id())).build()));
        assertEquals(2, v.entitled().orElseThrow(), "one buyer of two units counts once by head");
        assertEquals(0, new BigDecimal("270.50").compareTo(v.entitledArea().orElseThrow()));
        String owner = resident();
        ResidentBinding b = vendor.residentBindings().request(BindingParams.builder().ownerId(u1.ownerId()).build(),
                as(owner));
        assertThrows(PermissionDeniedException.class, () -> vendor.votes().cast(v.id(), BallotParams.builder()
                .choice(BallotChoice.YES).build(), as(owner)), "an unverified binding does not vote");
        admin.residentBindings().verify(b);
        vendor.votes().cast(v.id(), BallotParams.builder().choice(BallotChoice.YES).build(), as(owner));
        var roll = admin.votes().listElectors(v.id(), ListParams.none()).stream().toList();
        var other = roll.stream().filter(e -> !e.voted()).findFirst().orElseThrow();
        admin.votes().cast(v.id(), BallotParams.builder().choice(BallotChoice.YES).electorId(other.id()).build());
        assertTrue(admin.votes().listElectors(v.id(), ListParams.none()).stream()
                .filter(e -> e.id().equals(other.id())).findFirst().orElseThrow().paperRecordedBy().isPresent(),
                "a paper ballot records who entered it");
        assertThrows(PermissionDeniedException.class, () -> vendor.votes().cast(v.id(), BallotParams.builder()
                .choice(BallotChoice.YES).electorId(other.id()).build(), as(owner)), "only staff enter paper ballots");
        var tally = admin.votes().close(admin.votes().retrieve(v.id())).tally().orElseThrow();
        assertTrue(tally.passed(), tally.figures());
        assertEquals(0, new BigDecimal("270.50").compareTo(tally.yesArea().orElseThrow()));

        // a consultation's outcome as the decision (Qingyang's 盖碗茶 meeting), not for a major matter
        Topic tea = accepted(c, false, null);
        admin.topics().recordMeeting(tea.id(), TopicMeetingParams.builder().kind(TopicMeetingKind.OPEN_AIR_MEETING)
                .heldAt(OffsetDateTime.now(ZoneOffset.UTC).minusDays(1)).attendance(60).build());
        Topic decided = admin.topics().decide(admin.topics().retrieve(tea.id()), TopicDecideParams.builder()
                .kind(DecisionKind.CONVENTION).text("院落停车公约第一版").build());
        assertEquals(1, decided.decision().orElseThrow().revision().orElseThrow());
        Topic closed = admin.topics().close(decided, "公约已张贴");
        assertEquals(TopicStage.CLOSED, closed.stage());
    }

    @Test
    void groupRepresentativesMeetAndAConventionIsRevised() throws Exception {
        Grid compound = compound();
        Grid group1 = grid(compound, GridLevel.BUILDING, "801", "第一居民小组");
        Grid group2 = grid(compound, GridLevel.BUILDING, "802", "第二居民小组");
        Council c = council(compound);
        for (int i = 0; i < 2; i++) {
            admin.representatives().add(RepresentativeParams.builder().gridId(group1.id()).accountSubject(resident())
                    .sinceOn(TODAY.minusYears(1)).build());
        }
        for (int i = 0; i < 3; i++) {
            admin.representatives().add(RepresentativeParams.builder().gridId(group2.id()).accountSubject(resident())
                    .sinceOn(TODAY.minusYears(1)).build());
        }
        assertThrows(ConflictException.class, () -> admin.representatives().add(RepresentativeParams.builder()
                .gridId(group2.id()).accountSubject(resident()).sinceOn(TODAY).build()), "two or three per group");
        assertEquals(5, admin.representatives().list(compound.id(), ListParams.none()).stream().count());

        Topic t = accepted(c, false, null);
        Vote v = admin.votes().open(admin.votes().draft(t.id(), VoteParams.builder().motion("修订院落公约")
                .decisionKind(DecisionKind.CONVENTION).rule(VoteRule.RESIDENTS_MEETING)
                .meetingForm(ResidentsMeetingForm.GROUP_REPRESENTATIVES).gridIds(List.of(compound.id())).build()));
        assertEquals(Electorate.REPRESENTATIVES, v.electorate());
        assertEquals(5, v.entitled().orElseThrow());
        List<Elector> roll = admin.votes().listElectors(v.id(), ListParams.none()).stream().toList();
        for (Elector e : roll.subList(0, 3)) {
            admin.votes().cast(v.id(), BallotParams.builder().choice(BallotChoice.YES).electorId(e.id()).build());
        }
        var tally = admin.votes().close(admin.votes().retrieve(v.id())).tally().orElseThrow();
        assertTrue(tally.quorate(), "3 of 5 attend: more than half");
        assertTrue(tally.passed(), tally.figures());
        assertEquals(3, admin.votes().listBallots(v.id(), ListParams.none()).stream()
                .filter(b -> b.electorId().isPresent()).count(), "an open vote's ballots name their electors");

        // the decided convention is revised by a later topic, which supersedes it
        Topic revision = admin.topics().accept(admin.topics().propose(TopicProposeParams.builder()
                .councilId(c.id()).title("公约修订").description("第二版").origin(TopicOrigin.COUNCIL)
                .amendsTopicId(t.id()).build()));
        admin.topics().recordMeeting(revision.id(), TopicMeetingParams.builder()
                .kind(TopicMeetingKind.COUNCIL_MEETING).heldAt(OffsetDateTime.now(ZoneOffset.UTC).minusHours(1))
                .build());
        Topic second = admin.topics().decide(admin.topics().retrieve(revision.id()), TopicDecideParams.builder()
                .kind(DecisionKind.CONVENTION).text("院落公约第二版").build());
        assertEquals(2, second.decision().orElseThrow().revision().orElseThrow());
        assertEquals(revision.id(), admin.topics().retrieve(t.id()).decision().orElseThrow().supersededBy()
                .orElseThrow());

        // a group with one representative cannot send them to a meeting of that form
        Grid group3 = grid(compound, GridLevel.BUILDING, "803", "第三居民小组");
        admin.representatives().add(RepresentativeParams.builder().gridId(group3.id()).accountSubject(resident())
                .sinceOn(TODAY).build());
        Topic another = accepted(c, false, null);
        Vote lopsided = admin.votes().draft(another.id(), VoteParams.builder().motion("m")
                .rule(VoteRule.RESIDENTS_MEETING).meetingForm(ResidentsMeetingForm.GROUP_REPRESENTATIVES)
                .gridIds(List.of(compound.id())).build());
        assertThrows(ConflictException.class, () -> admin.votes().open(lopsided));

        // every transition wrote its event
        try (Connection db = PlatformEnvironment.state().superConnection();
             ResultSet rs = db.createStatement().executeQuery("select string_agg(distinct event_type, ',' "
                     + "order by event_type) from outbox_event where aggregate_id in ('" + t.id() + "', '" + v.id() + "')")) {
            rs.next();
            String types = rs.getString(1);
            for (String type : List.of("topic.proposed", "topic.accepted", "vote.drafted", "vote.opened",
                    "vote.ballot_cast", "vote.closed", "decision.made")) {
                assertTrue(types.contains(type), type + " in " + types);
            }
        }
    }

    @Test
    void aResidentExportsAndErasesTheirPartThroughTheApp() {
        Grid compound = compound();
        Council c = council(compound);
        String resident = residentWithHousehold(compound);
        Topic t = vendor.topics().propose(TopicProposeParams.builder().councilId(c.id()).title("加装充电桩")
                .description("楼下加装充电桩").build(), as(resident));
        String other = resident();
        vendor.topics().second(t.id(), as(other));
        vendor.topics().comment(t.id(), "我家在 3 栋，电话 13800000000", as(resident));
        JicengClient vendor2 = Tenants.client(base, PlatformEnvironment.ALPHA, "alpha-vendor2");
        assertEquals(0, vendor2.personalData().mine(resident).family("deliberation").size(),
                "another app reaches nothing of what this one filed");
        Topic voted = accepted(c, false, null);
        Vote v = admin.votes().open(admin.votes().draft(voted.id(), VoteParams.builder().motion("m")
                .rule(VoteRule.SIMPLE_MAJORITY).electorate(Electorate.HOUSEHOLDS).gridIds(List.of(compound.id()))
                .build()));
        assertThrows(PermissionDeniedException.class, () -> vendor2.votes().cast(v.id(), BallotParams.builder()
                .choice(BallotChoice.YES).build(), as(resident)), "a binding is used through its own app only");
        assertEquals(BallotChoice.YES, vendor.votes().cast(v.id(), BallotParams.builder().choice(BallotChoice.YES)
                .build(), as(resident)).ballot().orElseThrow().choice());
        var mine = vendor.personalData().mine(resident).family("deliberation");
        assertEquals(Set.of("proposal", "comment", "binding"), mine.stream().map(m -> String.valueOf(m.get("kind")))
                .collect(java.util.stream.Collectors.toSet()));
        assertTrue(vendor.personalData().eraseMine(resident).erased().get("deliberation") >= 3);
        assertEquals(0, vendor.personalData().mine(resident).family("deliberation").size());
        assertEquals(1, admin.topics().retrieve(t.id()).seconds(), "the other resident's second still counts");
        assertTrue(admin.topics().listComments(t.id(), ListParams.none()).stream()
                .allMatch(x -> x.body().isEmpty()), "the comment's words are gone");
    }

    /** A verified resident of a household in the compound, through the app; their end-user id. */
    private String residentWithHousehold(Grid compound) {
        return boundHouseholds(compound, 1).get(0);
    }

    @Test
    void anotherTenantReachesNoDeliberationRecordByAnyRoute() {
        Grid compound = compound();
        Council c = council(compound);
        String resident = residentWithHousehold(compound);
        Topic t = accepted(c, false, null);
        var meeting = admin.topics().recordMeeting(t.id(), TopicMeetingParams.builder()
                .kind(TopicMeetingKind.COURTYARD_MEETING).heldAt(OffsetDateTime.now(ZoneOffset.UTC).minusHours(2))
                .build());
        var comment = vendor.topics().comment(t.id(), "意见", as(resident));
        Vote v = admin.votes().open(admin.votes().draft(t.id(), VoteParams.builder().motion("m")
                .rule(VoteRule.SIMPLE_MAJORITY).electorate(Electorate.HOUSEHOLDS).gridIds(List.of(compound.id()))
                .build()));
        var unit = admin.propertyUnits().register(PropertyUnitParams.builder().gridId(compound.id()).unitNo("1-101")
                .area(BigDecimal.TEN).ownerRef("产权-" + System.nanoTime()).build());
        var member = admin.councils().addMember(c.id(), CouncilMemberParams.builder().role(CouncilRole.PARTY_MEMBER)
                .seat("党员代表").build());
        var rep = admin.representatives().add(RepresentativeParams.builder().gridId(compound.id())
                .accountSubject(resident()).sinceOn(TODAY).build());
        var binding = admin.residentBindings().list(org.jiceng.sdk.deliberation.BindingListParams.builder().build())
                .stream().findFirst().orElseThrow();
        Topic decided = accepted(c, false, null);
        admin.topics().recordMeeting(decided.id(), TopicMeetingParams.builder()
                .kind(TopicMeetingKind.COUNCIL_MEETING).heldAt(OffsetDateTime.now(ZoneOffset.UTC).minusHours(1))
                .build());
        decided = admin.topics().decide(admin.topics().retrieve(decided.id()), TopicDecideParams.builder().text("议定")
                .build());
        PartyOrganization owner = admin.partyOrganizations().establish(PartyOrganizationCreateParams.builder()
                .type(OrganizationType.BRANCH).name("支部").hostKind(HostKind.COMPOUND).establishedOn(TODAY).build());
        Task task = admin.topics().addTask(decided.id(), TaskCreateParams.builder().title("办")
                .ownerKind(UnitKind.PARTY_ORGANIZATION).ownerId(owner.id()).dueOn(TODAY.plusDays(30)).build());
        Household household = admin.households().register(HouseholdRegisterParams.builder().gridId(compound.id())
                .address("跨租户 " + System.nanoTime()).build());
        String token = Tenants.token(PlatformEnvironment.BETA, "beta-admin");
        String[][] routes = {
                {"GET", "api/v1/councils/" + c.id(), null},
                {"PATCH", "api/v1/councils/" + c.id(), "{\"secondsToAgenda\":1}"},
                {"POST", "api/v1/councils/" + c.id() + ":renew-term", "{\"termStartsOn\":\"2030-01-01\","
                        + "\"termEndsOn\":\"2031-01-01\"}"},
                {"GET", "api/v1/councils/" + c.id() + "/members", null},
                {"POST", "api/v1/councils/" + c.id() + "/members", "{\"role\":\"PARTY_MEMBER\",\"seat\":\"x\"}"},
                {"DELETE", "api/v1/councils/" + c.id() + "/members/" + member.id(), null},
                {"GET", "api/v1/topics/" + t.id(), null},
                {"GET", "api/v1/topics/" + t.id() + "/public", null},
                {"POST", "api/v1/topics/" + t.id() + ":second", "{}"},
                {"POST", "api/v1/topics/" + t.id() + ":withdraw", "{}"},
                {"POST", "api/v1/topics/" + t.id() + ":decide", "{\"text\":\"x\"}"},
                {"GET", "api/v1/topics/" + t.id() + "/meetings", null},
                {"POST", "api/v1/topics/" + t.id() + "/meetings", "{\"kind\":\"COUNCIL_MEETING\",\"heldAt\":"
                        + "\"2026-01-01T00:00:00Z\"}"},
                {"GET", "api/v1/topics/" + t.id() + "/comments", null},
                {"POST", "api/v1/topics/" + t.id() + "/comments/" + comment.id() + ":moderate", "{\"publish\":true}"},
                {"GET", "api/v1/topics/" + t.id() + "/votes", null},
                {"POST", "api/v1/topics/" + t.id() + "/votes", "{\"motion\":\"m\",\"rule\":\"UNANIMOUS\","
                        + "\"electorate\":\"COUNCIL_MEMBERS\"}"},
                {"GET", "api/v1/topics/" + t.id() + "/tasks", null},
                {"GET", "api/v1/topics/" + t.id() + "/evaluations", null},
                {"GET", "api/v1/topics:stats?gridId=" + compound.id() + "&from=2026-01-01&to=2026-12-31", null},
                {"GET", "api/v1/votes/" + v.id(), null},
                {"POST", "api/v1/votes/" + v.id() + ":close", "{}"},
                {"POST", "api/v1/votes/" + v.id() + "/ballots", "{\"choice\":\"YES\"}"},
                {"GET", "api/v1/votes/" + v.id() + "/ballots", null},
                {"GET", "api/v1/votes/" + v.id() + "/electors", null},
                {"GET", "api/v1/property-units?gridId=" + compound.id(), null},
                {"POST", "api/v1/property-units", "{\"gridId\":\"" + compound.id() + "\",\"unitNo\":\"9\","
                        + "\"area\":10,\"ownerRef\":\"x\"}"},
                {"POST", "api/v1/resident-bindings", "{\"ownerId\":\"" + unit.ownerId() + "\"}"},
                {"GET", "api/v1/resident-bindings/" + binding.id(), null},
                {"POST", "api/v1/resident-bindings/" + binding.id() + ":revoke", "{}"},
                {"GET", "api/v1/representatives?gridId=" + compound.id(), null},
                {"DELETE", "api/v1/representatives/" + rep.id(), null},
                {"POST", "api/v1/councils", "{\"gridId\":\"" + compound.id() + "\",\"name\":\"x\","
                        + "\"mandateScope\":\"y\",\"termStartsOn\":\"2026-01-01\",\"termEndsOn\":\"2027-01-01\"}"},
                {"POST", "api/v1/topics/" + decided.id() + ":accept", "{}"},
                {"POST", "api/v1/topics/" + decided.id() + ":decline", "{\"reason\":\"x\"}"},
                {"POST", "api/v1/topics/" + decided.id() + ":review", "{\"verdict\":\"APPROVED\",\"opinion\":\"x\","
                        + "\"reviewer\":\"x\",\"reviewedOn\":\"2026-01-01\"}"},
                {"POST", "api/v1/topics/" + decided.id() + ":fund", "{\"fundedBy\":\"x\"}"},
                {"POST", "api/v1/topics/" + decided.id() + ":deliberate", "{}"},
                {"POST", "api/v1/topics/" + decided.id() + ":close", "{\"result\":\"x\"}"},
                {"POST", "api/v1/topics/" + decided.id() + "/tasks", "{\"title\":\"x\",\"ownerKind\":"
                        + "\"PARTY_ORGANIZATION\",\"ownerId\":\"" + owner.id() + "\",\"dueOn\":\"2027-01-01\"}"},
                {"POST", "api/v1/topics/" + t.id() + "/comments", "{\"body\":\"x\"}"},
                {"POST", "api/v1/topics/" + decided.id() + "/evaluations", "{\"score\":5}"},
                {"GET", "api/v1/tasks/" + task.id(), null},
                {"POST", "api/v1/tasks/" + task.id() + "/milestones", "{\"reachedOn\":\"2026-01-01\",\"progress\":10,"
                        + "\"note\":\"x\"}"},
                {"GET", "api/v1/tasks/" + task.id() + "/milestones", null},
                {"POST", "api/v1/tasks/" + task.id() + ":open-case", "{\"categoryCode\":\"OTHER\"}"},
                {"PATCH", "api/v1/votes/" + v.id(), "{\"motion\":\"x\"}"},
                {"POST", "api/v1/votes/" + v.id() + ":open", "{}"},
                {"POST", "api/v1/resident-bindings/" + binding.id() + ":verify", "{}"},
                {"POST", "api/v1/resident-bindings", "{\"householdId\":\"" + household.id() + "\"}"},
                {"POST", "api/v1/representatives", "{\"gridId\":\"" + compound.id() + "\",\"accountSubject\":\"x\","
                        + "\"sinceOn\":\"2026-01-01\"}"}};
        for (String[] r : routes) {
            Http.Reply reply = r[2] == null ? Http.send(r[0], base + r[1], token, null, null, "If-Match", "\"1\"")
                    : Http.json(r[0], base + r[1], token, r[2], "If-Match", "\"1\"");
            assertEquals(404, reply.status(), r[0] + " " + r[1] + " " + reply.body());
        }
        assertTrue(beta.topics().list(org.jiceng.sdk.deliberation.TopicListParams.builder().build()).stream()
                .noneMatch(x -> x.id().equals(t.id())));
        assertTrue(beta.councils().list(ListParams.none()).stream().noneMatch(x -> x.id().equals(c.id())));
        assertEquals(TopicStage.DECIDING, admin.topics().retrieve(t.id()).stage(), "nothing changed");
        assertEquals(meeting.topicId(), t.id());
    }

    @Test
    void anotherTenantFindsNothingAndBadInputIsRefused() {
        Grid compound = compound();
        Council c = council(compound);
        Topic t = accepted(c, false, null);
        Vote v = admin.votes().draft(t.id(), VoteParams.builder().motion("m").rule(VoteRule.SIMPLE_MAJORITY)
                .electorate(Electorate.COUNCIL_MEMBERS).build());
        assertThrows(NotFoundException.class, () -> beta.councils().retrieve(c.id()));
        assertThrows(NotFoundException.class, () -> beta.topics().retrieve(t.id()));
        assertThrows(NotFoundException.class, () -> beta.topics().retrievePublic(t.id()));
        assertThrows(NotFoundException.class, () -> beta.votes().retrieve(v.id()));
        assertThrows(NotFoundException.class, () -> beta.votes().listElectors(v.id(), ListParams.none()).stream()
                .count());
        assertThrows(NotFoundException.class, () -> beta.topics().propose(TopicProposeParams.builder()
                .councilId(c.id()).title("x").description("y").build()));
        assertThrows(NotFoundException.class, () -> beta.councils().create(CouncilCreateParams.builder()
                .gridId(compound.id()).name("x").mandateScope("y").termStartsOn(TODAY).termEndsOn(TODAY.plusYears(1))
                .build()));
        assertTrue(beta.topics().list(org.jiceng.sdk.deliberation.TopicListParams.builder().councilId(c.id()).build())
                .stream().findAny().isEmpty());

        assertThrows(ConflictException.class, () -> admin.votes().open(v), "an empty electorate opens no vote");
        String token = Tenants.token(PlatformEnvironment.ALPHA, "alpha-admin");
        for (String[] bad : new String[][]{
                {"POST", "api/v1/topics", "{\"councilId\":\"" + c.id() + "\",\"title\":\"x\",\"description\":\"y\","
                        + "\"origin\":\"ALIENS\"}", "origin"},
                {"POST", "api/v1/topics/" + t.id() + "/votes", "{\"motion\":\"m\",\"rule\":\"MOB_RULE\"}", "rule"},
                {"POST", "api/v1/topics/" + t.id() + "/votes", "{\"motion\":\"m\",\"rule\":\"SIMPLE_MAJORITY\","
                        + "\"electorate\":\"HOUSEHOLDS\"}", "gridIds"},
                {"POST", "api/v1/topics/" + t.id() + "/votes", "{\"motion\":\"m\",\"rule\":\"OWNERS_ORDINARY\","
                        + "\"electorate\":\"OWNERS\",\"gridIds\":[\"" + compound.id() + "\"],\"quorumPercent\":50}",
                        "quorumPercent"},
                {"POST", "api/v1/topics/" + t.id() + "/votes", "{\"motion\":\"m\",\"rule\":\"RESIDENTS_MEETING\","
                        + "\"electorate\":\"HOUSEHOLDS\",\"gridIds\":[\"" + compound.id() + "\"]}", "meetingForm"},
                {"POST", "api/v1/topics/" + t.id() + "/meetings", "{\"kind\":\"PICNIC\",\"heldAt\":"
                        + "\"2026-01-01T00:00:00Z\"}", "kind"},
                {"POST", "api/v1/topics/" + t.id() + "/meetings", "{\"kind\":\"OPEN_AIR_MEETING\",\"heldAt\":"
                        + "\"2999-01-01T00:00:00Z\"}", "heldAt"},
                {"POST", "api/v1/councils", "{\"gridId\":\"" + compound.id() + "\",\"name\":\"x\",\"mandateScope\":"
                        + "\"y\",\"termStartsOn\":\"2026-01-01\",\"termEndsOn\":\"2025-01-01\"}", "termEndsOn"},
                {"POST", "api/v1/councils/" + c.id() + "/members", "{\"role\":\"KING\",\"seat\":\"x\"}", "role"},
                {"POST", "api/v1/councils/" + c.id() + "/members", "{\"role\":\"PARTY_MEMBER\",\"seat\":\"\"}",
                        "seat"},
                {"POST", "api/v1/councils", "{\"gridId\":\"" + compound.id() + "\",\"name\":\"x\",\"mandateScope\":"
                        + "\"y\",\"secondsToAgenda\":-1,\"termStartsOn\":\"2026-01-01\",\"termEndsOn\":\"2027-01-01\"}",
                        "secondsToAgenda"},
                {"POST", "api/v1/councils", "{\"gridId\":\"" + compound.id() + "\",\"name\":\"x\",\"mandateScope\":"
                        + "\"y\",\"evaluationWindowDays\":0,\"termStartsOn\":\"2026-01-01\",\"termEndsOn\":"
                        + "\"2027-01-01\"}", "evaluationWindowDays"},
                {"POST", "api/v1/topics", "{\"councilId\":\"" + c.id() + "\",\"title\":\"  \",\"description\":\"y\"}",
                        "title"},
                {"POST", "api/v1/topics/" + t.id() + "/votes", "{\"motion\":\"m\",\"rule\":\"SIMPLE_MAJORITY\","
                        + "\"electorate\":\"COUNCIL_MEMBERS\",\"quorumPercent\":0}", "quorumPercent"},
                {"POST", "api/v1/topics/" + t.id() + "/meetings", "{\"kind\":\"COUNCIL_MEETING\",\"heldAt\":"
                        + "\"2026-01-01T00:00:00Z\",\"attendance\":-1}", "attendance"},
                {"POST", "api/v1/topics/" + t.id() + "/comments", "{\"body\":\"\"}", "body"},
                {"POST", "api/v1/topics/" + t.id() + "/evaluations", "{\"score\":6}", "score"},
                {"POST", "api/v1/topics/" + t.id() + "/tasks", "{\"title\":\"x\",\"ownerKind\":\"DEPARTMENT\","
                        + "\"ownerId\":\"" + c.id() + "\"}", "dueOn"},
                {"POST", "api/v1/votes/" + v.id() + "/ballots", "{\"choice\":\"MAYBE\"}", "choice"},
                {"POST", "api/v1/property-units", "{\"gridId\":\"" + compound.id() + "\",\"unitNo\":\"1\","
                        + "\"area\":1.234,\"ownerRef\":\"x\"}", "area"},
                {"POST", "api/v1/representatives", "{\"gridId\":\"" + compound.id() + "\",\"accountSubject\":\"x\"}",
                        "sinceOn"},
                {"GET", "api/v1/topics:stats?gridId=" + compound.id() + "&from=2026-02-01&to=2026-01-01", null, "to"}}) {
            Http.Reply r = bad[2] == null ? Http.get(base + bad[1], token) : Http.json(bad[0], base + bad[1], token,
                    bad[2]);
            assertEquals(400, r.status(), bad[1] + " " + r.body());
            assertTrue(r.body().contains(bad[3]), r.body());
        }
        Http.Reply badDate = Http.get(base + "api/v1/topics:stats?gridId=" + compound.id()
                + "&from=yesterday&to=2026-01-01", token);
        assertEquals(400, badDate.status(), badDate.body());
        assertTrue(badDate.body().contains("from"), badDate.body());
        Http.Reply missing = Http.json("POST", base + "api/v1/votes/" + v.id() + "/ballots", token, "{}");
        assertEquals(400, missing.status(), missing.body());
        assertFalse(admin.topics().retrieve(t.id()).major());
    }
}
