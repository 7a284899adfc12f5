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
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jiceng.platform.grid.application.GridRow;
import org.jiceng.platform.shared.domain.RowError;
import org.jiceng.platform.shared.domain.RuleViolation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
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
            for (CSVRecord record : parser) {
                out.add(record.toList());
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new RuleViolation("file", "not a readable CSV file: " + e.getMessage());
        }
        return out;
    }

    private static List<List<String>> xlsxRows(byte[] body) {
        List<List<String>> out = new ArrayList<>();
        DataFormatter format = new DataFormatter(Locale.ROOT);
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = book.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : text(cell, format));
                    }
                }
                out.add(cells);
            }
        } catch (IOException | RuntimeException e) {
            throw new RuleViolation("file", "not a readable .xlsx workbook: " + e.getMessage());
        }
        return out;
    }

    /** A code typed into Excel is stored as a number: show it as its digits, not as 3.20571E+14. */
    private static String text(Cell cell, DataFormatter format) {
        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                && !org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
            double d = cell.getNumericCellValue();
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
        }
        return format.formatCellValue(cell);
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
