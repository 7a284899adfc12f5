package org.jiceng.sdk.volunteers;

import com.fasterxml.jackson.databind.JavaType;
import org.jiceng.sdk.Page;
import org.jiceng.sdk.RequestOptions;
import org.jiceng.sdk.core.ApiRequest;
import org.jiceng.sdk.core.HttpTransport;
import org.jiceng.sdk.core.Json;
import org.jiceng.sdk.core.ListResponse;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Volunteers, activities, rewards and the points ledger ({@code /api/v1/volunteers}, {@code /api/v1/activities},
 * {@code /api/v1/rewards}, {@code /api/v1/points}), reached through {@code client.volunteers()}.
 */
public final class VolunteerService {
    private static final JavaType VOLUNTEERS = list(Volunteer.class);
    private static final JavaType ENTRIES = list(PointsEntry.class);
    private static final JavaType REWARDS = list(Reward.class);
    private static final JavaType SIGNUPS = list(ActivitySignup.class);
    private static final JavaType LEADERBOARD = list(LeaderboardEntry.class);
    private static final JavaType TEAMS = list(VolunteerTeam.class);
    private static final JavaType MULTIPLIERS = list(PointsMultiplier.class);

    private final HttpTransport transport;

    public VolunteerService(HttpTransport transport) {
        this.transport = transport;
    }

    private static JavaType list(Class<?> type) {
        return Json.mapper().getTypeFactory().constructParametricType(ListResponse.class, type);
    }

    /** Registers a volunteer (name and phone are personal data, encrypted by the platform) and opens their account. */
    public Volunteer register(String name, String phone, String homeGridId, String subject, String externalId) {
        return register(name, phone, homeGridId, subject, externalId, null);
    }

    /** Registers a volunteer with their skills (short labels such as 理发 or 电工). */
    public Volunteer register(String name, String phone, String homeGridId, String subject, String externalId,
                              List<String> skills) {
        return register(name, phone, homeGridId, subject, externalId, skills, null);
    }

    /** Registers a volunteer who is also a Party member (e.g. an in-service member serving their community). */
    public Volunteer register(String name, String phone, String homeGridId, String subject, String externalId,
                              List<String> skills, String partyMemberId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("partyMemberId", partyMemberId);
        body.put("skills", skills);
        body.put("name", name);
        body.put("phone", phone);
        body.put("homeGridId", homeGridId);
        body.put("subject", subject);
        body.put("externalId", externalId);
        body.values().removeIf(java.util.Objects::isNull);
        return post("/api/v1/volunteers", body, true).as(Volunteer.class);
    }

    public Volunteer retrieve(String id) {
        return get("/api/v1/volunteers/" + ApiRequest.segment(id)).as(Volunteer.class);
    }

    public Page<Volunteer> list() {
        return page("/api/v1/volunteers", null, VOLUNTEERS);
    }

    /** The volunteer's ledger entries, newest first, auto-paged. */
    public Page<PointsEntry> statement(String volunteerId) {
        return page("/api/v1/volunteers/" + ApiRequest.segment(volunteerId) + "/statement", null, ENTRIES);
    }

    /** Undoes a points transaction with its mirror image (once). */
    public PointsTransaction reverse(String transactionId, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (reason != null) {
            body.put("reason", reason);
        }
        return post("/api/v1/points/transactions/" + ApiRequest.segment(transactionId) + ":reverse", body, false)
                .as(PointsTransaction.class);
    }

    /** Sets one of the tenant's points multipliers; activities created with it keep the percentage they had. */
    public PointsMultiplier setMultiplier(String code, String name, int percent) {
        return transport.execute(ApiRequest.put("/api/v1/points/multipliers/" + ApiRequest.segment(code),
                Map.of("name", name, "percent", percent)), RequestOptions.none()).as(PointsMultiplier.class);
    }

    public List<PointsMultiplier> multipliers() {
        ListResponse<PointsMultiplier> all = get("/api/v1/points/multipliers").as(MULTIPLIERS);
        return all.data();
    }

    /**
     * Expires unspent points credited before {@code creditedBefore} (oldest points spent first) into the expiry
     * sink; repeating it expires nothing more.
     */
    public ExpiryResult expirePoints(java.time.LocalDate creditedBefore) {
        return post("/api/v1/points:expire", Map.of("creditedBefore", creditedBefore.toString()), false)
                .as(ExpiryResult.class);
    }

    /** Every balance against the sum of its entries. */
    public LedgerCheck checkLedger() {
        return get("/api/v1/points:check").as(LedgerCheck.class);
    }

    public Reward createReward(String name, int price, int stock) {
        return post("/api/v1/rewards", Map.of("name", name, "price", price, "stock", stock), true).as(Reward.class);
    }

    public List<Reward> rewards() {
        ListResponse<Reward> all = get("/api/v1/rewards").as(REWARDS);
        return all.data();
    }

    public Reward restock(String rewardId, int quantity) {
        return post("/api/v1/rewards/" + ApiRequest.segment(rewardId) + ":restock", Map.of("quantity", quantity),
                false).as(Reward.class);
    }

    /** Spends a volunteer's points on one of the reward; retried safely under one Idempotency-Key. */
    public Redemption redeem(String rewardId, String volunteerId) {
        return post("/api/v1/rewards/" + ApiRequest.segment(rewardId) + ":redeem", Map.of("volunteerId", volunteerId),
                true).as(Redemption.class);
    }

    /** Organises an activity (the caller certifies its hours); give {@code pointsFixed} or {@code pointsPerHour}. */
    public Activity createActivity(String title, String gridId, OffsetDateTime startsAt, OffsetDateTime endsAt,
                                   int capacity, Integer pointsFixed, Integer pointsPerHour) {
        return createActivity(title, gridId, startsAt, endsAt, capacity, pointsFixed, pointsPerHour, null);
    }

    /** An activity whose points one of the tenant's multipliers scales (e.g. HOLIDAY). */
    public Activity createActivity(String title, String gridId, OffsetDateTime startsAt, OffsetDateTime endsAt,
                                   int capacity, Integer pointsFixed, Integer pointsPerHour, String multiplierCode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("multiplierCode", multiplierCode);
        body.put("title", title);
        body.put("gridId", gridId);
        body.put("startsAt", startsAt.toString());
        body.put("endsAt", endsAt.toString());
        body.put("capacity", capacity);
        body.put("pointsFixed", pointsFixed);
        body.put("pointsPerHour", pointsPerHour);
        body.values().removeIf(java.util.Objects::isNull);
        return post("/api/v1/activities", body, true).as(Activity.class);
    }

    public Activity activity(String id) {
        return get("/api/v1/activities/" + ApiRequest.segment(id)).as(Activity.class);
    }

    public List<ActivitySignup> signups(String activityId) {
        ListResponse<ActivitySignup> all = get("/api/v1/activities/" + ApiRequest.segment(activityId) + "/signups")
                .as(SIGNUPS);
        return all.data();
    }

    public ActivitySignup signUp(String activityId, String volunteerId) {
        return post("/api/v1/activities/" + ApiRequest.segment(activityId) + "/signups",
                Map.of("volunteerId", volunteerId), true).as(ActivitySignup.class);
    }

    public ActivitySignup cancel(ActivitySignup s) {
        return signupStep(s, "cancel", Map.of());
    }

    public ActivitySignup checkIn(ActivitySignup s) {
        return signupStep(s, "check-in", Map.of());
    }

    public ActivitySignup checkOut(ActivitySignup s) {
        return signupStep(s, "check-out", Map.of());
    }

    /** The organiser certifies the service; {@code minutes} corrects the checked time when not null. */
    public ActivitySignup verify(ActivitySignup s, Integer minutes) {
        return signupStep(s, "verify", minutes == null ? Map.of() : Map.of("minutes", minutes));
    }

    /** The volunteer's record of service: services, verified hours, points earned, certificate number. */
    public ServiceRecord serviceRecord(String volunteerId) {
        return get("/api/v1/volunteers/" + ApiRequest.segment(volunteerId) + "/service-record").as(ServiceRecord.class);
    }

    /**
     * Volunteers by points earned for service in [from, to) (nulls: this month), with home grid in {@code gridId}'s
     * subtree (null: all); the top {@code limit}.
     */
    public List<LeaderboardEntry> leaderboard(java.time.LocalDate from, java.time.LocalDate to, String gridId,
                                              int limit) {
        return leaderboard(from, to, gridId, null, limit);
    }

    /** The leaderboard of one team's members. */
    public List<LeaderboardEntry> leaderboard(java.time.LocalDate from, java.time.LocalDate to, String gridId,
                                              String teamId, int limit) {
        ListResponse<LeaderboardEntry> rows = transport.execute(ApiRequest.get("/api/v1/volunteers:leaderboard")
                .query("from", from).query("to", to).query("gridId", gridId).query("teamId", teamId)
                .query("limit", limit),
                RequestOptions.none()).as(LEADERBOARD);
        return rows.data();
    }

    /** Forms a team; {@code serviceArea} PUBLIC_SECURITY, SANITATION, ORDER, CULTURE, ELDERLY_CARE or OTHER. */
    public VolunteerTeam createTeam(String name, String serviceArea, String gridId, String leaderId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("serviceArea", serviceArea);
        body.put("gridId", gridId);
        body.put("leaderId", leaderId);
        body.values().removeIf(java.util.Objects::isNull);
        return post("/api/v1/volunteer-teams", body, true).as(VolunteerTeam.class);
    }

    public List<VolunteerTeam> teams() {
        ListResponse<VolunteerTeam> all = get("/api/v1/volunteer-teams").as(TEAMS);
        return all.data();
    }

    public VolunteerTeam team(String id) {
        return get("/api/v1/volunteer-teams/" + ApiRequest.segment(id)).as(VolunteerTeam.class);
    }

    public VolunteerTeam joinTeam(String teamId, String volunteerId) {
        return post("/api/v1/volunteer-teams/" + ApiRequest.segment(teamId) + "/members",
                Map.of("volunteerId", volunteerId), false).as(VolunteerTeam.class);
    }

    /** A resident posts a wish; {@code points} (1–1000, null: 10) go to the volunteer on confirmation. */
    public Wish postWish(String title, String description, String gridId, Integer points) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", description);
        body.put("gridId", gridId);
        body.put("points", points);
        body.values().removeIf(java.util.Objects::isNull);
        return post("/api/v1/wishes", body, true).as(Wish.class);
    }

    public Wish wish(String id) {
        return get("/api/v1/wishes/" + ApiRequest.segment(id)).as(Wish.class);
    }

    public Wish claimWish(String wishId, String volunteerId) {
        return post("/api/v1/wishes/" + ApiRequest.segment(wishId) + ":claim", Map.of("volunteerId", volunteerId),
                false).as(Wish.class);
    }

    public Wish fulfilWish(String wishId) {
        return post("/api/v1/wishes/" + ApiRequest.segment(wishId) + ":fulfil", Map.of(), false).as(Wish.class);
    }

    /** The resident confirms; the volunteer's points are credited once. */
    public Wish confirmWish(String wishId) {
        return post("/api/v1/wishes/" + ApiRequest.segment(wishId) + ":confirm", Map.of(), false).as(Wish.class);
    }

    public Wish withdrawWish(String wishId) {
        return post("/api/v1/wishes/" + ApiRequest.segment(wishId) + ":withdraw", Map.of(), false).as(Wish.class);
    }

    private ActivitySignup signupStep(ActivitySignup s, String action, Map<String, Object> body) {
        return post("/api/v1/activities/" + ApiRequest.segment(s.activityId()) + "/signups/"
                + ApiRequest.segment(s.id()) + ":" + action, body, false).as(ActivitySignup.class);
    }

    private org.jiceng.sdk.core.ApiResponse get(String path) {
        return transport.execute(ApiRequest.get(path), RequestOptions.none());
    }

    private org.jiceng.sdk.core.ApiResponse post(String path, Map<String, Object> body, boolean creates) {
        ApiRequest r = ApiRequest.post(path, body);
        return transport.execute(creates ? r.creates() : r, RequestOptions.none());
    }

    private <T> Page<T> page(String path, String cursor, JavaType type) {
        ListResponse<T> page = transport.execute(ApiRequest.get(path).query("cursor", cursor), RequestOptions.none())
                .as(type);
        return new Page<>(page.data(), page.nextCursor(), next -> page(path, next, type));
    }
}
