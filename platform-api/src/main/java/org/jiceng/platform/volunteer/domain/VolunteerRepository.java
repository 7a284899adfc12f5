package org.jiceng.platform.volunteer.domain;

import java.util.List;
import java.util.Optional;

/** Volunteers, their ledger, rewards and activities in the caller's tenant. */
public interface VolunteerRepository {
    Optional<Volunteer> volunteer(String id);

    List<Volunteer> volunteers(String afterId, int limit);


    void add(Object entity);

    /** The system account of {@code kind}, created on first use. */
    PointsAccount systemAccount(AccountKind kind);

    /** Serialises the tenant's expiry runs until the transaction ends, so two runs never book the same points. */
    void lockExpiryRuns();

    /** The tenant's next certificate number in {@code year}: one counter under its row lock, never repeated. */
    long nextCertificateNumber(int year);

    Optional<PointsAccount> accountOfVolunteer(String volunteerId);

    /** Locks the accounts in id order (so concurrent bookings cannot deadlock) and returns them in that order. */
    List<PointsAccount> lockAccounts(List<String> ids);

    Optional<PointsTransaction> transaction(String id);

    boolean reversed(String transactionId);

    /** A volunteer account's entries, newest first, after the cursor's entry id. */
    List<PointsEntry> statement(String accountId, String afterId, int limit);

    /** The ledger check: how many accounts, how many whose kept balance differs from the sum of their entries, and
     * the sum of all entries (zero in a double-entry ledger). */
    LedgerState ledgerState();

    /** The ledger check's result. */
    record LedgerState(long accounts, long mismatchedAccounts, long sumOfAllEntries) {
    }

    Optional<Reward> reward(String id);

    Optional<Reward> rewardForUpdate(String id);

    /** Rewards by id, after {@code afterId} (null: from the first). */
    List<Reward> rewards(String afterId, int limit);

    Optional<Redemption> redemption(String rewardId, String id);

    /** Activities by id, after {@code afterId}. */
    List<Activity> activities(String afterId, int limit);

    Optional<Activity> activity(String id);

    Optional<Activity> activityForUpdate(String id);

    Optional<ActivitySignup> signupForUpdate(String activityId, String signupId);

    Optional<ActivitySignup> signupOf(String activityId, String volunteerId);

    long activeSignups(String activityId);

    /** An activity's sign-ups by id, after {@code afterId}. */
    List<ActivitySignup> signups(String activityId, String afterId, int limit);

    /**
     * Wishes by id, after {@code afterId}; only those posted by {@code residentSubject} when given, only those in
     * {@code status} when given.
     */
    List<Wish> wishes(Optional<String> residentSubject, Optional<Wish.Status> status, String afterId, int limit);

    java.util.Optional<Wish> wishForUpdate(String id);

    java.util.Optional<Wish> wish(String id);

    /** Services (verified sign-ups and confirmed wishes), verified minutes and points earned of one volunteer. */
    ServiceRecord serviceRecord(String volunteerId);

    java.util.Optional<VolunteerTeam> team(String id);

    java.util.Optional<PointsMultiplier> multiplier(String code);

    /**
     * Per volunteer account: the points credited before {@code cutoff} that are still unspent, spending taken to
     * consume the oldest points first — every debit ever (redemptions, reversals, earlier expiries) is set against
     * the early credits. Only accounts with something to expire are returned, as account id → points.
     */
    java.util.Map<String, Long> expirable(java.time.OffsetDateTime cutoff);

    /** Multipliers by code, after {@code afterCode}. */
    List<PointsMultiplier> multipliers(String afterCode, int limit);

    /** Teams by id, after {@code afterId}. */
    List<VolunteerTeam> teams(String afterId, int limit);

    Optional<VolunteerTeam> teamForUpdate(String id);

    Optional<PointsMultiplier> multiplierForUpdate(String code);

    boolean isMember(String teamId, String volunteerId);

    List<String> members(String teamId);

    /** A volunteer's record of service. */
    record ServiceRecord(long services, long verifiedMinutes, long pointsEarned) {
    }

    void flush();
}
