package org.jiceng.platform.party.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jiceng.platform.grid.domain.GridNode;
import org.jiceng.platform.grid.domain.GridRepository;
import org.jiceng.platform.party.domain.CommunityBody;
import org.jiceng.platform.party.domain.MemberLink;
import org.jiceng.platform.party.domain.PartyMember;
import org.jiceng.platform.party.domain.PartyOrganization;
import org.jiceng.platform.party.domain.PartyRepository;
import org.jiceng.platform.shared.domain.RecordNotFound;
import org.jiceng.platform.shared.security.CallerContext;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Finds the Party records a request names — 404 when absent or another tenant's — and tells the time. */
@ApplicationScoped
public class PartyRecords {
    @Inject
    PartyRepository repo;
    @Inject
    GridRepository grids;
    @Inject
    CallerContext callers;
    @Inject
    Clock clock;

    public PartyOrganization organization(String id) {
        return repo.organization(id).orElseThrow(() -> new RecordNotFound("Party organisation", id));
    }

    public PartyMember member(String id) {
        return repo.member(id).orElseThrow(() -> new RecordNotFound("Party member", id));
    }

    public CommunityBody body(String id) {
        return repo.find(CommunityBody.class, id).orElseThrow(() -> new RecordNotFound("community body", id));
    }

    public MemberLink link(String id) {
        return repo.find(MemberLink.class, id).orElseThrow(() -> new RecordNotFound("household link", id));
    }

    public <T> T locked(Class<T> type, String name, String id) {
        return repo.lock(type, id).orElseThrow(() -> new RecordNotFound(name, id));
    }

    public <T> T found(Class<T> type, String name, String id) {
        return repo.find(type, id).orElseThrow(() -> new RecordNotFound(name, id));
    }

    public GridNode grid(String id) {
        return grids.find(id).orElseThrow(() -> new RecordNotFound("grid", id));
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** Today in the tenant's time zone: the default date of a decision taken now. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of(callers.get().tenant().settings().timeZone())));
    }
}
