package org.jiceng.platform.shared.pii;

import java.util.Optional;

/**
 * The person a data-subject request is about, as the records know them: their account ({@code subject}), the id a
 * vendor's app knows them by ({@code externalId}, limited to what {@code clientId} filed when an app asks), their
 * phone or their resident ID number. A record matches when any given identifier matches.
 */
public record DataSubject(Optional<String> subject, Optional<String> externalId, Optional<String> clientId,
                          Optional<String> phone, Optional<String> idNumber) {

    /** A person asking about themself with their own account. */
    public static DataSubject account(String subject) {
        return new DataSubject(Optional.of(subject), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** A resident a vendor's app acts for: only what that app filed for them. */
    public static DataSubject viaApplication(String externalId, String clientId) {
        return new DataSubject(Optional.empty(), Optional.of(externalId), Optional.of(clientId), Optional.empty(),
                Optional.empty());
    }

    public boolean isEmpty() {
        return subject.isEmpty() && externalId.isEmpty() && phone.isEmpty() && idNumber.isEmpty();
    }
}
