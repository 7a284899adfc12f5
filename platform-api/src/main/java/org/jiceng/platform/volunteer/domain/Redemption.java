package org.jiceng.platform.volunteer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import java.time.OffsetDateTime;

/** A volunteer's points spent on one reward: the reward handed out and the points moved to the redemption sink. */
@Entity
@Table(name = "redemption")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class Redemption {
    @Id
    private String id;
    @Column(name = "volunteer_id", nullable = false)
    private String volunteerId;
    @Column(name = "reward_id", nullable = false)
    private String rewardId;
    @Column(nullable = false)
    private int price;
    @Column(name = "transaction_id", nullable = false)
    private String transactionId;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Redemption() {
    }

    /** Takes one of the reward and books its price from the volunteer's account to the redemption sink. */
    public static Redeemed redeem(String id, Reward reward, PointsAccount volunteer, PointsAccount sink,
                                  String transactionId, String debitId, String creditId, String actor,
                                  OffsetDateTime now) {
        reward.takeOne();
        PointsTransaction.Booking booking = PointsTransaction.book(transactionId, "REDEMPTION", reward.price(),
                volunteer, sink, "redeemed " + reward.name(), "reward", reward.id(), null, actor, debitId, creditId,
                now);
        Redemption r = new Redemption();
        r.id = id;
        r.volunteerId = volunteer.volunteerId().orElseThrow();
        r.rewardId = reward.id();
        r.price = reward.price();
        r.transactionId = transactionId;
        r.createdAt = now;
        return new Redeemed(r, booking);
    }

    /** A redemption and the booking that paid for it. */
    public record Redeemed(Redemption redemption, PointsTransaction.Booking booking) {
    }

    public String id() { return id; }
    public String volunteerId() { return volunteerId; }
    public String rewardId() { return rewardId; }
    public int price() { return price; }
    public String transactionId() { return transactionId; }
    public OffsetDateTime createdAt() { return createdAt; }
}
