package org.jiceng.sdk.core;

import java.util.LinkedHashMap;
import java.util.Map;

/** Small JSON bodies of steps: name–value pairs, leaving out the values that are null. */
public final class Bodies {
    private Bodies() {
    }

    public static Map<String, Object> of(Object... namesAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                body.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return body;
    }
}
