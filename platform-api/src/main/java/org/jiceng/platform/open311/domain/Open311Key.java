package org.jiceng.platform.open311.domain;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;

/**
 * An Open311 {@code api_key}: issued by a tenant's administrator to one machine client, which it then acts as —
 * its roles, its scope, its rate limit. Only a hash of the key is kept; {@code hint} is its first characters, to
 * tell keys apart.
 */
public record Open311Key(String id, String clientId, Set<String> roles, String hint, String createdBy,
                         OffsetDateTime createdAt, Optional<OffsetDateTime> revokedAt) {
    public boolean active() {
        return revokedAt.isEmpty();
    }
}
