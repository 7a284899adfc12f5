package org.jiceng.platform.casework.domain;

import org.jiceng.platform.shared.domain.RuleViolation;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A question a case category asks when a case is filed (an Open311 service definition's attribute): free text, a
 * number, a date and time, or one or several values of a list. {@code variable} false marks an informational
 * attribute that takes no answer.
 */
public record ServiceAttribute(String code, boolean variable, Datatype datatype, boolean required, String description,
                               int order, String datatypeDescription, List<Value> values) {
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{0,39}");

    public enum Datatype {
        STRING, NUMBER, DATETIME, TEXT, SINGLEVALUELIST, MULTIVALUELIST;

        public boolean isList() {
            return this == SINGLEVALUELIST || this == MULTIVALUELIST;
        }

        /** The name Open311 uses: {@code singlevaluelist} … */
        public String open311() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One choice of a list: its key (what is sent) and its name (what is shown). */
    public record Value(String key, String name) {
    }

    public ServiceAttribute {
        values = values == null ? List.of() : List.copyOf(values);
    }

    /** Throws {@link RuleViolation} naming {@code field} when the attribute is not well-formed. */
    public void check(String field) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new RuleViolation(field + ".code", "lower-case letters, digits and underscores, starting with a "
                    + "letter, at most 40");
        }
        if (datatype == null) {
            throw new RuleViolation(field + ".datatype", "string, number, datetime, text, singlevaluelist or "
                    + "multivaluelist");
        }
        if (description == null || description.isBlank() || description.length() > 500) {
            throw new RuleViolation(field + ".description", "the question, 1-500 characters");
        }
        if (datatypeDescription != null && datatypeDescription.length() > 200) {
            throw new RuleViolation(field + ".datatypeDescription", "at most 200 characters");
        }
        if (datatype.isList() != !values.isEmpty()) {
            throw new RuleViolation(field + ".values", datatype.isList() ? "a list attribute needs its values"
                    : "only list attributes have values");
        }
        Set<String> keys = new HashSet<>();
        for (Value v : values) {
            if (v.key() == null || v.key().isBlank() || v.key().length() > 60 || v.name() == null
                    || v.name().isBlank() || v.name().length() > 200 || !keys.add(v.key())) {
                throw new RuleViolation(field + ".values", "each value has a unique key (1-60) and a name (1-200)");
            }
        }
    }

    /** The answers given for this attribute, checked; empty when none was given and none is required. */
    public List<String> answer(List<String> given) {
        String field = "attribute[" + code + "]";
        List<String> answers = given == null ? List.of() : given.stream().filter(a -> a != null && !a.isBlank())
                .map(String::strip).toList();
        if (!variable) {
            return List.of();
        }
        if (answers.isEmpty()) {
            if (required) {
                throw new RuleViolation(field, "required: " + description);
            }
            return List.of();
        }
        if (datatype != Datatype.MULTIVALUELIST && answers.size() > 1) {
            throw new RuleViolation(field, "one value only");
        }
        for (String a : answers) {
            switch (datatype) {
                case NUMBER -> {
                    try {
                        new java.math.BigDecimal(a);
                    } catch (NumberFormatException e) {
                        throw new RuleViolation(field, "a number");
                    }
                }
                case DATETIME -> {
                    try {
                        OffsetDateTime.parse(a);
                    } catch (DateTimeParseException e) {
                        throw new RuleViolation(field, "a date and time with its offset (ISO 8601)");
                    }
                }
                case STRING -> {
                    if (a.length() > 500) {
                        throw new RuleViolation(field, "at most 500 characters");
                    }
                }
                case TEXT -> {
                    if (a.length() > 4000) {
                        throw new RuleViolation(field, "at most 4000 characters");
                    }
                }
                default -> {
                    if (values.stream().noneMatch(v -> v.key().equals(a))) {
                        throw new RuleViolation(field, "one of " + values.stream().map(Value::key).toList());
                    }
                }
            }
        }
        return answers;
    }
}
