package org.jiceng.platform.casework.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jiceng.platform.shared.api.CsvCells;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
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
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
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

    public enum Format { CSV, XLSX }

    private static final org.jiceng.platform.shared.api.ProblemTexts TEXTS =
            org.jiceng.platform.shared.api.ProblemTexts.get();

    @Transactional
    public Path write(CaseFilter filter, String format, java.util.Locale language) {
        Format f;
        try {
            f = Format.valueOf(format == null ? "CSV" : format.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("format", "csv or xlsx");
        }
        ZoneId zone = ZoneId.of(callers.get().tenant().settings().timeZone());
        Map<String, GridNode> gridCache = new HashMap<>();
        Path file = null;
        boolean written = false;
        try {
            file = Files.createTempFile("jiceng-ledger-", f == Format.CSV ? ".csv" : ".xlsx");
            try (OutputStream out = Files.newOutputStream(file);
                 RowSink sink = f == Format.CSV ? new CsvSink(out)
                         : new XlsxSink(out, TEXTS.text("ledger.sheet", language))) {
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

    private interface RowSink extends AutoCloseable {
        void row(List<String> cells) throws IOException;

        void finish() throws IOException;

        /** Releases what the sink holds (a workbook's temporary files), whether it finished or not. */
        @Override
        void close() throws IOException;
    }

    private static final class CsvSink implements RowSink {
        private final Writer writer;
        private final CSVPrinter printer;

        CsvSink(OutputStream out) throws IOException {
            writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            printer = new CSVPrinter(writer, CSVFormat.EXCEL);
        }

        @Override
        public void row(List<String> cells) throws IOException {
            printer.printRecord(cells.stream().map(CsvCells::neutralise).toList());
        }

        @Override
        public void finish() throws IOException {
            printer.flush();
            writer.flush();
        }

        @Override
        public void close() {
            // the output stream belongs to the caller
        }
    }

    private static final class XlsxSink implements RowSink {
        private final OutputStream out;
        private final SXSSFWorkbook book = new SXSSFWorkbook(200); // rows beyond 200 are flushed to disk
        private final Sheet sheet;
        private int next;

        XlsxSink(OutputStream out, String sheetName) {
            this.out = out;
            this.sheet = book.createSheet(sheetName);
        }

        @Override
        public void row(List<String> cells) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < cells.size(); i++) {
                row.createCell(i).setCellValue(cells.get(i));
            }
        }

        @Override
        public void finish() throws IOException {
            book.write(out);
        }

        @Override
        public void close() throws IOException {
            book.close(); // also removes the rows flushed to temporary files
        }
    }
}
