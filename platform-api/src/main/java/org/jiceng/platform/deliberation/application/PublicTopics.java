package org.jiceng.platform.deliberation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jiceng.platform.deliberation.domain.DeliberationRepository;
import org.jiceng.platform.deliberation.domain.Evaluations;
import org.jiceng.platform.deliberation.domain.Topic;
import org.jiceng.platform.deliberation.domain.TopicComment;
import org.jiceng.platform.deliberation.domain.TopicMeeting;
import org.jiceng.platform.deliberation.domain.TopicTask;
import org.jiceng.platform.deliberation.domain.Vote;

import java.util.List;
import java.util.Optional;

/** 三务公开 for a topic: what residents and vendor apps may read, gathered in one read. */
@ApplicationScoped
@Transactional
public class PublicTopics {
    @Inject
    Venues venues;
    @Inject
    DeliberationRepository repo;

    /** Everything the public view shows; the assembler leaves out what is personal. */
    public record View(Topic topic, List<TopicMeeting> meetings, List<TopicComment> publishedComments,
                       Optional<Vote> lastClosedVote, List<TopicTask> tasks, Evaluations evaluations) {
    }

    public View of(String id) {
        venues.reader();
        Topic t = venues.topic(id);
        Optional<Vote> vote = repo.votes(t.id()).stream().filter(v -> v.state() == Vote.State.CLOSED)
                .reduce((a, b) -> b.closedAt().orElseThrow().isAfter(a.closedAt().orElseThrow()) ? b : a);
        return new View(t, repo.meetings(t.id()), repo.comments(t.id(), true, null, 200).stream().limit(200)
                .toList(), vote, repo.tasks(t.id()), repo.evaluations(t.id()));
    }
}
