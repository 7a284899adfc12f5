package org.jiceng.platform.commons.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the fund ledgers. Money is always whole fen. */
public final class FundDtos {
    private FundDtos() {
    }

    public record AccountRequest(String gridId, String kind, String name, String periodKind, Long secondApprovalFen) {
    }

    public record AccountPatch(Long secondApprovalFen) {
    }

    public record AccountDto(String id, String gridId, String kind, String name, String periodKind,
                             long secondApprovalFen, long version, OffsetDateTime createdAt) {
    }

    public record BudgetLineRequest(Integer year, String name, Long amountFen) {
    }

    public record BudgetLineDto(String id, String accountId, int year, String name, long amountFen) {
    }

    public record AttachmentDto(String url, String sha256) {
    }

    public record EntryRequest(String direction, Long amountFen, LocalDate occurredOn, String category,
                               String counterpartyKind, String counterpartyName, List<AttachmentDto> attachments,
                               String authorityKind, String authorityRef) {
    }

    public record EntryDto(String id, String accountId, long seq, String period, String direction, long amountFen,
                           LocalDate occurredOn, String category, String counterpartyKind, String counterpartyName,
                           List<AttachmentDto> attachments, String authorityKind, String authorityRef, String state,
                           String reversesEntryId, String chainHash, long version, OffsetDateTime createdAt) {
    }

    public record ReverseRequest(String reason, LocalDate occurredOn) {
    }

    public record PeriodDto(String accountId, String period, String state, Long incomeFen, Long expenseFen,
                            Integer entries, String chainHead, OffsetDateTime publishedAt, long version) {
    }

    /** A published entry as residents read it: a person counterparty masked, no one who keeps the books named. */
    public record PublicEntryDto(String id, long seq, String direction, long amountFen, LocalDate occurredOn,
                                 String category, String counterparty, List<AttachmentDto> attachments,
                                 String authorityKind, String authorityRef, String reversesEntryId, String chainHash) {
    }

    public record CategoryTotal(long incomeFen, long expenseFen) {
    }

    public record PublicLedgerDto(String accountId, String accountName, String kind, String period, long incomeFen,
                                  long expenseFen, long balanceFen,
                                  @Schema(additionalProperties = CategoryTotal.class)
                                  Map<String, CategoryTotal> byCategory,
                                  String chainHead, OffsetDateTime publishedAt, List<PublicEntryDto> entries) {
    }

    public record SpendingLine(String period, String category, long incomeFen, long expenseFen) {
    }

    public record SpendingDto(String gridId, String from, String to, long incomeFen, long expenseFen,
                              @Schema(additionalProperties = CategoryTotal.class)
                              Map<String, CategoryTotal> byCategory, List<SpendingLine> lines) {
    }

    public record VerificationDto(String accountId, int periodsChecked, int entriesChecked, boolean intact,
                                  String firstBrokenEntryId, String firstBrokenPeriod) {
    }
}
