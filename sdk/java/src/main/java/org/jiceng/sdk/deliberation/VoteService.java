package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.databind.JavaType;
import org.jiceng.sdk.ListParams;
import org.jiceng.sdk.Page;
import org.jiceng.sdk.RequestOptions;
import org.jiceng.sdk.core.ApiRequest;
import org.jiceng.sdk.core.HttpTransport;
import org.jiceng.sdk.core.Lists;

import java.util.Map;

/**
 * Votes ({@code /api/v1/votes}), reached through {@code client.votes()}: drafted on a topic, opened (the roll is
 * taken and the rule fixed for good), cast once per elector, closed (tallied and decided under the rule). A secret
 * vote's ballots cannot be linked to voters; its receipt does not repeat the choice.
 */
public final class VoteService {
    private static final String BASE = "/api/v1/votes";
    private static final JavaType PAGE = Lists.of(Vote.class);
    private static final JavaType BALLOTS = Lists.of(Ballot.class);
    private static final JavaType ELECTORS = Lists.of(Elector.class);

    private final HttpTransport transport;

    public VoteService(HttpTransport transport) {
        this.transport = transport;
    }

    public Vote draft(String topicId, VoteParams params) {
        return draft(topicId, params, RequestOptions.none());
    }

    public Vote draft(String topicId, VoteParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post("/api/v1/topics/" + ApiRequest.segment(topicId) + "/votes", params)
                .creates(), options).as(Vote.class);
    }

    public Vote retrieve(String id) {
        return retrieve(id, RequestOptions.none());
    }

    public Vote retrieve(String id, RequestOptions options) {
        return transport.execute(ApiRequest.get(path(id)), options).as(Vote.class);
    }

    /** A topic's votes, oldest first, auto-paged. */
    public Page<Vote> listForTopic(String topicId, ListParams params) {
        return listForTopic(topicId, params, RequestOptions.none());
    }

    public Page<Vote> listForTopic(String topicId, ListParams params, RequestOptions options) {
        return Lists.page(transport, () -> ApiRequest.get("/api/v1/topics/" + ApiRequest.segment(topicId)
                + "/votes"), PAGE, params, options);
    }

    /** Changes a draft; a vote that has opened refuses any change (409). */
    public Vote revise(Vote current, VoteParams params) {
        return revise(current, params, RequestOptions.none());
    }

    public Vote revise(Vote current, VoteParams params, RequestOptions options) {
        return transport.execute(ApiRequest.patch(path(current.id()), params).ifMatch(current.version()), options)
                .as(Vote.class);
    }

    public Vote open(Vote current) {
        return open(current, RequestOptions.none());
    }

    public Vote open(Vote current, RequestOptions options) {
        return step(current, "open", options);
    }

    public Vote close(Vote current) {
        return close(current, RequestOptions.none());
    }

    public Vote close(Vote current, RequestOptions options) {
        return step(current, "close", options);
    }

    /** Casts a ballot in person, or (staff, naming the elector) records a paper ballot. */
    public BallotReceipt cast(String voteId, BallotParams params) {
        return cast(voteId, params, RequestOptions.none());
    }

    public BallotReceipt cast(String voteId, BallotParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(path(voteId) + "/ballots", params).creates(), options)
                .as(BallotReceipt.class);
    }

    /** The ballots: an open vote's as cast; a secret vote's once closed, without voters. */
    public Page<Ballot> listBallots(String voteId, ListParams params) {
        return listBallots(voteId, params, RequestOptions.none());
    }

    public Page<Ballot> listBallots(String voteId, ListParams params, RequestOptions options) {
        return Lists.page(transport, () -> ApiRequest.get(path(voteId) + "/ballots"), BALLOTS, params, options);
    }

    /** The roll: who may vote and who has, never how. */
    public Page<Elector> listElectors(String voteId, ListParams params) {
        return listElectors(voteId, params, RequestOptions.none());
    }

    public Page<Elector> listElectors(String voteId, ListParams params, RequestOptions options) {
        return Lists.page(transport, () -> ApiRequest.get(path(voteId) + "/electors"), ELECTORS, params, options);
    }

    private Vote step(Vote current, String action, RequestOptions options) {
        return transport.execute(ApiRequest.post(path(current.id()) + ":" + action, Map.of())
                .ifMatch(current.version()), options).as(Vote.class);
    }

    private static String path(String id) {
        return BASE + "/" + ApiRequest.segment(id);
    }
}
