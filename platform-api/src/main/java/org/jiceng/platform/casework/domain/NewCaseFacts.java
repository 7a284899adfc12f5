package org.jiceng.platform.casework.domain;

/**
 * What a report says: what happened, where, how urgent, through which channel and for whom. The reporter is the
 * resident's subject (their own token's, or the external id a vendor's app acts for), or nobody when anonymous.
 *
 * @param attachmentsJson photo references as a JSON array of {url, sha256}, or null
 * @param contact         the reporter's name and phone, already encrypted, or null
 */
public record NewCaseFacts(String title, String description, CasePriority priority, CaseSource source,
                           String reporterSubject, String reporterClient, boolean anonymous, Double lon, Double lat,
                           String address, String attachmentsJson, SealedContact contact) {
}
