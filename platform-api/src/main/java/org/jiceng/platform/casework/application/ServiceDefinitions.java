package org.jiceng.platform.casework.application;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.jiceng.platform.casework.domain.CaseCategory;
import org.jiceng.platform.casework.domain.ServiceAttribute;
import org.jiceng.platform.casework.domain.ServiceDefinition;

import java.util.List;

/** A category's service definition as stored (its attributes as JSON) and as the domain knows it. */
public final class ServiceDefinitions {
    private static final Jsonb JSON = JsonbBuilder.create();
    private static final java.lang.reflect.Type ATTRIBUTES = new java.util.ArrayList<ServiceAttribute>() {
    }.getClass().getGenericSuperclass();

    private ServiceDefinitions() {
    }

    public static ServiceDefinition of(CaseCategory c) {
        return new ServiceDefinition(c.description().orElse(null), c.group().orElse(null), c.keywords(),
                c.attributesJson().map(ServiceDefinitions::attributes).orElse(List.of()));
    }

    static String json(List<ServiceAttribute> attributes) {
        return attributes.isEmpty() ? null : JSON.toJson(attributes, ATTRIBUTES);
    }

    static List<ServiceAttribute> attributes(String json) {
        List<ServiceAttribute> parsed = JSON.fromJson(json, ATTRIBUTES);
        return parsed == null ? List.of() : parsed;
    }

    /** The answers of a case as stored. */
    static String answersJson(java.util.Map<String, List<String>> answers) {
        return answers.isEmpty() ? null : JSON.toJson(answers);
    }

    /** A case's stored answers, by attribute code. */
    @SuppressWarnings("unchecked")
    public static java.util.Map<String, List<String>> answers(String json) {
        if (json == null || json.isBlank()) {
            return java.util.Map.of();
        }
        return JSON.fromJson(json, new java.util.LinkedHashMap<String, List<String>>() {
        }.getClass().getGenericSuperclass());
    }
}
