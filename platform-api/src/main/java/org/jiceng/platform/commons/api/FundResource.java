package org.jiceng.platform.commons.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiceng.platform.shared.api.Cursors;
import org.jiceng.platform.shared.api.ETags;
import org.jiceng.platform.shared.api.PageDto;
import org.jiceng.platform.shared.api.PageRequest;
import org.jiceng.platform.shared.api.RequiredFields;
import org.jiceng.platform.shared.domain.EnumValues;
import org.jiceng.platform.shared.security.CallerContext;
import org.jiceng.platform.deliberation.application.Councils;
import org.jiceng.platform.commons.application.Ledgers;
import org.jiceng.platform.commons.domain.BudgetLine;
import org.jiceng.platform.commons.domain.FundAccount;
import org.jiceng.platform.commons.domain.FundEntry;
import org.jiceng.platform.commons.domain.FundPeriod;
import org.jiceng.platform.shared.api.TableSink;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code /api/v1/fund-accounts} and {@code /api/v1/fund-entries}: public-fund ledgers. Staff keep them; anyone in
 * the tenant reads a published period ({@code public-ledger}, also as CSV) and has the chain verified.
 */
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fund ledgers", description = "Public-fund ledgers residents can read (村务公开, 每一分钱公开)")
public class FundResource {
    @Inject
    Ledgers ledgers;
    @Inject
    Cursors cursors;
    @Inject
    CallerContext callers;
    @Context
    UriInfo uri;

    @POST
    @Path("fund-accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createFundAccount", summary = "Open a fund account of a community or compound")
    @APIResponse(responseCode = "201", description = "Opened",
            content = @Content(schema = @Schema(implementation = FundDtos.AccountDto.class)))
    public Response createAccount(FundDtos.AccountRequest r) {
        RequiredFields.check(r).present("gridId", r.gridId()).present("kind", r.kind()).present("name", r.name())
                .orFail();
        FundAccount a = ledgers.createAccount(r.gridId(), EnumValues.parse(FundAccount.Kind.class, "kind", r.kind()),
                r.name(), r.periodKind() == null ? null : EnumValues.parse(FundAccount.PeriodKind.class, "periodKind",
                        r.periodKind()), r.secondApprovalFen());
        return ETags.created(uri.getBaseUriBuilder().path("api/v1/fund-accounts").path(a.id()).build(), dto(a),
                a.version());
    }

    @GET
    @Path("fund-accounts")
    @Operation(operationId = "listFundAccounts", summary = "Fund accounts, oldest first")
    public PageDto<FundDtos.AccountDto> accounts(@QueryParam("limit") Integer limit,
                                                 @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit);
        String tenant = callers.get().tenantId();
        return cursors.page(tenant, "fund-accounts", ledgers.accounts(cursors.after(tenant, "fund-accounts", cursor),
                page.limit()), FundResource::dto, FundDtos.AccountDto::id);
    }

    @GET
    @Path("fund-accounts/{id}")
    @Operation(operationId = "getFundAccount", summary = "One fund account")
    @APIResponse(responseCode = "200", description = "The account; ETag is its version",
            content = @Content(schema = @Schema(implementation = FundDtos.AccountDto.class)))
    public Response account(@PathParam("id") String id) {
        FundAccount a = ledgers.account(id);
        return ETags.ok(dto(a), a.version());
    }

    @PATCH
    @Path("fund-accounts/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(operationId = "updateFundAccount", summary = "Change the amount above which an expense needs a second "
            + "approver")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(schema = @Schema(implementation = FundDtos.AccountDto.class)))
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           FundDtos.AccountPatch r) {
        RequiredFields.check(r).orFail();
        FundAccount a = ledgers.changeThreshold(id, ETags.expectedVersion(ifMatch), r.secondApprovalFen());
        return ETags.ok(dto(a), a.version());
    }

    @POST
    @Path("fund-accounts/{id}/budget-lines")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addBudgetLine", summary = "A line of the account's annual budget")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = FundDtos.BudgetLineDto.class)))
    public Response addBudgetLine(@PathParam("id") String id, FundDtos.BudgetLineRequest r) {
        RequiredFields.check(r).present("year", r.year()).present("name", r.name()).present("amountFen", r.amountFen())
                .orFail();
        BudgetLine b = ledgers.addBudgetLine(id, r.year(), r.name(), r.amountFen());
        return Response.status(201).entity(dto(b)).build();
    }

    @GET
    @Path("fund-accounts/{id}/budget-lines")
    @Operation(operationId = "listBudgetLines", summary = "The account's budget lines, by year")
    public PageDto<FundDtos.BudgetLineDto> budgetLines(@PathParam("id") String id, @QueryParam("limit") Integer limit,
                                                       @QueryParam("cursor") String cursor) {
        return cursors.pageOf(callers.get().tenantId(), "budget-lines|" + id, ledgers.budgetLines(id), BudgetLine::id,
                FundResource::dto, cursor, PageRequest.of(limit));
    }

    @POST
    @Path("fund-accounts/{id}/entries")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordFundEntry", summary = "Record income or an expense, in fen, with its authority",
            description = "An expense above the account's threshold waits for a second person's approval.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = FundDtos.EntryDto.class)))
    public Response record(@PathParam("id") String id, FundDtos.EntryRequest r) {
        RequiredFields.check(r).present("direction", r.direction()).present("amountFen", r.amountFen())
                .present("occurredOn", r.occurredOn()).present("category", r.category())
                .present("counterpartyKind", r.counterpartyKind()).present("counterpartyName", r.counterpartyName())
                .present("authorityKind", r.authorityKind()).present("authorityRef", r.authorityRef()).orFail();
        FundEntry e = ledgers.record(id, new Ledgers.NewEntry(EnumValues.parse(FundEntry.Direction.class, "direction",
                r.direction()), r.amountFen(), r.occurredOn(), r.category(), EnumValues.parse(
                FundEntry.CounterpartyKind.class, "counterpartyKind", r.counterpartyKind()), r.counterpartyName(),
                r.attachments() == null ? null : r.attachments().stream().map(x -> x == null ? null
                        : new Ledgers.Attachment(x.url(), x.sha256())).toList(),
                EnumValues.parse(FundEntry.AuthorityKind.class, "authorityKind", r.authorityKind()), r.authorityRef()));
        return ETags.created(uri.getBaseUriBuilder().path("api/v1/fund-entries").path(e.id()).build(), dto(e),
                e.version());
    }

    @GET
    @Path("fund-accounts/{id}/entries")
    @Operation(operationId = "listFundEntries", summary = "The ledger as kept, in order; optionally one period")
    public PageDto<FundDtos.EntryDto> entries(@PathParam("id") String id, @QueryParam("period") String period,
                                              @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit);
        String tenant = callers.get().tenantId();
        String scope = "fund-entries|" + id + "|" + (period == null ? "" : period);
        String after = cursors.after(tenant, scope, cursor);
        return cursors.page(tenant, scope, ledgers.entries(id, Optional.ofNullable(period), after == null ? 0
                : Long.parseLong(after), page.limit()), this::dto, e -> Long.toString(e.seq()));
    }

    @GET
    @Path("fund-entries/{id}")
    @Operation(operationId = "getFundEntry", summary = "One entry")
    @APIResponse(responseCode = "200", description = "The entry; ETag is its version",
            content = @Content(schema = @Schema(implementation = FundDtos.EntryDto.class)))
    public Response entry(@PathParam("id") String id) {
        FundEntry e = ledgers.entry(id);
        return ETags.ok(dto(e), e.version());
    }

    @POST
    @Path("fund-entries/{id}:approve")
    @Operation(operationId = "approveFundEntry", summary = "A second person approves a large expense")
    @APIResponse(responseCode = "200", description = "Posted",
            content = @Content(schema = @Schema(implementation = FundDtos.EntryDto.class)))
    public Response approve(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        FundEntry e = ledgers.approve(id, ETags.expectedVersion(ifMatch));
        return ETags.ok(dto(e), e.version());
    }

    @POST
    @Path("fund-entries/{id}:reverse")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reverseFundEntry", summary = "Correct an entry by a reversing entry in an open period",
            description = "Dated occurredOn (default today) and booked in that day's period, which must be open and, "
                    + "once the original's period is closed, later than it.")
    @APIResponse(responseCode = "201", description = "The reversing entry",
            content = @Content(schema = @Schema(implementation = FundDtos.EntryDto.class)))
    public Response reverse(@PathParam("id") String id, FundDtos.ReverseRequest r) {
        RequiredFields.check(r).present("reason", r.reason()).orFail();
        FundEntry e = ledgers.reverse(id, r.reason(), r.occurredOn());
        return ETags.created(uri.getBaseUriBuilder().path("api/v1/fund-entries").path(e.id()).build(), dto(e),
                e.version());
    }

    @GET
    @Path("fund-accounts/{id}/periods")
    @Operation(operationId = "listFundPeriods", summary = "The account's periods and their states")
    public PageDto<FundDtos.PeriodDto> periods(@PathParam("id") String id, @QueryParam("limit") Integer limit,
                                               @QueryParam("cursor") String cursor) {
        return cursors.pageOf(callers.get().tenantId(), "fund-periods|" + id, ledgers.periods(id), FundPeriod::period,
                FundResource::dto, cursor, PageRequest.of(limit));
    }

    @POST
    @Path("fund-accounts/{id}/periods/{period}:close")
    @Operation(operationId = "closeFundPeriod", summary = "Close a period: no pending approvals, totals fixed")
    @APIResponse(responseCode = "200", description = "Closed",
            content = @Content(schema = @Schema(implementation = FundDtos.PeriodDto.class)))
    public Response close(@PathParam("id") String id, @PathParam("period") String period,
                          @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        FundPeriod p = ledgers.close(id, period, ETags.expectedVersion(ifMatch));
        return ETags.ok(dto(p), p.version());
    }

    @POST
    @Path("fund-accounts/{id}/periods/{period}:reopen")
    @Operation(operationId = "reopenFundPeriod", summary = "Reopen a closed period that is not published")
    @APIResponse(responseCode = "200", description = "Open",
            content = @Content(schema = @Schema(implementation = FundDtos.PeriodDto.class)))
    public Response reopen(@PathParam("id") String id, @PathParam("period") String period,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        FundPeriod p = ledgers.reopen(id, period, ETags.expectedVersion(ifMatch));
        return ETags.ok(dto(p), p.version());
    }

    @POST
    @Path("fund-accounts/{id}/periods/{period}:publish")
    @Operation(operationId = "publishFundPeriod", summary = "Publish a closed period; it never changes again",
            description = "Its entries are chained with SM3, continuing the account's chain.")
    @APIResponse(responseCode = "200", description = "Published",
            content = @Content(schema = @Schema(implementation = FundDtos.PeriodDto.class)))
    public Response publish(@PathParam("id") String id, @PathParam("period") String period,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        FundPeriod p = ledgers.publish(id, period, ETags.expectedVersion(ifMatch));
        return ETags.ok(dto(p), p.version());
    }

    @GET
    @Path("fund-accounts/{id}/public-ledger")
    @Operation(operationId = "getPublicLedger", summary = "A published period as residents read it",
            description = "Its entries (a person counterparty masked) and the totals per category.")
    @APIResponse(responseCode = "200", description = "The published ledger",
            content = @Content(schema = @Schema(implementation = FundDtos.PublicLedgerDto.class)))
    public FundDtos.PublicLedgerDto publicLedger(@PathParam("id") String id, @QueryParam("period") String period) {
        RequiredFields.check(Boolean.TRUE).present("period", period).orFail();
        return publicDto(ledgers.published(id, period));
    }

    @GET
    @Path("fund-accounts/{id}/public-ledger:export")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(operationId = "exportPublicLedger", summary = "A published period as CSV or XLSX, formula-safe")
    @APIResponse(responseCode = "200", description = "The published ledger as a spreadsheet",
            content = @Content(mediaType = "text/csv"))
    public Response exportPublicLedger(@PathParam("id") String id, @QueryParam("period") String period,
                                       @Parameter(schema = @Schema(enumeration = {"csv", "xlsx"}))
                                       @QueryParam("format") String format) {
        RequiredFields.check(Boolean.TRUE).present("period", period).orFail();
        TableSink.Format f = TableSink.format(format);
        FundDtos.PublicLedgerDto l = publicDto(ledgers.published(id, period));
        List<List<String>> rows = new java.util.ArrayList<>();
        rows.add(List.of("seq", "occurredOn", "direction", "amountFen", "category", "counterparty", "authorityKind",
                "authorityRef", "reversesEntryId", "chainHash"));
        for (FundDtos.PublicEntryDto e : l.entries()) {
            rows.add(List.of(Long.toString(e.seq()), e.occurredOn().toString(), e.direction(),
                    Long.toString(e.amountFen()), e.category(), String.valueOf(e.counterparty()), e.authorityKind(),
                    e.authorityRef(), e.reversesEntryId() == null ? "" : e.reversesEntryId(),
                    String.valueOf(e.chainHash())));
        }
        return TableSink.download(f, "ledger-" + l.period(), rows);
    }

    @GET
    @Path("fund-accounts:stats")
    @Operation(operationId = "getFundSpending", summary = "Published spending of a subtree by period and category",
            description = "Only published periods count: what the statistics show, residents can read line by line.")
    @APIResponse(responseCode = "200", description = "The spending",
            content = @Content(schema = @Schema(implementation = FundDtos.SpendingDto.class)))
    public FundDtos.SpendingDto spending(@QueryParam("gridId") String gridId, @QueryParam("from") String from,
                                         @QueryParam("to") String to) {
        RequiredFields.check(Boolean.TRUE).present("gridId", gridId).orFail();
        var lines = ledgers.spending(gridId, from, to);
        Map<String, FundDtos.CategoryTotal> byCategory = new TreeMap<>();
        long income = 0;
        long expense = 0;
        for (var l : lines) {
            income += l.incomeFen();
            expense += l.expenseFen();
            byCategory.merge(l.category(), new FundDtos.CategoryTotal(l.incomeFen(), l.expenseFen()),
                    (a, b) -> new FundDtos.CategoryTotal(a.incomeFen() + b.incomeFen(), a.expenseFen() + b.expenseFen()));
        }
        return new FundDtos.SpendingDto(gridId, from, to, income, expense, byCategory, lines.stream()
                .map(l -> new FundDtos.SpendingLine(l.period(), l.category(), l.incomeFen(), l.expenseFen())).toList());
    }

    @GET
    @Path("fund-accounts/{id}:verify")
    @Operation(operationId = "verifyFundLedger", summary = "Recompute the hash chain over every published entry")
    @APIResponse(responseCode = "200", description = "Whether the published ledger is as it was published",
            content = @Content(schema = @Schema(implementation = FundDtos.VerificationDto.class)))
    public FundDtos.VerificationDto verify(@PathParam("id") String id) {
        Ledgers.Verification v = ledgers.verify(id);
        return new FundDtos.VerificationDto(ledgers.account(id).id(), v.periodsChecked(), v.entriesChecked(),
                v.intact(), v.firstBrokenEntryId(), v.firstBrokenPeriod());
    }

    static FundDtos.AccountDto dto(FundAccount a) {
        return new FundDtos.AccountDto(a.id(), a.gridId(), a.kind().name(), a.name(), a.periodKind().name(),
                a.secondApprovalFen(), a.version(), a.createdAt());
    }

    static FundDtos.BudgetLineDto dto(BudgetLine b) {
        return new FundDtos.BudgetLineDto(b.id(), b.accountId(), b.year(), b.name(), b.amountFen());
    }

    static FundDtos.PeriodDto dto(FundPeriod p) {
        return new FundDtos.PeriodDto(p.accountId(), p.period(), p.state().name(), p.incomeFen().orElse(null),
                p.expenseFen().orElse(null), p.entries().orElse(null), p.chainHead().orElse(null),
                p.publishedAt().orElse(null), p.version());
    }

    private FundDtos.EntryDto dto(FundEntry e) {
        return new FundDtos.EntryDto(e.id(), e.accountId(), e.seq(), e.period(), e.direction().name(), e.amountFen(),
                e.occurredOn(), e.category(), e.counterpartyKind().name(), ledgers.counterpartyName(e),
                attachments(e.attachmentsJson()), e.authorityKind().name(), e.authorityRef(), e.state().name(),
                e.reversesEntryId().orElse(null), e.chainHash().orElse(null), e.version(), e.createdAt());
    }

    private static List<FundDtos.AttachmentDto> attachments(String json) {
        try (jakarta.json.JsonReader r = jakarta.json.Json.createReader(new StringReader(json))) {
            return r.readArray().getValuesAs(jakarta.json.JsonObject.class).stream()
                    .map(o -> new FundDtos.AttachmentDto(o.getString("url"), o.getString("sha256"))).toList();
        }
    }

    private static FundDtos.PublicLedgerDto publicDto(Ledgers.PublishedPeriod l) {
        Map<String, FundDtos.CategoryTotal> byCategory = new TreeMap<>();
        long income = 0;
        long expense = 0;
        List<FundDtos.PublicEntryDto> rows = new java.util.ArrayList<>();
        for (FundEntry e : l.entries()) {
            long in = e.direction() == FundEntry.Direction.INCOME ? e.amountFen() : 0;
            long out = e.direction() == FundEntry.Direction.EXPENSE ? e.amountFen() : 0;
            income += in;
            expense += out;
            byCategory.merge(e.category(), new FundDtos.CategoryTotal(in, out), (a, b) -> new FundDtos.CategoryTotal(
                    a.incomeFen() + b.incomeFen(), a.expenseFen() + b.expenseFen()));
            rows.add(new FundDtos.PublicEntryDto(e.id(), e.seq(), e.direction().name(), e.amountFen(), e.occurredOn(),
                    e.category(), e.counterpartyShown(), attachments(e.attachmentsJson()), e.authorityKind().name(),
                    e.authorityRef(), e.reversesEntryId().orElse(null), e.chainHash().orElse(null)));
        }
        return new FundDtos.PublicLedgerDto(l.account().id(), l.account().name(), l.account().kind().name(),
                l.period().period(), income, expense, income - expense, byCategory, l.period().chainHead().orElse(null),
                l.period().publishedAt().orElse(null), rows);
    }
}
