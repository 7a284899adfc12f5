package org.jiceng.platform.volunteer.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** The JSON shapes of volunteers, the ledger, rewards and activities. */
public final class VolunteerDtos {
    private VolunteerDtos() {
    }

    /** Body of {@code POST /api/v1/volunteers}. */
    @Schema(name = "VolunteerRegister")
    public record RegisterRequest(@Schema(required = true, example = "袁新华") String name,
                           @Schema(example = "13800001111") String phone,
                           @Schema(description = "The volunteer's own login (token sub), if any") String subject,
                           @Schema(description = "The id a vendor's system knows them by") String externalId,
                           @Schema(required = true) String homeGridId,
                           @Schema(description = "Short labels, e.g. 理发, 电工, 法律咨询") java.util.List<String> skills,
                           @Schema(description = "The Party member this volunteer is, if any") String partyMemberId) {
    }

    @Schema(name = "Volunteer")
    public record VolunteerDto(String id, @Schema(description = "Masked unless the caller has pii:read") String name,
                        String phone, boolean masked, String subject, String externalId, String homeGridId,
                        java.util.List<String> skills, String partyMemberId,
                        @Schema(description = "Printed on the service record") String certificateNo,
                        @Schema(description = "Points: the sum of the account's entries") long balance,
                        long version, OffsetDateTime createdAt) {
    }

    @Schema(name = "PointsEntry")
    public record EntryDto(String id, String transactionId, long amount, OffsetDateTime createdAt) {
    }

    @Schema(name = "PointsTransaction")
    public record TransactionDto(String id, String kind, long amount, String fromAccount, String toAccount, String reason,
                          String refType, String refId, String reversesId, String actor, OffsetDateTime createdAt) {
    }

    @Schema(name = "PointsReverse")
    public record ReverseRequest(String reason) {
    }

    @Schema(name = "LedgerCheck")
    public record LedgerCheckDto(long accounts, @Schema(description = "Accounts whose balance is not the sum of their "
            + "entries; 0 when the ledger is sound") long mismatchedAccounts,
                          @Schema(description = "0 in a double-entry ledger") long sumOfAllEntries) {
    }

    @Schema(name = "RewardWrite")
    public record RewardRequest(String name, Integer price, Integer stock) {
    }

    @Schema(name = "Reward")
    public record RewardDto(String id, String name, int price, int stock, boolean active, long version,
                            OffsetDateTime createdAt) {
    }

    @Schema(name = "RewardRestock")
    public record RestockRequest(Integer quantity) {
    }

    @Schema(name = "RewardRedeem")
    public record RedeemRequest(String volunteerId) {
    }

    @Schema(name = "Redemption")
    public record RedemptionDto(String id, String volunteerId, String rewardId, int price, String transactionId,
                         OffsetDateTime createdAt) {
    }

    @Schema(name = "ActivityCreate")
    public record ActivityRequest(String title, String gridId, OffsetDateTime startsAt, OffsetDateTime endsAt,
                           Integer capacity, @Schema(description = "Points per service") Integer pointsFixed,
                           @Schema(description = "Points per verified hour") Integer pointsPerHour,
                           @Schema(description = "One of the tenant's points multipliers, e.g. HOLIDAY") String multiplierCode) {
    }

    @Schema(name = "Activity")
    public record ActivityDto(String id, String title, String gridId, OffsetDateTime startsAt, OffsetDateTime endsAt,
                       int capacity, String organiserSubject, Integer pointsFixed, Integer pointsPerHour,
                       String multiplierCode, int multiplierPercent, long version, OffsetDateTime createdAt) {
    }

    @Schema(name = "ActivitySignupCreate")
    public record SignupRequest(String volunteerId) {
    }

    @Schema(name = "ActivityVerify")
    public record VerifyRequest(@Schema(description = "Minutes served, to correct the checked time") Integer minutes) {
    }

    @Schema(name = "ActivitySignup")
    public record SignupDto(String id, String activityId, String volunteerId,
                     @Schema(enumeration = {"SIGNED_UP", "CANCELLED", "CHECKED_IN", "CHECKED_OUT", "VERIFIED"})
                     String status, OffsetDateTime checkedInAt, OffsetDateTime checkedOutAt,
                     Integer verifiedMinutes, Integer points, long version) {
    }

    @Schema(name = "WishPost")
    public record WishRequest(String title, String description, String gridId,
                              @Schema(description = "Points the volunteer earns on confirmation, 1-1000, default 10")
                              Integer points) {
    }

    @Schema(name = "Wish")
    public record WishDto(String id, String title, String description, String gridId, String residentSubject,
                          int points, @Schema(enumeration = {"POSTED", "CLAIMED", "FULFILLED", "CONFIRMED", "WITHDRAWN"})
                          String status, String volunteerId, OffsetDateTime claimedAt, OffsetDateTime fulfilledAt,
                          OffsetDateTime confirmedAt, long version, OffsetDateTime createdAt) {
    }

    @Schema(name = "VolunteerTeamCreate")
    public record TeamRequest(@Schema(example = "平安巡逻队") String name,
                              @Schema(enumeration = {"PUBLIC_SECURITY", "SANITATION", "ORDER", "CULTURE",
                                      "ELDERLY_CARE", "OTHER"}) String serviceArea,
                              String gridId, String leaderId) {
    }

    @Schema(name = "VolunteerTeam")
    public record TeamDto(String id, String name,
                          @Schema(enumeration = {"PUBLIC_SECURITY", "SANITATION", "ORDER", "CULTURE", "ELDERLY_CARE",
                                  "OTHER"}) String serviceArea, String gridId, String leaderId,
                          java.util.List<String> memberIds, long version, OffsetDateTime createdAt) {
    }

    @Schema(name = "PointsMultiplierWrite")
    public record MultiplierRequest(@Schema(required = true, example = "节假日") String name,
                                    @Schema(required = true, description = "1-1000; 200 doubles the points")
                                    Integer percent) {
    }

    @Schema(name = "PointsMultiplier")
    public record MultiplierDto(String code, @Schema(example = "节假日") String name,
                                @Schema(description = "1-1000; 200 doubles the points") int percent, long version,
                                OffsetDateTime updatedAt) {
    }

    @Schema(name = "PointsExpiryRun")
    public record ExpiryRequest(@Schema(example = "2025-01-01") String creditedBefore) {
    }

    @Schema(name = "PointsExpiryResult")
    public record ExpiryDto(int accounts, long points) {
    }

    @Schema(name = "WishClaim")
    public record ClaimRequest(String volunteerId) {
    }

    @Schema(name = "ServiceRecord")
    public record ServiceRecordDto(String volunteerId, String certificateNo, String name,
                                   @Schema(description = "Verified activity sign-ups and confirmed wishes") long services,
                                   long verifiedMinutes, double verifiedHours,
                                   @Schema(description = "Points credited for service, less reversals") long pointsEarned,
                                   long balance) {
    }

    @Schema(name = "LeaderboardEntry")
    public record LeaderboardDto(int rank, String volunteerId, String certificateNo, long pointsEarned,
                                 long services) {
    }

    /** Verified service month by month. */
    @Schema(name = "VolunteerHours")
    public record HoursDto(@Schema(nullable = true) String gridId,
                           @Schema(example = "2026-07", description = "First month") String from,
                           @Schema(example = "2027-01", description = "Month after the last") String to,
                           java.util.List<MonthHoursDto> months) {
    }

    /** One month: sign-ups an organiser verified, the volunteers who served, and their verified hours. */
    @Schema(name = "VolunteerHoursMonth")
    public record MonthHoursDto(@Schema(example = "2026-07") String month, long services, long volunteers,
                                long verifiedMinutes,
                                @Schema(description = "verifiedMinutes ÷ 60, one decimal") double verifiedHours) {
    }
}
