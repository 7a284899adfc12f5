package org.jiceng.platform.it;

import org.jiceng.sdk.JicengClient;
import org.jiceng.sdk.errors.BadRequestException;
import org.jiceng.sdk.errors.ConflictException;
import org.jiceng.sdk.errors.JicengServiceException;
import org.jiceng.sdk.errors.NotFoundException;
import org.jiceng.sdk.errors.PermissionDeniedException;
import org.jiceng.sdk.grids.Grid;
import org.jiceng.sdk.volunteers.Activity;
import org.jiceng.sdk.volunteers.ActivitySignup;
import org.jiceng.sdk.volunteers.LedgerCheck;
import org.jiceng.sdk.volunteers.PointsEntry;
import org.jiceng.sdk.volunteers.Reward;
import org.jiceng.sdk.volunteers.Volunteer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Volunteers and the points ledger end to end through the SDK, against Payara Micro, PostgreSQL and Keycloak:
 * points as trustworthy as money under concurrency, credited once, reversed by new entries only.
 */
class VolunteerIT extends AgainstPlatform {
    URL base;
    JicengClient coordinator;
    JicengClient beta;
    Grid root;

    @BeforeEach
    void setUp() {
        base = PlatformEnvironment.local(deployed);
        coordinator = Tenants.client(base, PlatformEnvironment.ALPHA, "alpha-admin");
        beta = Tenants.client(base, PlatformEnvironment.BETA, "beta-admin");
        root = Tenants.alphaRoot(coordinator);
    }

    private Volunteer volunteer(String name) {
        return coordinator.volunteers().register(name, "13800001111", root.id(), null, null);
    }

    /** A volunteer who served once at {@code points} points, verified. */
    private Volunteer withPoints(String name, int points) {
        Volunteer v = volunteer(name);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Activity a = coordinator.volunteers().createActivity("敬老院陪伴", root.id(), now.minusHours(2), now.plusHours(2),
                5, points, null);
        ActivitySignup s = coordinator.volunteers().signUp(a.id(), v.id());
        s = coordinator.volunteers().checkIn(s);
        s = coordinator.volunteers().checkOut(s);
        assertEquals(points, coordinator.volunteers().verify(s, null).points().orElseThrow());
        return coordinator.volunteers().retrieve(v.id());
    }

    @Test
    void aHundredConcurrentRedemptionsAgainstABalanceForTenSucceedExactlyTen() throws Exception {
        Volunteer v = withPoints("袁新华", 100);
        assertEquals(100, v.balance());
        Reward meal = coordinator.volunteers().createReward("长者食堂餐券", 10, 50);
        List<Integer> statuses = concurrently(100, () -> coordinator.volunteers().redeem(meal.id(), v.id()));
        assertEquals(10, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 409), statuses.toString());
        assertEquals(0, coordinator.volunteers().retrieve(v.id()).balance());
        assertEquals(40, coordinator.volunteers().rewards().stream().filter(r -> r.id().equals(meal.id()))
                .findFirst().orElseThrow().stock());

        // stock runs out first: 3 in stock, balance for 100
        Volunteer rich = withPoints("富余", 100);
        Reward scarce = coordinator.volunteers().createReward("限量毛巾", 1, 3);
        List<Integer> scarceStatuses = concurrently(10, () -> coordinator.volunteers().redeem(scarce.id(), rich.id()));
        assertEquals(3, scarceStatuses.stream().filter(s -> s == 201).count(), scarceStatuses.toString());
        assertEquals(97, coordinator.volunteers().retrieve(rich.id()).balance());
        assertSound(coordinator.volunteers().checkLedger());
    }

    @Test
    void aVerificationCreditsOnceHoweverOftenItIsTried() throws Exception {
        Volunteer v = volunteer("重复核验");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Activity a = coordinator.volunteers().createActivity("楼道清理", root.id(), now.minusHours(3), now, 3, null, 20);
        ActivitySignup s = coordinator.volunteers().checkOut(coordinator.volunteers().checkIn(
                coordinator.volunteers().signUp(a.id(), v.id())));
        ActivitySignup out = s;
        List<Integer> statuses = concurrently(10, () -> coordinator.volunteers().verify(out, 90));
        assertEquals(1, statuses.stream().filter(x -> x == 201).count(), statuses.toString());
        assertEquals(30, coordinator.volunteers().retrieve(v.id()).balance(), "90 minutes at 20 points an hour");
        assertEquals(1, coordinator.volunteers().statement(v.id()).stream().count());
        assertThrows(ConflictException.class, () -> coordinator.volunteers().verify(out, null));
    }

    @Test
    void anIdempotencyKeyRetryRedeemsOnce() {
        Volunteer v = withPoints("幂等", 50);
        Reward r = coordinator.volunteers().createReward("雨伞", 20, 10);
        String token = Tenants.token(PlatformEnvironment.ALPHA, "alpha-admin");
        String key = "redeem-" + System.nanoTime();
        Http.Reply first = Http.json("POST", base + "api/v1/rewards/" + r.id() + ":redeem", token,
                "{\"volunteerId\":\"" + v.id() + "\"}", "Idempotency-Key", key);
        Http.Reply again = Http.json("POST", base + "api/v1/rewards/" + r.id() + ":redeem", token,
                "{\"volunteerId\":\"" + v.id() + "\"}", "Idempotency-Key", key);
        assertEquals(201, first.status(), first.body());
        assertEquals(first.body(), again.body());
        assertEquals(30, coordinator.volunteers().retrieve(v.id()).balance());
    }

    @Test
    void reversalsAndARandomisedRunKeepEveryBalanceTheSumOfItsEntries() throws Exception {
        Random random = new Random(20261122);
        List<Volunteer> people = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            people.add(withPoints("随机" + i, 10 + random.nextInt(90)));
        }
        Reward r = coordinator.volunteers().createReward("积分商品", 7, 1000);
        for (int i = 0; i < 30; i++) {
            Volunteer v = people.get(random.nextInt(people.size()));
            try {
                coordinator.volunteers().redeem(r.id(), v.id());
            } catch (ConflictException poor) {
                // the balance did not cover it: nothing was booked
            }
        }
        for (Volunteer v : people) {
            long sum = coordinator.volunteers().statement(v.id()).stream().mapToLong(PointsEntry::amount).sum();
            assertEquals(sum, coordinator.volunteers().retrieve(v.id()).balance(), "balance = sum of entries");
        }
        // reverse a redemption: the points come back through new entries, never an edit
        Volunteer v = people.get(0);
        Volunteer before = coordinator.volunteers().retrieve(v.id());
        PointsEntry credit = coordinator.volunteers().statement(v.id()).stream().filter(e -> e.amount() > 0)
                .findFirst().orElseThrow();
        List<PointsEntry> entriesBefore = coordinator.volunteers().statement(v.id()).stream().toList();
        if (before.balance() >= credit.amount()) {
            coordinator.volunteers().reverse(credit.transactionId(), "录入错误");
            assertEquals(before.balance() - credit.amount(), coordinator.volunteers().retrieve(v.id()).balance());
            assertEquals(entriesBefore.size() + 1, coordinator.volunteers().statement(v.id()).stream().count());
            assertThrows(ConflictException.class, () -> coordinator.volunteers().reverse(credit.transactionId(), "again"));
        }
        assertSound(coordinator.volunteers().checkLedger());
    }

    @Test
    void badInputIsRefused() {
        Volunteer v = volunteer("输入");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Activity a = coordinator.volunteers().createActivity("义诊", root.id(), now, now.plusHours(1), 1, 5, null);
        ActivitySignup s = coordinator.volunteers().signUp(a.id(), v.id());
        assertThrows(ConflictException.class, () -> coordinator.volunteers().signUp(a.id(), v.id()), "no double sign-up");
        assertThrows(ConflictException.class, () -> coordinator.volunteers().signUp(a.id(), volunteer("满员").id()),
                "over capacity");
        assertThrows(ConflictException.class, () -> coordinator.volunteers().checkOut(s), "check-out before check-in");
        // a cancellation frees the place, and the volunteer may sign up again
        Volunteer second = volunteer("让位");
        assertEquals("CANCELLED", coordinator.volunteers().cancel(s).status());
        ActivitySignup taken = coordinator.volunteers().signUp(a.id(), second.id());
        assertThrows(ConflictException.class, () -> coordinator.volunteers().signUp(a.id(), v.id()), "full again");
        coordinator.volunteers().cancel(taken);
        assertEquals("SIGNED_UP", coordinator.volunteers().signUp(a.id(), v.id()).status());
        ActivitySignup in = coordinator.volunteers().checkIn(s);
        assertThrows(ConflictException.class, () -> coordinator.volunteers().cancel(in), "no cancelling once there");
        ActivitySignup out = coordinator.volunteers().checkOut(in);
        assertThrows(BadRequestException.class, () -> coordinator.volunteers().verify(out, -30), "negative time");
        JicengClient other = Tenants.client(base, PlatformEnvironment.ALPHA, "alpha-shortlived");
        assertThrows(ConflictException.class, () -> other.volunteers().verify(out, null),
                "only the organiser certifies");

        Reward expensive = coordinator.volunteers().createReward("自行车", 10_000, 1);
        assertThrows(ConflictException.class, () -> coordinator.volunteers().redeem(expensive.id(), v.id()),
                "unaffordable");
        Reward none = coordinator.volunteers().createReward("售罄", 1, 0);
        Volunteer rich = withPoints("有钱", 10);
        assertThrows(ConflictException.class, () -> coordinator.volunteers().redeem(none.id(), rich.id()), "no stock");
        assertEquals(10, coordinator.volunteers().retrieve(rich.id()).balance(), "nothing booked");

        assertThrows(BadRequestException.class, () -> coordinator.volunteers().createActivity("t", root.id(), now,
                now.minusHours(1), 1, 5, null));
        assertThrows(BadRequestException.class, () -> coordinator.volunteers().createActivity("t", root.id(), now,
                now.plusHours(1), 1, 5, 5), "one points rule");
        assertThrows(BadRequestException.class, () -> coordinator.volunteers().createReward("x", 0, 1));
        assertThrows(BadRequestException.class, () -> coordinator.volunteers().register("x", "123", root.id(), null,
                null));
        assertThrows(NotFoundException.class, () -> coordinator.volunteers().register("x", null,
                "01900000-0000-7000-8000-000000000000", null, null));
        assertThrows(PermissionDeniedException.class, () -> Tenants.client(base, PlatformEnvironment.ALPHA,
                "alpha-vendor").volunteers().createReward("x", 1, 1));
    }

    @Test
    void anotherTenantsVolunteersActivitiesRewardsAndTransactionsDoNotExist() {
        Volunteer v = withPoints("隔离", 40);
        Reward r = coordinator.volunteers().createReward("隔离奖品", 5, 5);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Activity a = coordinator.volunteers().createActivity("隔离活动", root.id(), now, now.plusHours(1), 2, 5, null);
        ActivitySignup s = coordinator.volunteers().signUp(a.id(), v.id());
        String credit = coordinator.volunteers().statement(v.id()).stream().findFirst().orElseThrow().transactionId();
        assertThrows(NotFoundException.class, () -> beta.volunteers().retrieve(v.id()));
        assertThrows(NotFoundException.class, () -> beta.volunteers().statement(v.id()).stream().count());
        assertThrows(NotFoundException.class, () -> beta.volunteers().activity(a.id()));
        assertThrows(NotFoundException.class, () -> beta.volunteers().signups(a.id()));
        assertThrows(NotFoundException.class, () -> beta.volunteers().checkIn(s));
        assertThrows(NotFoundException.class, () -> beta.volunteers().redeem(r.id(), v.id()));
        assertThrows(NotFoundException.class, () -> beta.volunteers().restock(r.id(), 5));
        assertThrows(NotFoundException.class, () -> beta.volunteers().reverse(credit, "x"));
        assertFalse(beta.volunteers().rewards().stream().anyMatch(x -> x.id().equals(r.id())));
        Volunteer betaPerson = beta.volunteers().register("别处", null, Tenants.betaRoot(beta).id(), null, null);
        assertThrows(NotFoundException.class, () -> coordinator.volunteers().signUp(a.id(), betaPerson.id()));
        assertThrows(NotFoundException.class, () -> coordinator.volunteers().redeem(r.id(), betaPerson.id()));
        assertSound(beta.volunteers().checkLedger());
        assertEquals(40, coordinator.volunteers().retrieve(v.id()).balance());
    }

    @Test
    void aResidentsWishIsClaimedFulfilledAndConfirmedAndPaysOnce() {
        JicengClient resident = Tenants.client(base, PlatformEnvironment.ALPHA, "alpha-resident");
        Volunteer v = withPoints("在职党员", 5);
        org.jiceng.sdk.volunteers.Wish w = resident.volunteers().postWish("帮忙换灯泡", "厨房灯坏了", root.id(), 15);
        assertEquals("POSTED", w.status());
        assertThrows(PermissionDeniedException.class, () -> resident.volunteers().claimWish(w.id(), v.id()));
        assertThrows(ConflictException.class, () -> resident.volunteers().confirmWish(w.id()), "not fulfilled yet");
        coordinator.volunteers().claimWish(w.id(), v.id());
        assertThrows(ConflictException.class, () -> resident.volunteers().withdrawWish(w.id()), "claimed already");
        coordinator.volunteers().fulfilWish(w.id());
        assertThrows(ConflictException.class, () -> coordinator.volunteers().confirmWish(w.id()),
                "only the resident confirms");
        assertEquals("CONFIRMED", resident.volunteers().confirmWish(w.id()).status());
        assertThrows(ConflictException.class, () -> resident.volunteers().confirmWish(w.id()));
        assertEquals(20, coordinator.volunteers().retrieve(v.id()).balance(), "5 for the activity, 15 for the wish");
        assertEquals(w.id(), resident.volunteers().wish(w.id()).id());
        assertThrows(NotFoundException.class, () -> beta.volunteers().wish(w.id()));
        assertThrows(NotFoundException.class, () -> beta.volunteers().fulfilWish(w.id()));

        org.jiceng.sdk.volunteers.ServiceRecord record = coordinator.volunteers().serviceRecord(v.id());
        assertEquals(2, record.services(), "one activity, one wish");
        assertEquals(20, record.pointsEarned());
        assertEquals(v.certificateNo(), record.certificateNo());
        assertTrue(record.certificateNo().matches("ALPHA-V20\\d\\d-\\d{6}"), record.certificateNo());
        assertThrows(BadRequestException.class, () -> resident.volunteers().postWish("t", "d", root.id(), 5000));
    }

    @Test
    void theLeaderboardRanksByPointsEarnedForServiceWithinAGrid() {
        Grid street = coordinator.grids().create(org.jiceng.sdk.grids.GridCreateParams.builder().parentId(root.id())
                .level(org.jiceng.sdk.grids.GridLevel.STREET).code(root.code() + (800 + (int) (System.nanoTime() % 90)))
                .name("志愿街道").build());
        Volunteer low = coordinator.volunteers().register("少", null, street.id(), null, null);
        Volunteer high = coordinator.volunteers().register("多", null, street.id(), null, null);
        earn(low, 10);
        earn(high, 30);
        earn(high, 5);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        List<org.jiceng.sdk.volunteers.LeaderboardEntry> board = coordinator.volunteers().leaderboard(
                today.minusDays(1), today.plusDays(2), street.id(), 10);
        assertEquals(List.of(high.id(), low.id()), board.stream().map(e -> e.volunteerId()).toList());
        assertEquals(35, board.get(0).pointsEarned());
        assertEquals(2, board.get(0).services());
        assertEquals(1, board.get(0).rank());
        assertThrows(NotFoundException.class, () -> beta.volunteers().leaderboard(null, null, street.id(), 10));

        // the same by team: Tiexi's teams, one service area each
        org.jiceng.sdk.volunteers.VolunteerTeam patrol = coordinator.volunteers().createTeam("平安巡逻队",
                "PUBLIC_SECURITY", street.id(), low.id());
        assertEquals(List.of(low.id()), patrol.memberIds(), "the leader is a member");
        assertThrows(ConflictException.class, () -> coordinator.volunteers().joinTeam(patrol.id(), low.id()));
        assertEquals(List.of(low.id()), coordinator.volunteers().leaderboard(today.minusDays(1), today.plusDays(2),
                null, patrol.id(), 10).stream().map(e -> e.volunteerId()).toList());
        assertEquals(2, coordinator.volunteers().joinTeam(patrol.id(), high.id()).memberIds().size());
        assertThrows(BadRequestException.class, () -> coordinator.volunteers().createTeam("x", "SPACE", street.id(),
                null));
        assertThrows(NotFoundException.class, () -> beta.volunteers().team(patrol.id()));
        assertThrows(NotFoundException.class, () -> beta.volunteers().leaderboard(null, null, null, patrol.id(), 10));
        assertFalse(beta.volunteers().teams().stream().anyMatch(t -> t.id().equals(patrol.id())));
    }

    @Test
    void aTenantsMultiplierScalesAnActivitysPointsAndSkillsAreKept() {
        Volunteer v = coordinator.volunteers().register("倍数", null, root.id(), null, null, List.of("理发", "电工"));
        assertEquals(List.of("理发", "电工"), v.skills());
        coordinator.volunteers().setMultiplier("HOLIDAY", "节假日", 200);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Activity a = coordinator.volunteers().createActivity("春节慰问", root.id(), now.minusHours(2), now, 5, null, 10,
                "HOLIDAY");
        assertEquals(200, a.multiplierPercent());
        coordinator.volunteers().setMultiplier("HOLIDAY", "节假日", 300); // later changes do not reach this activity
        ActivitySignup s = coordinator.volunteers().checkOut(coordinator.volunteers().checkIn(
                coordinator.volunteers().signUp(a.id(), v.id())));
        assertEquals(30, coordinator.volunteers().verify(s, 90).points().orElseThrow(),
                "90 minutes at 10 an hour = 15, doubled");
        assertTrue(coordinator.volunteers().multipliers().stream().anyMatch(m -> m.code().equals("HOLIDAY")
                && m.percent() == 300));
        assertThrows(NotFoundException.class, () -> coordinator.volunteers().createActivity("t", root.id(), now,
                now.plusHours(1), 1, 5, null, "NO_SUCH"));
        assertThrows(BadRequestException.class, () -> coordinator.volunteers().setMultiplier("HOLIDAY", "x", 0));
        assertThrows(BadRequestException.class, () -> coordinator.volunteers().register("x", null, root.id(), null,
                null, List.of("这个技能的名称实在是太长了超过了二十个字符的限制呢")));
        assertFalse(beta.volunteers().multipliers().stream().anyMatch(m -> m.code().equals("HOLIDAY")),
                "another tenant's multipliers are its own");
        assertThrows(NotFoundException.class, () -> beta.volunteers().createActivity("t", Tenants.betaRoot(beta).id(),
                now, now.plusHours(1), 1, 5, null, "HOLIDAY"));
    }

    @Test
    void unspentPointsExpireOldestFirstAndOnce() {
        Volunteer v = withPoints("过期", 10);
        Reward r = coordinator.volunteers().createReward("过期测试", 3, 10);
        coordinator.volunteers().redeem(r.id(), v.id());
        java.time.LocalDate tomorrow = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1);
        org.jiceng.sdk.volunteers.ExpiryResult first = coordinator.volunteers().expirePoints(tomorrow);
        assertTrue(first.points() >= 7, "this volunteer's 7 unspent points among them");
        assertEquals(0, coordinator.volunteers().retrieve(v.id()).balance());
        assertEquals(0, coordinator.volunteers().expirePoints(tomorrow).points(), "nothing more the second time");
        assertEquals(0, coordinator.volunteers().expirePoints(java.time.LocalDate.of(2000, 1, 1)).points());
        assertThrows(BadRequestException.class, () -> coordinator.volunteers().expirePoints(tomorrow.plusYears(1)));
        assertSound(coordinator.volunteers().checkLedger());
    }

    @Test
    void concurrentRegistrationsGetDistinctCertificateNumbers() throws Exception {
        List<String> certificates = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Integer> statuses = concurrently(20, () -> certificates.add(coordinator.volunteers()
                .register("并发登记", null, root.id(), null, null).certificateNo()));
        assertEquals(java.util.Collections.nCopies(20, 201), statuses);
        assertEquals(20, new java.util.HashSet<>(certificates).size(), "no number twice: " + certificates);
        assertTrue(certificates.stream().allMatch(c -> c.matches("ALPHA-V\\d{4}-\\d{6}")), certificates.toString());
    }

    @Test
    void concurrentExpiryRunsBookEachPointOnce() throws Exception {
        Volunteer v = withPoints("并发过期", 12);
        java.time.LocalDate tomorrow = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1);
        List<Long> expired = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Integer> statuses = concurrently(6, () -> expired.add(coordinator.volunteers().expirePoints(tomorrow)
                .points()));
        assertEquals(List.of(201, 201, 201, 201, 201, 201), statuses, "every run succeeds");
        assertEquals(0, coordinator.volunteers().retrieve(v.id()).balance(), "never below zero");
        assertEquals(1, expired.stream().filter(p -> p > 0).count(), "one run booked the points: " + expired);
        assertSound(coordinator.volunteers().checkLedger());
    }

    private void earn(Volunteer v, int points) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Activity a = coordinator.volunteers().createActivity("服务" + points, root.id(), now.minusHours(1), now, 2,
                points, null);
        coordinator.volunteers().verify(coordinator.volunteers().checkOut(coordinator.volunteers().checkIn(
                coordinator.volunteers().signUp(a.id(), v.id()))), null);
    }

    private static void assertSound(LedgerCheck check) {
        assertEquals(0, check.mismatchedAccounts(), "every balance is the sum of its entries");
        assertEquals(0, check.sumOfAllEntries(), "double entry: all entries sum to zero");
    }

    private static List<Integer> concurrently(int n, Callable<?> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Integer>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            futures.add(pool.submit(() -> {
                try {
                    call.call();
                    return 201;
                } catch (JicengServiceException e) {
                    return e.statusCode();
                }
            }));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : futures) {
            statuses.add(f.get());
        }
        pool.shutdown();
        return statuses;
    }
}
