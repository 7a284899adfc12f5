package org.jiceng.platform.grid.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jiceng.platform.grid.domain.GridNode;
import org.jiceng.platform.grid.domain.GridRepository;
import org.jiceng.platform.grid.domain.Household;
import org.jiceng.platform.grid.domain.HouseholdReach;
import org.jiceng.platform.grid.domain.HouseholdStatistics;
import org.jiceng.platform.grid.domain.HouseholdRepository;
import org.jiceng.platform.shared.domain.RecordNotFound;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.domain.Slice;
import org.jiceng.platform.shared.domain.StateConflict;
import org.jiceng.platform.shared.events.Outbox;
import org.jiceng.platform.shared.persistence.Ids;
import org.jiceng.platform.shared.pii.Disclosure;
import org.jiceng.platform.shared.pii.Masking;
import org.jiceng.platform.shared.pii.PhoneNumbers;
import org.jiceng.platform.shared.security.Caller;
import org.jiceng.platform.shared.security.CallerContext;
import org.jiceng.platform.shared.security.Permission;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The household register of buildings, compounds and grids; heads of household sealed, masked without pii:read.
 * Each caller reads only the households within their reach ({@link HouseholdStatistics}).
 */
@ApplicationScoped
@Transactional
public class Households {
    static final String HEAD_NAME = "household.head_name_enc";
    static final String HEAD_PHONE = "household.head_phone_enc";

    @Inject
    HouseholdRepository households;
    @Inject
    GridRepository grids;
    @Inject
    Disclosure disclosure;
    @Inject
    CallerContext callers;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;
    @Inject
    HouseholdStatistics reaches;

    public HouseholdView register(String gridId, String address, String headName, String headPhone) {
        Caller caller = callers.get();
        if (!caller.can(Permission.GRIDS_WRITE)) {
            caller.require(Permission.PARTY_WRITE);
        }
        GridNode node = grids.find(gridId).orElseThrow(() -> new RecordNotFound("grid", gridId));
        if (headName != null && (headName.isBlank() || headName.length() > 50)) {
            throw new RuleViolation("headName", "1-50 characters");
        }
        String phone = PhoneNumbers.normalize("headPhone", headPhone, false);
        Household h = new Household(Ids.newId(), node, address, disclosure.seal(HEAD_NAME, headName == null ? null
                : headName.strip()), disclosure.seal(HEAD_PHONE, phone), OffsetDateTime.now(clock)
                .withOffsetSameInstant(ZoneOffset.UTC));
        if (households.exists(h.gridId(), h.address())) {
            throw new StateConflict("a household at " + h.address() + " is registered in this node already");
        }
        households.add(h);
        households.flush();
        outbox.record("household.registered", "household", h.id(), Map.of("id", h.id(), "gridId", h.gridId()));
        return view(h);
    }

    /** One household; one out of the caller's reach does not exist for them. */
    public HouseholdView get(String id) {
        HouseholdReach reach = reaches.of(callers.get());
        return households.find(id).filter(h -> inReach(reach, h)).map(this::view)
                .orElseThrow(() -> new RecordNotFound("household", id));
    }

    /** The households of a node's subtree that the caller reaches. */
    public Slice<HouseholdView> within(String gridId, String afterId, int limit) {
        HouseholdReach reach = reaches.of(callers.get());
        GridNode node = grids.find(gridId).orElseThrow(() -> new RecordNotFound("grid", gridId));
        return Slice.of(households.within(node.path(), reach, afterId, limit), limit).map(this::view);
    }

    /** The households with these ids that the caller reaches, in the order given; the others are skipped. */
    public java.util.List<HouseholdView> byIds(java.util.List<String> ids) {
        HouseholdReach reach = reaches.of(callers.get());
        return ids.stream().map(households::find).flatMap(java.util.Optional::stream)
                .filter(h -> inReach(reach, h)).map(this::view).toList();
    }

    private boolean inReach(HouseholdReach reach, Household h) {
        return reach.all() || reach.reaches(h.id(), grids.find(h.gridId()).map(GridNode::path).orElse(""));
    }

    private HouseholdView view(Household h) {
        Disclosure.Shown s = disclosure.show("household", h.id(),
                new Disclosure.Field("headName", HEAD_NAME, h.headNameEnc().orElse(null), Masking::name),
                new Disclosure.Field("headPhone", HEAD_PHONE, h.headPhoneEnc().orElse(null), Masking::phone));
        return new HouseholdView(h, s.get("headName"), s.get("headPhone"), s.masked());
    }
}
