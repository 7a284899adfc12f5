package org.jiceng.platform.casework.domain;

import org.jiceng.platform.shared.domain.RuleViolation;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a case category presents itself as an Open311 service: a description, a group, keywords, and the attributes
 * it asks for when a case is filed.
 */
public record ServiceDefinition(String description, String group, List<String> keywords,
                                List<ServiceAttribute> attributes) {
    public static final int MAX_ATTRIBUTES = 30;
    public static final ServiceDefinition NONE = new ServiceDefinition(null, null, List.of(), List.of());

    public ServiceDefinition {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
    }

    /** Throws {@link RuleViolation} on the first field that is not well-formed. */
    public ServiceDefinition checked() {
        if (description != null && description.length() > 500) {
            throw new RuleViolation("description", "at most 500 characters");
        }
        if (group != null && group.length() > 60) {
            throw new RuleViolation("group", "at most 60 characters");
        }
        if (keywords.size() > 20 || keywords.stream().anyMatch(k -> k == null || k.isBlank() || k.length() > 40
                || k.contains(","))) {
            throw new RuleViolation("keywords", "at most 20 keywords of 1-40 characters, without commas");
        }
        if (attributes.size() > MAX_ATTRIBUTES) {
            throw new RuleViolation("attributes", "at most " + MAX_ATTRIBUTES);
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < attributes.size(); i++) {
            ServiceAttribute a = attributes.get(i);
            if (a == null) {
                throw new RuleViolation("attributes[" + i + "]", "an attribute");
            }
            a.check("attributes[" + i + "]");
            if (!codes.add(a.code())) {
                throw new RuleViolation("attributes[" + i + "].code", "each attribute's code is unique");
            }
        }
        return this;
    }

    /** Open311's {@code metadata}: whether the service asks for attributes. */
    public boolean hasAttributes() {
        return !attributes.isEmpty();
    }

    /** The answers to the attributes, checked: required ones given, values of their type, no unknown codes. */
    public Map<String, List<String>> answers(Map<String, List<String>> given) {
        Map<String, List<String>> submitted = given == null ? Map.of() : given;
        for (String code : submitted.keySet()) {
            if (attributes.stream().noneMatch(a -> a.code().equals(code))) {
                throw new RuleViolation("attribute[" + code + "]", "this service asks no such attribute");
            }
        }
        Map<String, List<String>> answers = new LinkedHashMap<>();
        attributes.stream().sorted(java.util.Comparator.comparingInt(ServiceAttribute::order)).forEach(a -> {
            List<String> answer = a.answer(submitted.get(a.code()));
            if (!answer.isEmpty()) {
                answers.put(a.code(), answer);
            }
        });
        return answers;
    }
}
