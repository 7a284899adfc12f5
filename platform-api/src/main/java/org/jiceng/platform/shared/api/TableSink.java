package org.jiceng.platform.shared.api;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Rows of text written as a spreadsheet for people to open: CSV (UTF-8 with a BOM, so that Excel reads Chinese,
 * every cell neutralised against formula injection by {@link CsvCells}) or XLSX (text cells only, streamed so that
 * a long ledger never sits in memory whole).
 */
public interface TableSink extends AutoCloseable {
    /** The formats people ask for. */
    enum Format { CSV, XLSX }

    void row(List<String> cells) throws IOException;

    void finish() throws IOException;

    /** Releases what the sink holds (a workbook's temporary files), whether it finished or not. */
    @Override
    void close() throws IOException;

    /** {@code csv} (the default) or {@code xlsx}; 400 otherwise. */
    static Format format(String requested) {
        try {
            return Format.valueOf(requested == null ? "CSV" : requested.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new org.jiceng.platform.shared.domain.RuleViolation("format", "csv or xlsx");
        }
    }

    static TableSink of(Format format, OutputStream out, String sheetName) throws IOException {
        return format == Format.CSV ? new Csv(out) : new Xlsx(out, sheetName);
    }

    /** A whole table in memory, for lists bounded by a community's size. */
    static byte[] bytes(Format format, String sheetName, List<List<String>> rows) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (TableSink sink = of(format, out, sheetName)) {
            for (List<String> r : rows) {
                sink.row(r);
            }
            sink.finish();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The download: the table's bytes with their media type and a file name. */
    static jakarta.ws.rs.core.Response download(Format format, String name, List<List<String>> rows) {
        return jakarta.ws.rs.core.Response.ok(bytes(format, name, rows), mediaType(format))
                .header("Content-Disposition", "attachment; filename=\"" + name + "." + format.name()
                        .toLowerCase(java.util.Locale.ROOT) + "\"").build();
    }

    static String mediaType(Format format) {
        return format == Format.CSV ? "text/csv; charset=UTF-8"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    /** CSV for Excel. */
    final class Csv implements TableSink {
        private final Writer writer;
        private final CSVPrinter printer;

        Csv(OutputStream out) throws IOException {
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

    /** A streamed workbook of text cells. */
    final class Xlsx implements TableSink {
        private final OutputStream out;
        private final SXSSFWorkbook book = new SXSSFWorkbook(200); // rows beyond 200 are flushed to disk
        private final Sheet sheet;
        private int next;

        Xlsx(OutputStream out, String sheetName) {
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
