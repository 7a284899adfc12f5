package org.jiceng.platform.shared.api;

/**
 * How deeply a JSON text nests its arrays and objects, found by one pass over the bytes without parsing: a
 * recursive parser fed thousands of brackets runs out of stack, so such a body is refused before any parser sees
 * it. Brackets inside strings (escapes included) do not count.
 */
public final class JsonDepth {
    /** Deeper than any request body of the API needs; a GeoJSON MultiPolygon in a FeatureCollection is 8. */
    public static final int MAX = 64;

    private JsonDepth() {
    }

    /** Whether {@code json} nests deeper than {@code max}; stops reading at the first level past it. */
    public static boolean exceeds(byte[] json, int max) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < json.length; i++) {
            byte b = json[i];
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '[' || b == '{') {
                if (++depth > max) {
                    return true;
                }
            } else if (b == ']' || b == '}') {
                depth--;
            }
        }
        return false;
    }
}
