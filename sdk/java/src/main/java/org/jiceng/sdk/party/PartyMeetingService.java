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

/** 组织生活 ({@code /api/v1/party-meetings}), reached through {@code client.partyMeetings()}; meetings are recorded through {@link PartyOrganizationService#holdMeeting}. */
public final class PartyMeetingService {
    private final HttpTransport transport;

    public PartyMeetingService(HttpTransport transport) {
        this.transport = transport;
    }

    /** One meeting with its attendance. */
    public PartyMeeting retrieve(String id) {
        return retrieve(id, RequestOptions.none());
    }

    public PartyMeeting retrieve(String id, RequestOptions options) {
        return transport.execute(ApiRequest.get("/api/v1/party-meetings/" + ApiRequest.segment(id)), options)
                .as(PartyMeeting.class);
    }
}
