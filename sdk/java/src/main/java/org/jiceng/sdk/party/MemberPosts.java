package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A member's posts in Party organisations and seats held concurrently in other bodies. Immutable. */
public final class MemberPosts {
    @JsonProperty("partyPosts") private List<PartyPost> partyPosts = List.of();
    @JsonProperty("bodySeats") private List<BodySeat> bodySeats = List.of();

    private MemberPosts() {
    }

    public List<PartyPost> partyPosts() { return partyPosts; }
    public List<BodySeat> bodySeats() { return bodySeats; }
}
