package org.jiceng.platform.events.domain;

import org.jiceng.platform.shared.domain.RuleViolation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A filter of event types: exact names ({@code wish.confirmed}), families ({@code case.*}) or everything
 * ({@code *}). An empty filter is everything.
 */
public record EventTypes(List<String> patterns) {
    private static final Pattern ONE = Pattern.compile("\\*|[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)*(\\.\\*)?");
    public static final int MAX = 50;

    public EventTypes {
        patterns = List.copyOf(patterns);
    }

    /** From a comma-separated list; 400 naming {@code field} for anything but names and families. */
    public static EventTypes parse(String field, String commaSeparated) {
        List<String> out = new ArrayList<>();
        if (commaSeparated != null) {
            for (String p : commaSeparated.split(",")) {
                add(field, out, p.strip());
            }
        }
        return new EventTypes(out);
    }

    public static EventTypes of(String field, List<String> patterns) {
        List<String> out = new ArrayList<>();
        for (String p : patterns == null ? List.<String>of() : patterns) {
            add(field, out, p == null ? "" : p.strip());
        }
        return new EventTypes(out);
    }

    private static void add(String field, List<String> out, String p) {
        if (p.isEmpty()) {
            return;
        }
        if (p.length() > 100 || !ONE.matcher(p).matches()) {
            throw new RuleViolation(field, "event types are names such as case.dispatched, families such as case.*, "
                    + "or *");
        }
        if (out.size() == MAX) {
            throw new RuleViolation(field, "at most " + MAX + " event types");
        }
        out.add(p);
    }

    public boolean everything() {
        return patterns.isEmpty() || patterns.contains("*");
    }

    /** The patterns as SQL LIKE patterns ({@code case.*} → {@code case.%}, underscores taken literally). */
    public List<String> likePatterns() {
        return patterns.stream().map(p -> p.replace("_", "\\_").replace(".*", ".%")).toList();
    }

    public boolean matches(String type) {
        return everything() || patterns.stream().anyMatch(p -> p.endsWith(".*")
                ? type.startsWith(p.substring(0, p.length() - 1)) : p.equals(type));
    }
}
