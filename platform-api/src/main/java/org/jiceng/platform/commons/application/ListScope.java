package org.jiceng.platform.commons.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jiceng.platform.grid.domain.GridLevel;
import org.jiceng.platform.grid.domain.GridNode;
import org.jiceng.platform.grid.domain.GridRepository;
import org.jiceng.platform.shared.domain.RecordNotFound;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.security.Caller;
import org.jiceng.platform.shared.security.CallerContext;
import org.jiceng.platform.shared.security.Permission;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

/** What the three lists' services share: the caller, the time, and the community a list belongs to. */
@ApplicationScoped
public class ListScope {
    @Inject
    GridRepository grids;
    @Inject
    CallerContext callers;
    @Inject
    Clock clock;

    OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    LocalDate today(Caller c) {
        return now().atZoneSameInstant(ZoneId.of(c.tenant().settings().timeZone())).toLocalDate();
    }

    Caller caller() {
        return callers.get();
    }

    String actorKey() {
        return callers.actorKey();
    }

    /** Staff who keep the lists: those who run deliberation. */
    Caller keeper() {
        Caller c = callers.get();
        c.require(Permission.DELIBERATION_WRITE);
        return c;
    }

    /** Anyone in the tenant reads the lists: they are the community's public record. */
    Caller reader() {
        return callers.get();
    }

    /** A node a list item may belong to: a community, or a compound, grid or building within one. */
    GridNode place(String gridId) {
        if (gridId == null) {
            throw new RuleViolation("gridId", "required");
        }
        GridNode n = grids.find(gridId).orElseThrow(() -> new RecordNotFound("grid", gridId));
        if (n.level() == GridLevel.CITY || n.level() == GridLevel.DISTRICT) {
            throw new RuleViolation("gridId", "a street, community or a node within one");
        }
        return n;
    }

    /** The ids of {@code gridId}'s node and every node beneath it. */
    List<String> subtree(String gridId) {
        GridNode n = grids.find(gridId).orElseThrow(() -> new RecordNotFound("grid", gridId));
        return Stream.concat(Stream.of(n), grids.wholeSubtree(n).stream()).map(GridNode::id).toList();
    }

    /** The community a node lies in (the node itself if it is one). */
    GridNode communityOf(GridNode n) {
        GridNode at = n;
        while (at.level() != GridLevel.COMMUNITY && at.parentId().isPresent()) {
            at = grids.find(at.parentId().get()).orElseThrow();
        }
        return at;
    }
}
