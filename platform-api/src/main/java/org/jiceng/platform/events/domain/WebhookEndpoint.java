package org.jiceng.platform.events.domain;

import org.jiceng.platform.shared.domain.StateConflict;
import org.jiceng.platform.shared.domain.VersionMismatch;

import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;

/**
 * A place where the platform posts events, signed per Standard Webhooks: it belongs to the client that created it
 * and receives the events that client could read when each happened, of the types it asks for, from the moment it
 * was created. Aggregate root of the webhook family: its deliveries hang off it.
 *
 * <p>Its secret is kept sealed; after a rotation the previous secret signs too until the overlap ends. It is
 * disabled by its owner, by a {@code 410 Gone} from the receiver, or after failing every delivery for longer than
 * the platform allows.
 */
public class WebhookEndpoint {
    private final String id;
    private final String clientId;
    private final String ownerSubject;
    private final Set<String> ownerRoles;
    private URI url;
    private String description;
    private EventTypes eventTypes;
    private boolean enabled;
    private String disabledReason;
    private String secretSealed;
    private String previousSecretSealed;
    private OffsetDateTime previousSecretExpires;
    private FeedPosition position;
    private OffsetDateTime failingSince;
    private long version;
    private final OffsetDateTime createdAt;
    private OffsetDateTime updatedAt;

    public WebhookEndpoint(String id, String clientId, String ownerSubject, Set<String> ownerRoles, URI url,
                           String description, EventTypes eventTypes, boolean enabled, String disabledReason,
                           String secretSealed, String previousSecretSealed, OffsetDateTime previousSecretExpires,
                           FeedPosition position, OffsetDateTime failingSince, long version,
                           OffsetDateTime createdAt, OffsetDateTime updatedAt) {
        this.id = id;
        this.clientId = clientId;
        this.ownerSubject = ownerSubject;
        this.ownerRoles = Set.copyOf(ownerRoles);
        this.url = url;
        this.description = description;
        this.eventTypes = eventTypes;
        this.enabled = enabled;
        this.disabledReason = disabledReason;
        this.secretSealed = secretSealed;
        this.previousSecretSealed = previousSecretSealed;
        this.previousSecretExpires = previousSecretExpires;
        this.position = position;
        this.failingSince = failingSince;
        this.version = version;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    public void requireVersion(long expected) {
        VersionMismatch.check(expected, version);
    }

    /** The owner's changes; re-enabling clears the reason it was disabled and the failure streak. */
    public void change(URI newUrl, String newDescription, EventTypes newTypes, Boolean enable, OffsetDateTime now) {
        if (newUrl != null) {
            url = newUrl;
        }
        if (newDescription != null) {
            description = newDescription.isBlank() ? null : newDescription.strip();
        }
        if (newTypes != null) {
            eventTypes = newTypes;
        }
        if (enable != null && enable != enabled) {
            enabled = enable;
            disabledReason = enable ? null : "disabled by its owner";
            failingSince = null;
        }
        touch(now);
    }

    /** A new secret signs from now on; the old one too until {@code overlap} has passed. */
    public void rotate(String newSealed, Duration overlap, OffsetDateTime now) {
        if (overlap.isNegative() || overlap.compareTo(Duration.ofDays(7)) > 0) {
            throw new org.jiceng.platform.shared.domain.RuleViolation("overlapSeconds", "0 to 7 days");
        }
        previousSecretSealed = overlap.isZero() ? null : secretSealed;
        previousSecretExpires = overlap.isZero() ? null : now.plus(overlap);
        secretSealed = newSealed;
        touch(now);
    }

    /** A delivery got a 2xx: the failure streak ends. */
    public void delivered() {
        failingSince = null;
    }

    /**
     * A delivery failed; true when this failure disables the endpoint: a {@code 410 Gone}, or a streak of
     * failures longer than {@code disableAfter}.
     */
    public boolean failed(int status, Duration disableAfter, OffsetDateTime now) {
        if (!enabled) {
            return false;
        }
        if (status == 410) {
            disable("the receiver answered 410 Gone", now);
            return true;
        }
        if (failingSince == null) {
            failingSince = now;
        } else if (Duration.between(failingSince, now).compareTo(disableAfter) > 0) {
            disable("every delivery failed since " + failingSince, now);
            return true;
        }
        return false;
    }

    /** Deliveries stop at the platform administrators' word; the owner may enable the endpoint again. */
    public void disableByPlatform(OffsetDateTime now) {
        if (enabled) {
            disable("disabled by the platform's administrators", now);
            failingSince = null;
        }
    }

    private void disable(String reason, OffsetDateTime now) {
        enabled = false;
        disabledReason = reason;
        touch(now);
    }

    public void requireEnabled() {
        if (!enabled) {
            throw new StateConflict("The endpoint is disabled (" + disabledReason + "): enable it first");
        }
    }

    public void advance(FeedPosition to) {
        if (to.compareTo(position) > 0) {
            position = to;
        }
    }

    private void touch(OffsetDateTime now) {
        version++;
        updatedAt = now;
    }

    /** The sealed secrets that sign now: the current one, and the previous one during a rotation's overlap. */
    public java.util.List<String> signingSecretsSealed(OffsetDateTime now) {
        if (previousSecretSealed != null && previousSecretExpires != null && previousSecretExpires.isAfter(now)) {
            return java.util.List.of(secretSealed, previousSecretSealed);
        }
        return java.util.List.of(secretSealed);
    }

    public String id() { return id; }
    public String clientId() { return clientId; }
    public String ownerSubject() { return ownerSubject; }
    public Set<String> ownerRoles() { return ownerRoles; }
    public URI url() { return url; }
    public Optional<String> description() { return Optional.ofNullable(description); }
    public EventTypes eventTypes() { return eventTypes; }
    public boolean enabled() { return enabled; }
    public Optional<String> disabledReason() { return Optional.ofNullable(disabledReason); }
    public String secretSealed() { return secretSealed; }
    public Optional<String> previousSecretSealed() { return Optional.ofNullable(previousSecretSealed); }
    public Optional<OffsetDateTime> previousSecretExpires() { return Optional.ofNullable(previousSecretExpires); }
    public FeedPosition position() { return position; }
    public Optional<OffsetDateTime> failingSince() { return Optional.ofNullable(failingSince); }
    public long version() { return version; }
    public OffsetDateTime createdAt() { return createdAt; }
    public OffsetDateTime updatedAt() { return updatedAt; }
}
