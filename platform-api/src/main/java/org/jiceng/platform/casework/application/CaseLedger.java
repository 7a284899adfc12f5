package org.jiceng.platform.casework.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jiceng.platform.shared.api.TableSink;
import org.jiceng.platform.casework.domain.CaseFilter;
import org.jiceng.platform.casework.domain.CaseRecord;
import org.jiceng.platform.grid.domain.GridNode;
import org.jiceng.platform.grid.domain.GridRepository;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.domain.Slice;
import org.jiceng.platform.shared.security.CallerContext;
import org.jiceng.platform.shared.security.Permission;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 问题台账: the filtered case list as a spreadsheet a district prints or files — CSV (UTF-8 with a byte-order mark,
 * so that Excel opens it in Chinese) or .xlsx — with times in the tenant's time zone. Written page by page to a
 * temporary file inside one transaction, then streamed; the caller deletes the file.
 */
@ApplicationScoped
public class CaseLedger {
    /** Rows in one export at most; narrow the filters for more. */
    public static final int MAX_ROWS = 100_000;
    private static final int PAGE = 500;
    /** The columns, as keys of the platform's texts: their headers follow the caller's language. */
    private static final List<String> COLUMNS = List.of("number", "title", "category", "priority", "source",
            "status", "grid-code", "grid", "address", "reporter", "phone", "reported", "accepted", "dispatched",
            "acknowledged", "closed", "accept-due", "resolve-due", "overdue", "rework", "score");

    @Inject
    CaseService cases;
    @Inject
    GridRepository grids;
    @Inject
    CallerContext callers;

    private static final org.jiceng.platform.shared.api.ProblemTexts TEXTS =
            org.jiceng.platform.shared.api.ProblemTexts.get();

    @Transactional
    public Path write(CaseFilter filter, String format, java.util.Locale language) {
        TableSink.Format f = TableSink.format(format);
        ZoneId zone = ZoneId.of(callers.get().tenant().settings().timeZone());
        Map<String, GridNode> gridCache = new HashMap<>();
        Path file = null;
        boolean written = false;
        try {
            file = Files.createTempFile("jiceng-ledger-", f == TableSink.Format.CSV ? ".csv" : ".xlsx");
            try (OutputStream out = Files.newOutputStream(file);
                 TableSink sink = TableSink.of(f, out, TEXTS.text("ledger.sheet", language))) {
                sink.row(COLUMNS.stream().map(c -> TEXTS.text("ledger." + c, language)).toList());
                String after = null;
                int rows = 0;
                Slice<CaseView> page;
                do {
                    page = cases.list(filter, after, PAGE);
                    for (CaseView v : page.items()) {
                        if (++rows > MAX_ROWS) {
                            throw new RuleViolation("filters", "more than " + MAX_ROWS + " cases: narrow the filters");
                        }
                        sink.row(row(v, zone, gridCache, language));
                        after = v.record().id();
                    }
                } while (page.hasMore());
                sink.finish();
            }
            written = true;
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (!written && file != null) {
                // a half-written ledger holds personal data of the cases written so far: it never outlives the request
                deleteQuietly(file);
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            java.util.logging.Logger.getLogger(CaseLedger.class.getName()).warning("could not delete " + file);
        }
    }

    private List<String> row(CaseView v, ZoneId zone, Map<String, GridNode> gridCache, java.util.Locale language) {
        CaseRecord c = v.record();
        GridNode grid = gridCache.computeIfAbsent(c.gridId(), id -> grids.find(id).orElse(null));
        List<String> r = new ArrayList<>();
        r.add(c.number());
        r.add(c.title());
        r.add(c.categoryCode());
        r.add(c.priority().name());
        r.add(c.source().name());
        r.add(c.status().name());
        r.add(grid == null ? "" : grid.code());
        r.add(grid == null ? "" : grid.name());
        r.add(c.address().orElse(""));
        r.add(c.anonymous() ? TEXTS.text("ledger.anonymous", language) : nz(v.contact().name()));
        r.add(nz(v.contact().phone()));
        r.add(time(c.reportedAt(), zone));
        r.add(time(c.acceptedAt().orElse(null), zone));
        r.add(time(c.dispatchedAt().orElse(null), zone));
        r.add(time(c.acknowledgedAt().orElse(null), zone));
        r.add(time(c.closedAt().orElse(null), zone));
        r.add(time(c.acceptDueAt(), zone));
        r.add(time(c.resolveDueAt().orElse(null), zone));
        r.add(TEXTS.text(v.overdue() ? "ledger.yes" : "ledger.no", language));
        r.add(Integer.toString(c.reworkCount()));
        r.add(c.evaluationScore().map(String::valueOf).orElse(""));
        return r;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String time(OffsetDateTime t, ZoneId zone) {
        return t == null ? "" : t.atZoneSameInstant(zone).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }
}
