package org.jiceng.platform.shared.api;

/**
 * CSV cells made safe to open in a spreadsheet (OWASP "CSV injection"): a cell that starts with {@code = + - @},
 * a tab or a carriage return would be read as a formula, so it gets a leading apostrophe, which spreadsheets show
 * as text and hide. The XLSX ledger needs none of this: its cells are typed as strings.
 */
public final class CsvCells {
    private CsvCells() {
    }

    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
