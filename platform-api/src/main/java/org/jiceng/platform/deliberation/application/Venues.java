package org.jiceng.platform.deliberation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jiceng.platform.deliberation.domain.Council;
import org.jiceng.platform.deliberation.domain.DeliberationRepository;
import org.jiceng.platform.deliberation.domain.Topic;
import org.jiceng.platform.deliberation.domain.TopicTask;
import org.jiceng.platform.deliberation.domain.Vote;
import org.jiceng.platform.grid.domain.GridNode;
import org.jiceng.platform.grid.domain.GridRepository;
import org.jiceng.platform.shared.domain.RecordNotFound;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.security.AccessDenied;
import org.jiceng.platform.shared.security.Caller;
import org.jiceng.platform.shared.security.CallerContext;
import org.jiceng.platform.shared.security.Permission;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** What every deliberation service needs: the caller, the time, and records found or 404. */
@ApplicationScoped
public class Venues {
    @Inject
    DeliberationRepository repo;
    @Inject
    GridRepository grids;
    @Inject
    CallerContext callers;
    @Inject
    Clock clock;

    /** The verified caller (a method: services reach this bean through its proxy, never its fields). */
    Caller caller() {
        return callers.get();
    }

    GridRepository grids() {
        return grids;
    }

    /** The ids of {@code node} and every node beneath it. */
    java.util.List<String> subtreeIds(GridNode node) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(node), grids.wholeSubtree(node).stream())
                .map(GridNode::id).toList();
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    Caller staff() {
        Caller c = callers.get();
        c.require(Permission.DELIBERATION_WRITE);
        return c;
    }

    /** Staff who read deliberation, or residents taking part. */
    Caller reader() {
        Caller c = callers.get();
        if (!c.can(Permission.DELIBERATION_READ) && !c.can(Permission.DELIBERATION_TAKE_PART)) {
            throw new AccessDenied(Permission.DELIBERATION_READ);
        }
        return c;
    }

    Caller participant() {
        Caller c = callers.get();
        if (!c.can(Permission.DELIBERATION_TAKE_PART) && !c.can(Permission.DELIBERATION_WRITE)) {
            throw new AccessDenied(Permission.DELIBERATION_TAKE_PART);
        }
        return c;
    }

    String actorKey() {
        return callers.actorKey();
    }

    GridNode node(String field, String id) {
        if (id == null) {
            throw new RuleViolation(field, "required");
        }
        return grids.find(id).orElseThrow(() -> new RecordNotFound("grid", id));
    }

    /** {@code inner} is {@code outer} or lies beneath it. */
    void requireWithin(String field, GridNode inner, GridNode outer) {
        if (!inner.path().startsWith(outer.path())) {
            throw new RuleViolation(field, "a node within " + outer.name());
        }
    }

    Council council(String id) {
        return repo.council(id).orElseThrow(() -> new RecordNotFound("council", id));
    }

    Topic topic(String id) {
        return repo.topic(id).orElseThrow(() -> new RecordNotFound("topic", id));
    }

    Topic topicForUpdate(String id) {
        return repo.topicForUpdate(id).orElseThrow(() -> new RecordNotFound("topic", id));
    }

    Vote vote(String id) {
        return repo.vote(id).orElseThrow(() -> new RecordNotFound("vote", id));
    }

    Vote voteForUpdate(String id) {
        return repo.voteForUpdate(id).orElseThrow(() -> new RecordNotFound("vote", id));
    }

    TopicTask taskForUpdate(String id) {
        return repo.taskForUpdate(id).orElseThrow(() -> new RecordNotFound("task", id));
    }
}
