package org.jiceng.platform.grid.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jiceng.platform.shared.api.Problem;
import org.jiceng.platform.shared.api.ProblemException;
import org.jiceng.platform.grid.application.GridRow;
import org.jiceng.platform.shared.domain.RowError;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;

/**
 * Reads a grid file into rows: a GeoJSON FeatureCollection (properties code, name, level, parentCode, population,
 * households; the geometry is the boundary), or a table — CSV in UTF-8 or GB18030 (what Excel saves in China;
 * detected when the charset is not given) or the first sheet of an .xlsx workbook — whose header names the columns
 * in English or Chinese (编码, 名称, 层级, 上级编码, 人口, 户数, 边界). Levels may be given in Chinese too (街道, 社区,
 * 网格, 小区, 楼栋 …). Table rows are numbered as the spreadsheet shows them (the header is row 1).
 */
final class GridFileReader {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String GEOJSON = "application/geo+json";

    private static final Map<String, String> COLUMNS = new HashMap<>();
    private static final Map<String, String> LEVELS = new HashMap<>();

    static {
        alias("code", "code", "编码", "代码", "网格编码");
        alias("name", "name", "名称", "网格名称");
        alias("level", "level", "层级", "级别", "类型");
        alias("parentCode", "parentcode", "parent_code", "parent", "上级编码", "上级代码");
        alias("population", "population", "人口", "人口数", "常住人口");
        alias("households", "households", "户数", "住户数");
        alias("boundary", "boundary", "geometry", "边界", "范围");
        level("CITY", "市", "地级市");
        level("DISTRICT", "区", "县", "区县", "县级市");
        level("STREET", "街道", "镇", "乡", "乡镇", "街道办");
        level("COMMUNITY", "社区", "村", "居委会", "村委会");
        level("GRID", "网格");
        level("COMPOUND", "小区", "院落", "院");
        level("BUILDING", "楼栋", "楼", "楼门");
    }

    /** The rows that could be read, and the rows that could not, with the reason. */
    record Parsed(List<GridRow> rows, List<RowError> errors) {
    }

    private GridFileReader() {
    }

    static Parsed read(byte[] body, MediaType type) {
        String subtype = type.getType() + "/" + type.getSubtype();
        if (subtype.equals(GEOJSON) || subtype.equals(MediaType.APPLICATION_JSON)) {
            return geoJson(body);
        }
        if (subtype.equals("text/csv")) {
            return table(csvRows(decode(body, type.getParameters().get("charset"))));
        }
        if (subtype.equals(XLSX)) {
            return table(xlsxRows(body));
        }
        throw new IllegalArgumentException("unsupported type " + subtype);
    }

    private static Parsed geoJson(byte[] body) {
        JsonObject root;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            root = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new RuleViolation("file", "not a JSON object: " + e.getMessage());
        }
        if (!"FeatureCollection".equals(root.getString("type", null))
                || root.get("features") == null || root.get("features").getValueType() != JsonValue.ValueType.ARRAY) {
            throw new RuleViolation("file", "a GeoJSON FeatureCollection with a features array is expected");
        }
        List<GridRow> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        JsonArray features = root.getJsonArray("features");
        if (features.size() > MAX_ROWS) {
            throw new TooLarge("more than " + MAX_ROWS + " features").problem();
        }
        for (int i = 0; i < features.size(); i++) {
            int n = i + 1;
            if (!(features.get(i) instanceof JsonObject feature) || !(feature.get("properties") instanceof JsonObject p)) {
                errors.add(new RowError(n, "properties", "each feature needs a properties object"));
                continue;
            }
            Map<String, String> cells = new HashMap<>();
            for (Map.Entry<String, JsonValue> e : p.entrySet()) {
                String column = COLUMNS.get(e.getKey().toLowerCase(Locale.ROOT));
                if (column != null && e.getValue() instanceof JsonString s) {
                    cells.put(column, s.getString());
                } else if (column != null && e.getValue() instanceof JsonNumber num) {
                    cells.put(column, num.toString());
                }
            }
            JsonValue geometry = feature.get("geometry");
            if (geometry != null && geometry.getValueType() == JsonValue.ValueType.OBJECT) {
                cells.put("boundary", geometry.toString());
            }
            row(n, cells, rows, errors);
        }
        return new Parsed(rows, errors);
    }

    /** Charset as declared; otherwise UTF-8 if the bytes are valid UTF-8, else GB18030 (a superset of GBK). */
    static String decode(byte[] body, String declared) {
        if (declared != null) {
            try {
                return new String(body, Charset.forName(declared.trim()));
            } catch (UnsupportedCharsetException | java.nio.charset.IllegalCharsetNameException e) {
                throw new RuleViolation("charset", "unknown charset " + declared + "; use UTF-8 or GB18030");
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            return new String(body, Charset.forName("GB18030"));
        }
    }

    private static List<List<String>> csvRows(String text) {
        List<List<String>> out = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get()
                .parse(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text))) {
            Budget budget = new Budget();
            for (CSVRecord record : parser) {
                budget.row();
                List<String> cells = new ArrayList<>(Math.min(record.size(), MAX_COLUMNS));
                for (int i = 0; i < Math.min(record.size(), MAX_COLUMNS); i++) {
                    cells.add(budget.cell(record.get(i)));
                }
                out.add(cells);
            }
        } catch (TooLarge e) {
            throw e.problem();
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new RuleViolation("file", "not a readable CSV file: " + e.getMessage());
        }
        return out;
    }

    /**
     * The first sheet, read as a stream of SAX events: memory grows with the cells kept, never with the sheet's
     * declared size, and only the first {@link #MAX_COLUMNS} columns are kept (a lone cell in column XFD costs
     * nothing). POI's zip-bomb guard refuses entries that inflate beyond its ratio or {@link #MAX_XML_BYTES}.
     */
    private static List<List<String>> xlsxRows(byte[] body) {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_XML_BYTES);
        RowCollector collector = new RowCollector();
        try (OPCPackage pkg = OPCPackage.open(
                new ByteArrayInputStream(body))) {
            XSSFReader reader = new XSSFReader(pkg);
            var strings = new ReadOnlySharedStringsTable(pkg);
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new RuleViolation("file", "the workbook has no sheet");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(
                        reader.getStylesTable(), null, strings, collector, new CodeKeepingFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (TooLarge e) {
            throw e.problem();
        } catch (RuleViolation e) {
            throw e;
        } catch (IOException | RuntimeException | SAXException
                 | OpenXML4JException
                 | ParserConfigurationException e) {
            if (e.getCause() instanceof TooLarge tooLarge) {
                throw tooLarge.problem();
            }
            String reason = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            if (reason.contains("Zip bomb") || reason.contains("exceeds the max")) {
                throw new TooLarge("the workbook inflates beyond what a grid file needs").problem();
            }
            throw new RuleViolation("file", "not a readable .xlsx workbook: "
                    + (reason.length() > 200 ? reason.substring(0, 200) : reason));
        }
        return collector.rows;
    }

    /** Largest uncompressed part of a workbook (the sheet's XML, the shared strings). */
    static final long MAX_XML_BYTES = 256L * 1024 * 1024;
    /** Rows of a grid file, the header included: far more than a city's grid tree. */
    static final int MAX_ROWS = 100_000;
    /** Columns read from a table; the known ones are seven. */
    static final int MAX_COLUMNS = 32;
    /** Characters kept from all cells together (boundaries are the bulk). */
    static final long MAX_CHARS = 64L * 1024 * 1024;

    /** A file beyond the limits: 413, whatever part of it was read. */
    static final class TooLarge extends RuntimeException {
        TooLarge(String reason) {
            super(reason);
        }

        ProblemException problem() {
            return new ProblemException(Problem.of(413,
                    "payload-too-large", "Payload Too Large", "The grid file is too large: " + getMessage()));
        }
    }

    /** Counts what a file costs as it is read, and stops it at the limits. */
    private static final class Budget {
        private int rows;
        private long chars;

        void row() {
            if (++rows > MAX_ROWS) {
                throw new TooLarge("more than " + MAX_ROWS + " rows");
            }
        }

        String cell(String text) {
            chars += text.length();
            if (chars > MAX_CHARS) {
                throw new TooLarge("more than " + MAX_CHARS + " characters of cell text");
            }
            return text;
        }
    }

    /** Rows of a sheet as the SAX handler reports them; cells beyond {@link #MAX_COLUMNS} are dropped. */
    private static final class RowCollector implements
            XSSFSheetXMLHandler.SheetContentsHandler {
        final List<List<String>> rows = new ArrayList<>();
        private final Budget budget = new Budget();
        private List<String> current;
        private int nextRow;

        @Override
        public void startRow(int rowNum) {
            while (nextRow < rowNum) { // rows the sheet leaves out are blank
                budget.row();
                rows.add(List.of());
                nextRow++;
            }
            budget.row();
            current = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            rows.add(current);
            nextRow = rowNum + 1;
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? current.size()
                    : new CellReference(reference).getCol();
            if (column >= MAX_COLUMNS || value == null) {
                return;
            }
            while (current.size() < column) {
                current.add("");
            }
            current.add(budget.cell(value));
        }
    }

    /** A code typed into Excel is stored as a number: show it as its digits, not as 3.20571E+14. */
    private static final class CodeKeepingFormatter extends DataFormatter {
        CodeKeepingFormatter() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (value == Math.rint(value) && Math.abs(value) < 1e15
                    && (formatString == null || "General".equalsIgnoreCase(formatString) || "0".equals(formatString))) {
                return Long.toString((long) value);
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }

    private static Parsed table(List<List<String>> lines) {
        if (lines.isEmpty()) {
            throw new RuleViolation("file", "the file is empty; the first row must name the columns");
        }
        List<String> header = lines.get(0);
        String[] columns = new String[header.size()];
        for (int i = 0; i < header.size(); i++) {
            columns[i] = COLUMNS.get(header.get(i).strip().toLowerCase(Locale.ROOT));
        }
        List<String> known = java.util.Arrays.asList(columns);
        for (String required : List.of("code", "name", "level")) {
            if (!known.contains(required)) {
                throw new RuleViolation("file", "the header row lacks the column '" + required
                        + "'; expected code, name, level[, parentCode, population, households, boundary]");
            }
        }
        List<GridRow> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        for (int r = 1; r < lines.size(); r++) {
            List<String> line = lines.get(r);
            if (line.stream().allMatch(String::isBlank)) {
                continue; // Excel leaves blank rows behind
            }
            Map<String, String> cells = new HashMap<>();
            for (int c = 0; c < Math.min(columns.length, line.size()); c++) {
                if (columns[c] != null) {
                    cells.put(columns[c], line.get(c));
                }
            }
            row(r + 1, cells, rows, errors);
        }
        return new Parsed(rows, errors);
    }

    private static void row(int n, Map<String, String> cells, List<GridRow> rows, List<RowError> errors) {
        int before = errors.size();
        String code = text(cells, "code");
        String name = text(cells, "name");
        String level = text(cells, "level");
        if (code == null) {
            errors.add(new RowError(n, "code", "required"));
        } else if (!code.matches("[0-9]{6}([0-9]{3})*")) {
            errors.add(new RowError(n, "code", "'" + code + "' is not a division code followed by 3-digit segments"));
        }
        if (name == null) {
            errors.add(new RowError(n, "name", "required"));
        } else if (name.length() > 100) {
            errors.add(new RowError(n, "name", "at most 100 characters"));
        }
        if (level == null) {
            errors.add(new RowError(n, "level", "required"));
        } else {
            level = LEVELS.getOrDefault(level, level.toUpperCase(Locale.ROOT));
        }
        Long population = count(n, cells, "population", errors);
        Long households = count(n, cells, "households", errors);
        if (errors.size() == before) {
            rows.add(new GridRow(n, code, name, level, text(cells, "parentCode"), population, households,
                    text(cells, "boundary")));
        }
    }

    private static Long count(int n, Map<String, String> cells, String column, List<RowError> errors) {
        String value = text(cells, column);
        if (value == null) {
            return null;
        }
        try {
            long v = Long.parseLong(value.replace(",", ""));
            if (v < 0) {
                errors.add(new RowError(n, column, "must be zero or more"));
            }
            return v;
        } catch (NumberFormatException e) {
            errors.add(new RowError(n, column, "'" + value + "' is not a whole number"));
            return null;
        }
    }

    private static String text(Map<String, String> cells, String column) {
        String v = cells.get(column);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static void alias(String column, String... names) {
        for (String n : names) {
            COLUMNS.put(n.toLowerCase(Locale.ROOT), column);
        }
    }

    private static void level(String level, String... names) {
        for (String n : names) {
            LEVELS.put(n, level);
        }
    }
}
