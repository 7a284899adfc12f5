package org.jiceng.platform.grid.domain;

import org.jiceng.platform.shared.domain.RuleViolation;

import java.util.regex.Pattern;

/**
 * The coding rules of the tree, after the national administrative division and unit-grid codes: the root carries
 * its 6-digit division code; a DISTRICT inside a CITY its own division code, within the city's prefix (Chengdu
 * 510100 → Wuhou 510107; Beijing 110000 → Chaoyang 110105); every lower node appends one 3-digit segment
 * (001–999) to its parent's code (street 9 digits, community 12, as the national codes do).
 */
public final class GridCodes {
    private static final Pattern DIVISION = Pattern.compile("^[1-9][0-9]{5}$");
    private static final Pattern SEGMENT = Pattern.compile("^(?!000)[0-9]{3}$");
    /** Deep enough for any real nesting, short enough to keep codes human. */
    public static final int MAX_LENGTH = 30;

    private GridCodes() {
    }

    public static void requireDivisionCode(String code) {
        if (code == null || !DIVISION.matcher(code).matches()) {
            throw new RuleViolation("code", "must be a 6-digit administrative division code, e.g. 320571");
        }
    }

    /** Validates the code of a new child of {@code parent}. */
    public static void requireChildCode(GridLevel parentLevel, String parentCode, GridLevel level, String code) {
        if (code == null || code.isBlank()) {
            throw new RuleViolation("code", "code is required");
        }
        if (parentLevel == GridLevel.CITY && level == GridLevel.DISTRICT) {
            requireDivisionCode(code);
            String prefix = cityPrefix(parentCode);
            if (!code.startsWith(prefix) || code.equals(parentCode) || code.endsWith("00")) {
                throw new RuleViolation("code", "a district of city " + parentCode + " has its own division code "
                        + "starting with " + prefix + " (e.g. " + prefix + "05)");
            }
            return;
        }
        if (code.length() != parentCode.length() + 3 || !code.startsWith(parentCode)
                || !SEGMENT.matcher(code.substring(parentCode.length())).matches()) {
            throw new RuleViolation("code", "must be the parent's code " + parentCode
                    + " followed by a 3-digit segment 001-999, e.g. " + parentCode + "001");
        }
        if (code.length() > MAX_LENGTH) {
            throw new RuleViolation("code", "the tree is nested too deeply (codes up to " + MAX_LENGTH + " digits)");
        }
    }

    /** The digits a city's districts share: the code without its trailing "00" pairs (110000 → 11, 510100 → 5101). */
    static String cityPrefix(String cityCode) {
        String prefix = cityCode;
        while (prefix.length() > 2 && prefix.endsWith("00")) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        return prefix;
    }
}
