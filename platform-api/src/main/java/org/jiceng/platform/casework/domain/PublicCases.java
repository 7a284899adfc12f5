package org.jiceng.platform.casework.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What anyone may know of the tenant's cases (an Open311 gateway's public reads): the issue, where it is, who is
 * handling it and how far it got — never who reported it or how to reach them.
 */
public interface PublicCases {
    /** One case as the public sees it. {@code handlerKind}/{@code handlerId} name who handles it now, if anyone. */
    record PublicCase(String id, String number, String categoryCode, String categoryName, CaseStatus status,
                      String title, String address, Double lon, Double lat, String handlerKind, String handlerId,
                      String departmentName, String resolutionNote, String rejectReason, OffsetDateTime reportedAt,
                      OffsetDateTime updatedAt, OffsetDateTime expectedAt) {
    }

    /** A step of a case's timeline as the public sees it: which step, the state after it, when. */
    record PublicUpdate(String id, String caseNumber, String action, CaseStatus status, OffsetDateTime at) {
    }

    /**
     * Cases reported in {@code [from, to)}, newest first, filtered by numbers (any, when empty), category and whether
     * they are closed (either, when null).
     */
    List<PublicCase> find(List<String> numbers, String categoryCode, Boolean closed, OffsetDateTime from,
                          OffsetDateTime to, int offset, int limit);

    /** The case with this number or id. */
    Optional<PublicCase> byNumberOrId(String numberOrId);

    /** Timeline steps taken in {@code [from, to)}, oldest first. */
    List<PublicUpdate> updates(OffsetDateTime from, OffsetDateTime to, int limit);

    /** Whether a case in this state is closed, as Open311 counts it. */
    static boolean isClosed(CaseStatus s) {
        return s == CaseStatus.CLOSED || s == CaseStatus.REJECTED || s == CaseStatus.DUPLICATE;
    }
}
