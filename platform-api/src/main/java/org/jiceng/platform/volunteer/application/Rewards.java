package org.jiceng.platform.volunteer.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jiceng.platform.shared.domain.RecordNotFound;
import org.jiceng.platform.shared.events.Outbox;
import org.jiceng.platform.shared.persistence.Ids;
import org.jiceng.platform.shared.security.Caller;
import org.jiceng.platform.shared.security.CallerContext;
import org.jiceng.platform.shared.security.Permission;
import org.jiceng.platform.volunteer.domain.AccountKind;
import org.jiceng.platform.volunteer.domain.PointsAccount;
import org.jiceng.platform.volunteer.domain.Redemption;
import org.jiceng.platform.volunteer.domain.Reward;
import org.jiceng.platform.volunteer.domain.VolunteerRepository;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jiceng.platform.shared.domain.Slice;

/**
 * The rewards catalogue and redemption. A redemption locks the reward row, then the volunteer's and the sink's
 * accounts (in id order), checks stock and balance and books both in one transaction: however many redeem at
 * once, no balance goes negative and no stock below zero.
 */
@ApplicationScoped
@Transactional
public class Rewards {
    @Inject
    VolunteerRepository repo;
    @Inject
    Ledger ledger;
    @Inject
    CallerContext callers;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;

    public Reward create(String name, int price, int stock) {
        callers.get().require(Permission.VOLUNTEERS_WRITE);
        Reward r = new Reward(Ids.newId(), name, price, stock, now());
        repo.add(r);
        repo.flush();
        outbox.record("reward.created", "reward", r.id(), Map.of("id", r.id(), "name", r.name(), "price", r.price()));
        return r;
    }

    public Slice<Reward> list(String afterId, int limit) {
        callers.get().require(Permission.VOLUNTEERS_READ);
        return Slice.of(repo.rewards(afterId, limit + 1), limit);
    }

    public Reward get(String id) {
        callers.get().require(Permission.VOLUNTEERS_READ);
        return repo.reward(id).orElseThrow(() -> new RecordNotFound("reward", id));
    }

    public Redemption redemption(String rewardId, String id) {
        callers.get().require(Permission.VOLUNTEERS_READ);
        Reward reward = repo.reward(rewardId).orElseThrow(() -> new RecordNotFound("reward", rewardId));
        return repo.redemption(reward.id(), id).orElseThrow(() -> new RecordNotFound("redemption", id));
    }

    public Reward restock(String id, long expectedVersion, int quantity) {
        callers.get().require(Permission.VOLUNTEERS_WRITE);
        Reward r = repo.rewardForUpdate(id).orElseThrow(() -> new RecordNotFound("reward", id));
        r.requireVersion(expectedVersion);
        r.restock(quantity);
        repo.flush();
        outbox.record("reward.restocked", "reward", r.id(), Map.of("id", r.id(), "stock", r.stock()));
        return r;
    }

    public Redemption redeem(String rewardId, String volunteerId) {
        Caller caller = callers.get();
        caller.require(Permission.VOLUNTEERS_WRITE);
        Reward reward = repo.rewardForUpdate(rewardId).orElseThrow(() -> new RecordNotFound("reward", rewardId));
        PointsAccount own = repo.accountOfVolunteer(volunteerId)
                .orElseThrow(() -> new RecordNotFound("volunteer", volunteerId));
        PointsAccount sink = repo.systemAccount(AccountKind.REDEMPTION);
        List<PointsAccount> locked = repo.lockAccounts(List.of(own.id(), sink.id()));
        PointsAccount from = locked.stream().filter(a -> a.id().equals(own.id())).findFirst().orElseThrow();
        PointsAccount to = locked.stream().filter(a -> a.id().equals(sink.id())).findFirst().orElseThrow();
        Redemption.Redeemed done = Redemption.redeem(Ids.newId(), reward, from, to, Ids.newId(), Ids.newId(),
                Ids.newId(), caller.subject(), now());
        ledger.store(done.booking());
        repo.add(done.redemption());
        repo.flush();
        outbox.record("reward.redeemed", "redemption", done.redemption().id(), Map.of("id", done.redemption().id(),
                "rewardId", reward.id(), "volunteerId", volunteerId, "price", reward.price()));
        return done.redemption();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
