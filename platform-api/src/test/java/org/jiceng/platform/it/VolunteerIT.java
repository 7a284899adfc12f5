package org.jiceng.platform.it;

import org.jiceng.sdk.JicengClient;
import org.jiceng.sdk.errors.BadRequestException;
import org.jiceng.sdk.errors.ConflictException;
import org.jiceng.sdk.errors.JicengServiceException;
import org.jiceng.sdk.errors.NotFoundException;
import org.jiceng.sdk.errors.PermissionDeniedException;
import org.jiceng.sdk.grids.Grid;
import org.jiceng.sdk.ListParams;
import org.jiceng.sdk.errors.PreconditionFailedException;
import org.jiceng.sdk.errors.PreconditionRequiredException;
import org.jiceng.sdk.volunteers.Activity;
import org.jiceng.sdk.volunteers.ActivityCreateParams;
import org.jiceng.sdk.volunteers.LeaderboardParams;
import org.jiceng.sdk.volunteers.PointsMultiplier;
import org.jiceng.sdk.volunteers.PointsMultiplierParams;
import org.jiceng.sdk.volunteers.RewardCreateParams;
import org.jiceng.sdk.volunteers.ServiceArea;
import org.jiceng.sdk.volunteers.SignupStatus;
import org.jiceng.sdk.volunteers.VolunteerRegisterParams;
import org.jiceng.sdk.volunteers.VolunteerTeamCreateParams;
import org.jiceng.sdk.volunteers.Wish;
import org.jiceng.sdk.volunteers.WishListParams;
import org.jiceng.sdk.volunteers.WishPostParams;
import org.jiceng.sdk.volunteers.WishStatus;
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
        return coordinator.volunteers().register(VolunteerRegisterParams.builder().name(name).phone("13800001111")
                .homeGridId(root.id()).build());
    }

    /** A volunteer who served once at {@code points} points, verified. */
    private Volunteer withPoints(String name, int points) {
        Volunteer v = volunteer(name);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Activity a = coordinator.activities().create(ActivityCreateParams.builder().title("敬老院陪伴").gridId(root.id())
                .startsAt(now.minusHours(2)).endsAt(now.plusHours(2)).capacity(5).pointsFixed(points).build());
        ActivitySignup s = coordinator.activities().signUp(a.id(), v.id());
        s = coordinator.activities().checkIn(s);
        s = coordinator.activities().checkOut(s);
        assertEquals(points, coordinator.activities().verify(s).points().orElseThrow());
        return coordinator.volunteers().retrieve(v.id());
    }

    @Test
    void aHundredConcurrentRedemptionsAgainstABalanceForTenSucceedExactlyTen() throws Exception {
        Volunteer v = withPoints("袁新华", 100);
        assertEquals(100, v.balance());
        Reward meal = coordinator.rewards().create(RewardCreateParams.builder().name("长者食堂餐券").price(10).stock(50)
                .build());
        List<Integer> statuses = concurrently(100, () -> coordinator.rewards().redeem(meal.id(), v.id()));
        assertEquals(10, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 409), statuses.toString());
        assertEquals(0, coordinator.volunteers().retrieve(v.id()).balance());
        assertEquals(40, coordinator.rewards().list(ListParams.none()).stream().filter(r -> r.id().equals(meal.id()))
                .findFirst().orElseThrow().stock());

        // stock runs out first: 3 in stock, balance for 100
        Volunteer rich = withPoints("富余", 100);
        Reward scarce = coordinator.rewards().create(RewardCreateParams.builder().name("限量毛巾").price(1).stock(3)
                .build());
        List<Integer> scarceStatuses = concurrently(10, () -> coordinator.rewards().redeem(scarce.id(), rich.id()));
        assertEquals(3, scarceStatuses.stream().filter(s -> s == 201).count(), scarceStatuses.toString());
        assertEquals(97, coordinator.volunteers().retrieve(rich.id()).balance());
        assertSound(coordinator.points().check());
    }

    @Test
    void aVerificationCreditsOnceHoweverOftenItIsTried() throws Exception {
        Volunteer v = volunteer("重复核验");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Activity a = coordinator.activities().create(ActivityCreateParams.builder().title("楼道清理").gridId(root.id())
                .startsAt(now.minusHours(3)).endsAt(now).capacity(3).pointsPerHour(20).build());
        ActivitySignup s = coordinator.activities().checkOut(coordinator.activities().checkIn(coordinator.activities()
                .signUp(a.id(), v.id())));
        ActivitySignup out = s;
        List<Integer> statuses = concurrently(10, () -> coordinator.activities().verify(out, 90));
        assertEquals(1, statuses.stream().filter(x -> x == 201).count(), statuses.toString());
        assertEquals(30, coordinator.volunteers().retrieve(v.id()).balance(), "90 minutes at 20 points an hour");
        assertEquals(1, coordinator.volunteers().statement(v.id(), ListParams.none()).stream().count());
        ActivitySignup verified = coordinator.activities().retrieveSignup(a.id(), out.id());
        assertEquals(SignupStatus.VERIFIED, verified.status());
        assertThrows(PreconditionFailedException.class, () -> coordinator.activities().verify(out), "stale");
        ConflictException again = assertThrows(ConflictException.class, () -> coordinator.activities()
                .verify(verified));
        assertTrue(again.getMessage().contains("allowed now: nothing"), again.getMessage());
    }

    @Test
    void anIdempotencyKeyRetryRedeemsOnce() {
        Volunteer v = withPoints("幂等", 50);
        Reward r = coordinator.rewards().create(RewardCreateParams.builder().name("雨伞").price(20).stock(10).build());
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
        Reward r = coordinator.rewards().create(RewardCreateParams.builder().name("积分商品").price(7).stock(1000).build());
        for (int i = 0; i < 30; i++) {
            Volunteer v = people.get(random.nextInt(people.size()));
            try {
                coordinator.rewards().redeem(r.id(), v.id());
            } catch (ConflictException poor) {
                // the balance did not cover it: nothing was booked
            }
        }
        for (Volunteer v : people) {
            long sum = coordinator.volunteers().statement(v.id(), ListParams.none()).stream()
                    .mapToLong(PointsEntry::amount).sum();
            assertEquals(sum, coordinator.volunteers().retrieve(v.id()).balance(), "balance = sum of entries");
        }
        // reverse a redemption: the points come back through new entries, never an edit
        Volunteer v = people.get(0);
        Volunteer before = coordinator.volunteers().retrieve(v.id());
        PointsEntry credit = coordinator.volunteers().statement(v.id(), ListParams.none()).stream()
                .filter(e -> e.amount() > 0)
                .findFirst().orElseThrow();
        List<PointsEntry> entriesBefore = coordinator.volunteers().statement(v.id(), ListParams.none()).stream()
                .toList();
        if (before.balance() >= credit.amount()) {
            coordinator.points().reverse(credit.transactionId(), "录入错误");
            assertEquals(before.balance() - credit.amount(), coordinator.volunteers().retrieve(v.id()).balance());
            assertEquals(entriesBefore.size() + 1, coordinator.volunteers().statement(v.id(), ListParams.none())
                    .stream().count());
            assertThrows(ConflictException.class, () -> coordinator.points().reverse(credit.transactionId(), "again"));
        }
        assertSound(coordinator.points().check());
    }

    @Test
    void badInputIsRefused() {
        Volunteer v = volunteer("输入");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Activity a = coordinator.activities().create(ActivityCreateParams.builder().title("义诊").gridId(root.id())
                .startsAt(now).endsAt(now.plusHours(1)).capacity(1).pointsFixed(5).build());
        ActivitySignup s = coordinator.activities().signUp(a.id(), v.id());
        assertThrows(ConflictException.class, () -> coordinator.activities()
                .signUp(a.id(), v.id()), "no double sign-up");
        assertThrows(ConflictException.class, () -> coordinator.activities().signUp(a.id(), volunteer("满员").id()),
                "over capacity");
        assertThrows(ConflictException.class, () -> coordinator.activities().checkOut(s), "check-out before check-in");
        // a cancellation frees the place, and the volunteer may sign up again
        Volunteer second = volunteer("让位");
        assertEquals(SignupStatus.CANCELLED, coordinator.activities().cancel(s).status());
        ActivitySignup taken = coordinator.activities().signUp(a.id(), second.id());
        assertThrows(ConflictException.class, () -> coordinator.activities().signUp(a.id(), v.id()), "full again");
        coordinator.activities().cancel(taken);
        assertEquals(SignupStatus.SIGNED_UP, coordinator.activities().signUp(a.id(), v.id()).status());
        assertThrows(PreconditionFailedException.class, () -> coordinator.activities().checkIn(s),
                "s was read before the cancellation");
        ActivitySignup in = coordinator.activities().checkIn(coordinator.activities().retrieveSignup(a.id(), s.id()));
        assertThrows(ConflictException.class, () -> coordinator.activities().cancel(in), "no cancelling once there");
        ActivitySignup out = coordinator.activities().checkOut(in);
        assertThrows(BadRequestException.class, () -> coordinator.activities().verify(out, -30), "negative time");
        JicengClient other = Tenants.client(base, PlatformEnvironment.ALPHA, "alpha-shortlived");
        assertThrows(ConflictException.class, () -> other.activities().verify(out),
                "only the organiser certifies");

        Reward expensive = coordinator.rewards().create(RewardCreateParams.builder().name("自行车").price(10_000).stock(1)
                .build());
        assertThrows(ConflictException.class, () -> coordinator.rewards().redeem(expensive.id(), v.id()),
                "unaffordable");
        Reward none = coordinator.rewards().create(RewardCreateParams.builder().name("售罄").price(1).stock(0).build());
        Volunteer rich = withPoints("有钱", 10);
        assertThrows(ConflictException.class, () -> coordinator.rewards().redeem(none.id(), rich.id()), "no stock");
        assertEquals(10, coordinator.volunteers().retrieve(rich.id()).balance(), "nothing booked");

        assertThrows(BadRequestException.class, () -> coordinator.activities().create(ActivityCreateParams.builder()
                .title("t").gridId(root.id()).startsAt(now).endsAt(now.minusHours(1)).capacity(1).pointsFixed(5)
                .build()));
        assertThrows(BadRequestException.class, () -> coordinator.activities().create(ActivityCreateParams.builder()
                .title("t").gridId(root.id()).startsAt(now).endsAt(now.plusHours(1)).capacity(1).pointsFixed(5)
                .pointsPerHour(5).build()), "one points rule");
        assertThrows(BadRequestException.class, () -> coordinator.rewards().create(RewardCreateParams.builder()
                .name("x").price(0).stock(1).build()));
        assertThrows(BadRequestException.class, () -> coordinator.volunteers()
                .register(VolunteerRegisterParams.builder().name("x").phone("123").homeGridId(root.id()).build()));
        assertThrows(NotFoundException.class, () -> coordinator.volunteers().register(VolunteerRegisterParams.builder()
                .name("x").homeGridId("01900000-0000-7000-8000-000000000000").build()));
        assertThrows(PermissionDeniedException.class, () -> Tenants.client(base, PlatformEnvironment.ALPHA,
                "alpha-vendor").rewards().create(RewardCreateParams.builder().name("x").price(1).stock(1).build()));
    }

    @Test
    void anotherTenantsVolunteersActivitiesRewardsAndTransactionsDoNotExist() {
        Volunteer v = withPoints("隔离", 40);
        Reward r = coordinator.rewards().create(RewardCreateParams.builder().name("隔离奖品").price(5).stock(5).build());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Activity a = coordinator.activities().create(ActivityCreateParams.builder().title("隔离活动").gridId(root.id())
                .startsAt(now).endsAt(now.plusHours(1)).capacity(2).pointsFixed(5).build());
        ActivitySignup s = coordinator.activities().signUp(a.id(), v.id());
        String credit = coordinator.volunteers().statement(v.id(), ListParams.none()).stream().findFirst().orElseThrow()
                .transactionId();
        assertThrows(NotFoundException.class, () -> beta.volunteers().retrieve(v.id()));
        assertThrows(NotFoundException.class, () -> beta.volunteers().statement(v.id(), ListParams.none()).stream()
                .count());
        assertThrows(NotFoundException.class, () -> beta.activities().retrieve(a.id()));
        assertThrows(NotFoundException.class, () -> beta.activities().signups(a.id(), ListParams.none()));
        assertThrows(NotFoundException.class, () -> beta.activities().checkIn(s));
        assertThrows(NotFoundException.class, () -> beta.rewards().redeem(r.id(), v.id()));
        assertThrows(NotFoundException.class, () -> beta.rewards().restock(r, 5));
        assertThrows(NotFoundException.class, () -> beta.rewards().retrieve(r.id()));
        String redemption = coordinator.rewards().redeem(r.id(), v.id()).id();
        assertThrows(NotFoundException.class, () -> beta.rewards().retrieveRedemption(r.id(), redemption));
        assertThrows(NotFoundException.class, () -> beta.activities().retrieveSignup(a.id(), s.id()));
        assertFalse(beta.activities().list(ListParams.none()).stream().anyMatch(x -> x.id().equals(a.id())));
        assertFalse(beta.volunteers().list(ListParams.none()).stream().anyMatch(x -> x.id().equals(v.id())));
        assertThrows(NotFoundException.class, () -> beta.points().reverse(credit, "x"));
        assertFalse(beta.rewards().list(ListParams.none()).stream().anyMatch(x -> x.id().equals(r.id())));
        Volunteer betaPerson = beta.volunteers().register(VolunteerRegisterParams.builder().name("别处")
                .homeGridId(Tenants.betaRoot(beta).id()).build());
        assertThrows(NotFoundException.class, () -> coordinator.activities().signUp(a.id(), betaPerson.id()));
        assertThrows(NotFoundException.class, () -> coordinator.rewards().redeem(r.id(), betaPerson.id()));
        assertSound(beta.points().check());
        assertEquals(35, coordinator.volunteers().retrieve(v.id()).balance(), "40 earned, 5 redeemed");
        assertEquals(redemption, coordinator.rewards().retrieveRedemption(r.id(), redemption).id());
    }

    @Test
    void aResidentsWishIsClaimedFulfilledAndConfirmedAndPaysOnce() {
        JicengClient resident = Tenants.client(base, PlatformEnvironment.ALPHA, "alpha-resident");
        Volunteer v = withPoints("在职党员", 5);
        org.jiceng.sdk.volunteers.Wish w = resident.wishes().post(WishPostParams.builder().title("帮忙换灯泡")
                .description("厨房灯坏了").gridId(root.id()).points(15).build());
        assertEquals(WishStatus.POSTED, w.status());
        assertThrows(PermissionDeniedException.class, () -> resident.wishes().claim(w, v.id()));
        assertThrows(ConflictException.class, () -> resident.wishes().confirm(w), "not fulfilled yet");
        Wish claimed = coordinator.wishes().claim(w, v.id());
        assertEquals(WishStatus.CLAIMED, claimed.status());
        assertThrows(PreconditionFailedException.class, () -> resident.wishes().withdraw(w), "a stale version");
        ConflictException refused = assertThrows(ConflictException.class, () -> resident.wishes().withdraw(claimed),
                "claimed already");
        assertTrue(refused.problem().detail().orElseThrow().contains("allowed now: fulfil"), refused.getMessage());
        Wish fulfilled = coordinator.wishes().fulfil(claimed);
        assertThrows(ConflictException.class, () -> coordinator.wishes().confirm(fulfilled),
                "only the resident confirms");
        Wish confirmed = resident.wishes().confirm(fulfilled);
        assertEquals(WishStatus.CONFIRMED, confirmed.status());
        assertThrows(ConflictException.class, () -> resident.wishes().confirm(confirmed));
        assertEquals(20, coordinator.volunteers().retrieve(v.id()).balance(), "5 for the activity, 15 for the wish");
        assertEquals(w.id(), resident.wishes().retrieve(w.id()).id());
        assertThrows(NotFoundException.class, () -> beta.wishes().retrieve(w.id()));
        assertThrows(NotFoundException.class, () -> beta.wishes().fulfil(claimed));
        assertFalse(beta.wishes().list(WishListParams.builder().build()).stream().anyMatch(x -> x.id().equals(w.id())));
        assertTrue(coordinator.wishes().list(WishListParams.builder().status(WishStatus.CONFIRMED).build()).stream()
                .anyMatch(x -> x.id().equals(w.id())));
        assertTrue(resident.wishes().list(WishListParams.builder().build()).stream()
                .allMatch(x -> x.residentSubject().equals(w.residentSubject())), "a resident lists their own");

        org.jiceng.sdk.volunteers.ServiceRecord record = coordinator.volunteers().serviceRecord(v.id());
        assertEquals(2, record.services(), "one activity, one wish");
        assertEquals(20, record.pointsEarned());
        assertEquals(v.certificateNo(), record.certificateNo());
        assertTrue(record.certificateNo().matches("ALPHA-V20\\d\\d-\\d{6}"), record.certificateNo());
        assertThrows(BadRequestException.class, () -> resident.wishes().post(WishPostParams.builder().title("t")
                .description("d").gridId(root.id()).points(5000).build()));
    }

    @Test
    void theLeaderboardRanksByPointsEarnedForServiceWithinAGrid() {
        Grid street = coordinator.grids().create(org.jiceng.sdk.grids.GridCreateParams.builder().parentId(root.id())
                .level(org.jiceng.sdk.grids.GridLevel.STREET).code(root.code() + (800 + (int) (System.nanoTime() % 90)))
                .name("志愿街道").build());
        Volunteer low = coordinator.volunteers().register(VolunteerRegisterParams.builder().name("少")
                .homeGridId(street.id()).build());
        Volunteer high = coordinator.volunteers().register(VolunteerRegisterParams.builder().name("多")
                .homeGridId(street.id()).build());
        earn(low, 10);
        earn(high, 30);
        earn(high, 5);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        List<org.jiceng.sdk.volunteers.LeaderboardEntry> board = coordinator.volunteers()
                .leaderboard(LeaderboardParams.builder().from(today.minusDays(1)).to(today.plusDays(2))
                .gridId(street.id()).limit(10).build());
        assertEquals(List.of(high.id(), low.id()), board.stream().map(e -> e.volunteerId()).toList());
        assertEquals(35, board.get(0).pointsEarned());
        assertEquals(2, board.get(0).services());
        assertEquals(1, board.get(0).rank());
        assertThrows(NotFoundException.class, () -> beta.volunteers().leaderboard(LeaderboardParams.builder()
                .gridId(street.id()).limit(10).build()));

        // the same by team: Tiexi's teams, one service area each
        org.jiceng.sdk.volunteers.VolunteerTeam patrol = coordinator.volunteerTeams()
                .create(VolunteerTeamCreateParams.builder().name("平安巡逻队").serviceArea(ServiceArea.PUBLIC_SECURITY)
                .gridId(street.id()).leaderId(low.id()).build());
        assertEquals(List.of(low.id()), patrol.memberIds(), "the leader is a member");
        assertThrows(ConflictException.class, () -> coordinator.volunteerTeams().addMember(patrol, low.id()));
        assertEquals(List.of(low.id()), coordinator.volunteers().leaderboard(LeaderboardParams.builder()
                .from(today.minusDays(1)).to(today.plusDays(2)).teamId(patrol.id()).limit(10).build()).stream()
                .map(e -> e.volunteerId()).toList());
        org.jiceng.sdk.volunteers.VolunteerTeam joined = coordinator.volunteerTeams().addMember(patrol, high.id());
        assertEquals(2, joined.memberIds().size());
        assertEquals(patrol.version() + 1, joined.version());
        assertThrows(PreconditionFailedException.class, () -> coordinator.volunteerTeams().addMember(patrol,
                volunteerIn(street).id()), "the team changed since patrol was read");
        Http.Reply unknownArea = Http.json("POST", base + "api/v1/volunteer-teams",
                Tenants.token(PlatformEnvironment.ALPHA, "alpha-admin"),
                "{\"name\":\"x\",\"serviceArea\":\"SPACE\",\"gridId\":\"" + street.id() + "\"}");
        assertEquals(400, unknownArea.status(), unknownArea.body());
        assertTrue(unknownArea.body().contains("serviceArea"), unknownArea.body());
        assertThrows(NotFoundException.class, () -> beta.volunteerTeams().retrieve(patrol.id()));
        assertThrows(NotFoundException.class, () -> beta.volunteerTeams().addMember(joined, low.id()),
                "alpha's team and version");
        assertThrows(NotFoundException.class, () -> beta.volunteers().leaderboard(LeaderboardParams.builder()
                .teamId(patrol.id()).limit(10).build()));
        assertFalse(beta.volunteerTeams().list(ListParams.none()).stream().anyMatch(t -> t.id().equals(patrol.id())));
    }

    @Test
    void aTenantsMultiplierScalesAnActivitysPointsAndSkillsAreKept() {
        Volunteer v = coordinator.volunteers().register(VolunteerRegisterParams.builder().name("倍数")
                .homeGridId(root.id()).skills(List.of("理发", "电工")).build());
        assertEquals(List.of("理发", "电工"), v.skills());
        String code = "HOLIDAY_" + System.nanoTime() % 1_000_000;
        PointsMultiplier holiday = coordinator.points().createMultiplier(code,
                PointsMultiplierParams.builder().name("节假日").percent(200).build());
        assertThrows(PreconditionRequiredException.class, () -> coordinator.points().createMultiplier(code,
                PointsMultiplierParams.builder().name("节假日").percent(250).build()), "replacing needs If-Match");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Activity a = coordinator.activities().create(ActivityCreateParams.builder().title("春节慰问").gridId(root.id())
                .startsAt(now.minusHours(2)).endsAt(now).capacity(5).pointsPerHour(10).multiplierCode(code).build());
        assertEquals(200, a.multiplierPercent());
        PointsMultiplier tripled = coordinator.points().updateMultiplier(holiday,
                PointsMultiplierParams.builder().name("节假日").percent(300).build()); // not for this activity
        assertEquals(holiday.version() + 1, tripled.version());
        assertThrows(PreconditionFailedException.class, () -> coordinator.points().updateMultiplier(holiday,
                PointsMultiplierParams.builder().name("节假日").percent(100).build()));
        assertEquals(300, coordinator.points().retrieveMultiplier(code).percent());
        ActivitySignup s = coordinator.activities().checkOut(coordinator.activities().checkIn(coordinator.activities()
                .signUp(a.id(), v.id())));
        assertEquals(30, coordinator.activities().verify(s, 90).points().orElseThrow(),
                "90 minutes at 10 an hour = 15, doubled");
        assertTrue(coordinator.points().multipliers(ListParams.none()).stream().anyMatch(m -> m.code().equals(code)
                && m.percent() == 300));
        assertThrows(NotFoundException.class, () -> coordinator.activities().create(ActivityCreateParams.builder()
                .title("t").gridId(root.id()).startsAt(now).endsAt(now.plusHours(1)).capacity(1).pointsFixed(5)
                .multiplierCode("NO_SUCH").build()));
        assertThrows(BadRequestException.class, () -> coordinator.points().updateMultiplier(tripled,
                PointsMultiplierParams.builder().name("x").percent(0).build()));
        assertThrows(BadRequestException.class, () -> coordinator.volunteers()
                .register(VolunteerRegisterParams.builder().name("x").homeGridId(root.id())
                .skills(List.of("这个技能的名称实在是太长了超过了二十个字符的限制呢")).build()));
        assertFalse(beta.points().multipliers(ListParams.none()).stream().anyMatch(m -> m.code().equals(code)),
                "another tenant's multipliers are its own");
        assertThrows(NotFoundException.class, () -> beta.points().retrieveMultiplier(code));
        assertThrows(NotFoundException.class, () -> beta.points().updateMultiplier(tripled,
                PointsMultiplierParams.builder().name("x").percent(100).build()));
        assertThrows(NotFoundException.class, () -> beta.activities().create(ActivityCreateParams.builder().title("t")
                .gridId(Tenants.betaRoot(beta).id()).startsAt(now).endsAt(now.plusHours(1)).capacity(1).pointsFixed(5)
                .multiplierCode(code).build()));
    }

    @Test
    void unspentPointsExpireOldestFirstAndOnce() {
        Volunteer v = withPoints("过期", 10);
        Reward r = coordinator.rewards().create(RewardCreateParams.builder().name("过期测试").price(3).stock(10).build());
        coordinator.rewards().redeem(r.id(), v.id());
        java.time.LocalDate tomorrow = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1);
        org.jiceng.sdk.volunteers.ExpiryResult first = coordinator.points().expire(tomorrow);
        assertTrue(first.points() >= 7, "this volunteer's 7 unspent points among them");
        assertEquals(0, coordinator.volunteers().retrieve(v.id()).balance());
        assertEquals(0, coordinator.points().expire(tomorrow).points(), "nothing more the second time");
        assertEquals(0, coordinator.points().expire(java.time.LocalDate.of(2000, 1, 1)).points());
        assertThrows(BadRequestException.class, () -> coordinator.points().expire(tomorrow.plusYears(1)));
        assertSound(coordinator.points().check());
    }

    @Test
    void concurrentRegistrationsGetDistinctCertificateNumbers() throws Exception {
        List<String> certificates = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Integer> statuses = concurrently(20, () -> certificates.add(coordinator.volunteers()
                .register(VolunteerRegisterParams.builder().name("并发登记").homeGridId(root.id()).build())
                        .certificateNo()));
        assertEquals(java.util.Collections.nCopies(20, 201), statuses);
        assertEquals(20, new java.util.HashSet<>(certificates).size(), "no number twice: " + certificates);
        assertTrue(certificates.stream().allMatch(c -> c.matches("ALPHA-V\\d{4}-\\d{6}")), certificates.toString());
    }

    @Test
    void theNewListsAndStepsAnswerBadInputWithProblems() {
        String alpha = Tenants.token(PlatformEnvironment.ALPHA, "alpha-admin");
        String betaToken = Tenants.token(PlatformEnvironment.BETA, "beta-admin");
        assertProblem(400, Http.get(base + "api/v1/wishes?status=GRANTED", alpha), "status");
        assertProblem(400, Http.get(base + "api/v1/activities?limit=0", alpha), "limit");
        assertProblem(400, Http.get(base + "api/v1/volunteer-teams?cursor=forged", alpha), "cursor");
        assertProblem(404, Http.get(base + "api/v1/rewards/not-an-id", alpha), "reward");
        assertProblem(404, Http.get(base + "api/v1/points/multipliers/NO_SUCH_CODE", alpha), "multiplier");
        Wish w = coordinator.wishes().post(WishPostParams.builder().title("修水管").description("漏水")
                .gridId(root.id()).build());
        String claim = base + "api/v1/wishes/" + w.id() + ":claim";
        assertProblem(428, Http.json("POST", claim, alpha, "{\"volunteerId\":\"" + volunteer("x").id() + "\"}"),
                "If-Match");
        assertProblem(400, Http.json("POST", claim, alpha, "{}", "If-Match", "\"1\""), "volunteerId");
        assertProblem(400, Http.json("POST", claim, alpha, "{\"volunteerId\":\"v\"}", "If-Match", "not-a-tag"),
                "If-Match");
        assertProblem(400, Http.json("PUT", base + "api/v1/points/multipliers/lower", alpha,
                "{\"name\":\"x\",\"percent\":100}"), "code");
        assertEquals(WishStatus.POSTED, coordinator.wishes().retrieve(w.id()).status(), "nothing half-done");

        // a cursor issued to alpha is refused to beta, like a forged one
        for (int i = 0; i < 2; i++) {
            coordinator.rewards().create(RewardCreateParams.builder().name("游标" + i).price(1).stock(1).build());
        }
        String cursor = coordinator.rewards().list(ListParams.builder().limit(1).build()).nextCursor().orElseThrow();
        assertProblem(400, Http.get(base + "api/v1/rewards?limit=1&cursor=" + cursor, betaToken), "cursor");
    }

    private static void assertProblem(int status, Http.Reply reply, String mentioned) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                reply.headers().toString());
        assertTrue(reply.body().contains(mentioned), reply.body());
    }

    @Test
    void concurrentExpiryRunsBookEachPointOnce() throws Exception {
        Volunteer v = withPoints("并发过期", 12);
        java.time.LocalDate tomorrow = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1);
        List<Long> expired = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Integer> statuses = concurrently(6, () -> expired.add(coordinator.points().expire(tomorrow)
                .points()));
        assertEquals(List.of(201, 201, 201, 201, 201, 201), statuses, "every run succeeds");
        assertEquals(0, coordinator.volunteers().retrieve(v.id()).balance(), "never below zero");
        assertEquals(1, expired.stream().filter(p -> p > 0).count(), "one run booked the points: " + expired);
        assertSound(coordinator.points().check());
    }

    private Volunteer volunteerIn(Grid grid) {
        return coordinator.volunteers().register(VolunteerRegisterParams.builder().name("新队员").homeGridId(grid.id())
                .build());
    }

    private void earn(Volunteer v, int points) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Activity a = coordinator.activities().create(ActivityCreateParams.builder().title("服务" + points)
                .gridId(root.id()).startsAt(now.minusHours(1)).endsAt(now).capacity(2).pointsFixed(points).build());
        coordinator.activities().verify(coordinator.activities().checkOut(coordinator.activities()
                .checkIn(coordinator.activities().signUp(a.id(), v.id()))));
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

    @Test
    void verifiedHoursAreCountedByTheMonthTheServiceBeganAndOnlyInTheGridAsked() {
        Grid street = coordinator.grids().list(org.jiceng.sdk.grids.GridListParams.builder().parentId(root.id())
                        .limit(500).build()).data().stream().filter(g -> g.code().equals(root.code() + "889"))
                .findFirst().orElseGet(() -> coordinator.grids().create(org.jiceng.sdk.grids.GridCreateParams.builder()
                        .parentId(root.id()).level(org.jiceng.sdk.grids.GridLevel.STREET).code(root.code() + "889")
                        .name("时长街道").build()));
        java.time.ZoneId shanghai = java.time.ZoneId.of("Asia/Shanghai");
        java.time.YearMonth thisMonth = java.time.YearMonth.now(shanghai);
        org.jiceng.sdk.volunteers.VolunteerHoursParams params = org.jiceng.sdk.volunteers.VolunteerHoursParams.builder()
                .gridId(street.id()).from(thisMonth.minusMonths(2)).to(thisMonth.plusMonths(1)).build();
        org.jiceng.sdk.volunteers.VolunteerHours before = coordinator.volunteers().hours(params);
        assertEquals(List.of(thisMonth.minusMonths(2), thisMonth.minusMonths(1), thisMonth), before.months().stream()
                .map(org.jiceng.sdk.volunteers.VolunteerHoursMonth::month).toList(), "every month, zeros included");

        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Activity a = coordinator.activities().create(ActivityCreateParams.builder().title("敬老院陪护")
                .gridId(street.id()).startsAt(now.minusHours(3)).endsAt(now).capacity(5).pointsPerHour(10).build());
        for (int minutes : new int[]{90, 60}) {
            Volunteer v = volunteer("时长" + minutes);
            ActivitySignup s = coordinator.activities().checkOut(coordinator.activities().checkIn(coordinator
                    .activities().signUp(a.id(), v.id())));
            coordinator.activities().verify(s, minutes);
        }
        // a sign-up that was never verified counts nothing
        coordinator.activities().signUp(a.id(), volunteer("未核验").id());
        // nor does service held outside the grid asked
        Activity elsewhere = coordinator.activities().create(ActivityCreateParams.builder().title("别处服务")
                .gridId(root.id()).startsAt(now.minusHours(2)).endsAt(now).capacity(5).pointsPerHour(10).build());
        Volunteer other = volunteer("别处");
        coordinator.activities().verify(coordinator.activities().checkOut(coordinator.activities().checkIn(
                coordinator.activities().signUp(elsewhere.id(), other.id()))), 120);

        org.jiceng.sdk.volunteers.VolunteerHoursMonth month = coordinator.volunteers().hours(params).months().get(2);
        org.jiceng.sdk.volunteers.VolunteerHoursMonth was = before.months().get(2);
        assertEquals(was.services() + 2, month.services());
        assertEquals(was.volunteers() + 2, month.volunteers());
        assertEquals(was.verifiedMinutes() + 150, month.verifiedMinutes());
        assertEquals(Math.round(month.verifiedMinutes() / 6.0) / 10.0, month.verifiedHours());
        assertTrue(coordinator.volunteers().hours(org.jiceng.sdk.volunteers.VolunteerHoursParams.none()).months()
                .get(5).verifiedMinutes() >= 270, "the whole tenant has both activities");

        assertThrows(NotFoundException.class, () -> beta.volunteers().hours(params), "another tenant's grid");
        GridApiIT.assertProblem(Http.get(base + "api/v1/volunteers:hours?from=2026-13",
                Tenants.token(PlatformEnvironment.ALPHA, "alpha-admin")), 400);
        GridApiIT.assertProblem(Http.get(base + "api/v1/volunteers:hours?from=2024-01&to=2026-12",
                Tenants.token(PlatformEnvironment.ALPHA, "alpha-admin")), 400);
        GridApiIT.assertProblem(Http.get(base + "api/v1/volunteers:hours?from=2026-06&to=2026-06",
                Tenants.token(PlatformEnvironment.ALPHA, "alpha-admin")), 400);
        GridApiIT.assertProblem(Http.get(base + "api/v1/volunteers:hours",
                Tenants.token(PlatformEnvironment.ALPHA, "alpha-vendor")), 403);
    }
}
