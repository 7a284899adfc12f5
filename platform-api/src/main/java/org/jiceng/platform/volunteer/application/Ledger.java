package org.jiceng.platform.volunteer.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jiceng.platform.shared.domain.RecordNotFound;
import org.jiceng.platform.shared.domain.StateConflict;
import org.jiceng.platform.shared.persistence.Ids;
import org.jiceng.platform.volunteer.domain.AccountKind;
import org.jiceng.platform.volunteer.domain.PointsAccount;
import org.jiceng.platform.volunteer.domain.PointsEntry;
import org.jiceng.platform.volunteer.domain.PointsTransaction;
import org.jiceng.platform.volunteer.domain.VolunteerRepository;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Books points between accounts inside the caller's transaction: both accounts locked in id order, both balances
 * and both entries written together. Credits that must happen once (an activity's verification, a wish) are
 * guarded by a unique index as well as by the state of what they pay for.
 */
@ApplicationScoped
public class Ledger {
    @Inject
    VolunteerRepository repo;

    public PointsTransaction credit(String volunteerId, long amount, String kind, String reason, String refType,
                                    String refId, String actor, OffsetDateTime now) {
        PointsAccount to = repo.accountOfVolunteer(volunteerId)
                .orElseThrow(() -> new RecordNotFound("volunteer", volunteerId));
        PointsAccount from = repo.systemAccount(AccountKind.ISSUANCE);
        return book(kind, amount, from.id(), to.id(), reason, refType, refId, null, actor, now);
    }

    /** Undoes a transaction with its mirror image; once only, and only while the receiving account covers it. */
    public PointsTransaction reverse(String transactionId, String reason, String actor, OffsetDateTime now) {
        PointsTransaction original = repo.transaction(transactionId)
                .orElseThrow(() -> new RecordNotFound("points transaction", transactionId));
        if (original.reversesId().isPresent()) {
            throw new StateConflict("a reversal is not reversed; book a new transaction instead");
        }
        if (repo.reversed(original.id())) {
            throw new StateConflict("transaction " + original.id() + " was reversed already");
        }
        return book("REVERSAL", original.amount(), original.toAccount(), original.fromAccount(),
                reason == null ? "reversal" : reason, "points-transaction", original.id(), original.id(), actor, now);
    }

    PointsTransaction book(String kind, long amount, String fromId, String toId, String reason, String refType,
                           String refId, String reversesId, String actor, OffsetDateTime now) {
        List<PointsAccount> locked = repo.lockAccounts(List.of(fromId, toId));
        PointsAccount from = locked.stream().filter(a -> a.id().equals(fromId)).findFirst().orElseThrow();
        PointsAccount to = locked.stream().filter(a -> a.id().equals(toId)).findFirst().orElseThrow();
        PointsTransaction.Booking b = PointsTransaction.book(Ids.newId(), kind, amount, from, to, reason, refType,
                refId, reversesId, actor, Ids.newId(), Ids.newId(), now);
        store(b);
        return b.transaction();
    }

    void store(PointsTransaction.Booking b) {
        repo.add(b.transaction());
        repo.flush(); // entries refer to it
        for (PointsEntry e : b.entries()) {
            repo.add(e);
        }
        repo.flush();
    }
}
