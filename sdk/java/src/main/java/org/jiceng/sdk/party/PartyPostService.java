package org.jiceng.sdk.party;

import com.fasterxml.jackson.databind.JavaType;
import org.jiceng.sdk.ListParams;
import org.jiceng.sdk.Page;
import org.jiceng.sdk.RequestOptions;
import org.jiceng.sdk.core.ApiRequest;
import org.jiceng.sdk.core.Bodies;
import org.jiceng.sdk.core.HttpTransport;
import org.jiceng.sdk.core.Lists;

import java.time.LocalDate;
import java.util.List;

/** 职务 ({@code /api/v1/party-posts}), reached through {@code client.partyPosts()}; posts are appointed through {@link PartyOrganizationService#appoint}. */
public final class PartyPostService {
    private static final String BASE = "/api/v1/party-posts";

    private final HttpTransport transport;

    public PartyPostService(HttpTransport transport) {
        this.transport = transport;
    }

    public PartyPost retrieve(String id) {
        return retrieve(id, RequestOptions.none());
    }

    public PartyPost retrieve(String id, RequestOptions options) {
        return transport.execute(ApiRequest.get(path(id)), options).as(PartyPost.class);
    }

    /** Ends the post as last read on {@code on} (null: today). */
    public PartyPost end(PartyPost current, LocalDate on) {
        return end(current, on, RequestOptions.none());
    }

    public PartyPost end(PartyPost current, LocalDate on, RequestOptions options) {
        return transport.execute(ApiRequest.post(path(current.id()) + ":end", Bodies.of("endedOn", on))
                .ifMatch(current.version()), options).as(PartyPost.class);
    }

    private static String path(String id) {
        return BASE + "/" + ApiRequest.segment(id);
    }
}
