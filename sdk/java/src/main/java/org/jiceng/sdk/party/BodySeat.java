package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A seat in a community body, held (SEATED) or stood for (CANDIDATE); name and phone masked unless the caller has
 * {@code pii:read}. Immutable.
 */
public final class BodySeat {
    @JsonProperty("id") private String id;
    @JsonProperty("bodyId") private String bodyId;
    @JsonProperty("partyMemberId") private String partyMemberId;
    @JsonProperty("name") private String name;
    @JsonProperty("phone") private String phone;
    @JsonProperty("masked") private boolean masked;
    @JsonProperty("role") private String role;
    @JsonProperty("standing") private String standing;
    @JsonProperty("startedOn") private LocalDate startedOn;
    @JsonProperty("endedOn") private LocalDate endedOn;

    private BodySeat() {
    }

    public String id() { return id; }
    public String bodyId() { return bodyId; }
    /** Set when the holder is a Party member: a post held concurrently. */
    public Optional<String> partyMemberId() { return Optional.ofNullable(partyMemberId); }
    public String name() { return name; }
    public Optional<String> phone() { return Optional.ofNullable(phone); }
    public boolean masked() { return masked; }
    /** CHAIR, DEPUTY_CHAIR, MEMBER, MANAGER or STAFF. */
    public String role() { return role; }
    /** SEATED or CANDIDATE. */
    public String standing() { return standing; }
    public LocalDate startedOn() { return startedOn; }
    public Optional<LocalDate> endedOn() { return Optional.ofNullable(endedOn); }
}
