package org.jiceng.platform.shared.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.servers.Server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the generated document one that validators and client generators accept (Redocly's recommended rules):
 * drops the generator's default-valued schema keywords ({@code exclusiveMaximum: false} without a maximum, …),
 * turns JAX-RS regular-expression templates ({@code {id: [A-Za-z0-9]+}}) into plain OpenAPI templates with the
 * pattern on the parameter, names the licence, trims the server URL and removes the runtime's non-standard
 * {@code endpoints} listing. Then declares the problem responses ({@link ProblemResponses}). Registered as
 * {@code mp.openapi.filter}.
 */
public class PublishedDocument implements OASFilter {
    private static final Pattern REGEX_TEMPLATE = Pattern.compile("\\{([A-Za-z0-9_]+)\\s*:\\s*((?:[^{}]|\\{[^{}]*})+)}");

    private final ProblemResponses problems = new ProblemResponses();

    @Override
    public Schema filterSchema(Schema schema) {
        withoutDefaults(schema);
        return schema;
    }

    /** The keywords the generator writes with their default value, some of them invalid without a partner. */
    static void withoutDefaults(Schema schema) {
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum()) || schema.getMaximum() == null) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum()) || schema.getMinimum() == null) {
            schema.setExclusiveMinimum(null);
        }
        if (Boolean.FALSE.equals(schema.getNullable())) {
            schema.setNullable(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (schema.getType() == Schema.SchemaType.OBJECT && schema.getRef() == null
                && (schema.getProperties() == null || schema.getProperties().isEmpty())
                && schema.getAdditionalPropertiesSchema() == null && schema.getAdditionalPropertiesBoolean() == null) {
            // a free-form object (an event's data, a GeoJSON geometry): any member, not none
            schema.setAdditionalPropertiesSchema(OASFactory.createSchema());
        }
        if (schema.getType() == Schema.SchemaType.STRING && schema.getProperties() != null) {
            // a binary download described by the class that is packed into it
            schema.setProperties(null);
        }
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        problems.filterOpenAPI(openAPI);
        if (openAPI.getInfo() != null && openAPI.getInfo().getLicense() == null) {
            openAPI.getInfo().setLicense(OASFactory.createLicense().name("Apache-2.0")
                    .url("https://www.apache.org/licenses/LICENSE-2.0"));
        }
        if (openAPI.getServers() != null) {
            for (Server server : openAPI.getServers()) {
                String url = server.getUrl();
                if (url != null && url.length() > 1 && url.endsWith("/")) {
                    server.setUrl(url.substring(0, url.length() - 1));
                }
                if ("Default Server.".equals(server.getDescription())) {
                    server.setDescription("This platform");
                }
            }
        }
        plainTemplates(openAPI.getPaths());
        withoutEndpointListing(openAPI);
        withoutUnreachableSchemas(openAPI);
    }

    /**
     * The generator registers a component for every annotated class, also those it then describes inline: a
     * component no operation reaches, directly or through another component, is left out.
     */
    static void withoutUnreachableSchemas(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                || openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        java.util.Set<String> reached = new java.util.HashSet<>();
        java.util.Deque<Schema> pending = new java.util.ArrayDeque<>();
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            parameterSchemas(item.getParameters(), pending);
            for (org.eclipse.microprofile.openapi.models.Operation op : item.getOperations().values()) {
                parameterSchemas(op.getParameters(), pending);
                if (op.getRequestBody() != null) {
                    contentSchemas(op.getRequestBody().getContent(), pending);
                }
                if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                    op.getResponses().getAPIResponses().values().forEach(r -> {
                        contentSchemas(r.getContent(), pending);
                        if (r.getHeaders() != null) {
                            r.getHeaders().values().forEach(h -> add(h.getSchema(), pending));
                        }
                    });
                }
            }
        }
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            String ref = schema.getRef();
            if (ref != null) {
                String name = ref.substring(ref.lastIndexOf('/') + 1);
                if (reached.add(name) && components.get(name) != null) {
                    pending.push(components.get(name));
                }
                continue;
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(p -> add(p, pending));
            }
            add(schema.getItems(), pending);
            add(schema.getNot(), pending);
            if (schema.getAdditionalPropertiesSchema() != null) {
                add(schema.getAdditionalPropertiesSchema(), pending);
            }
            for (List<Schema> group : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                if (group != null) {
                    group.forEach(g -> add(g, pending));
                }
            }
        }
        List.copyOf(components.keySet()).stream().filter(name -> !reached.contains(name))
                .forEach(openAPI.getComponents()::removeSchema);
    }

    private static void parameterSchemas(List<Parameter> parameters, java.util.Deque<Schema> pending) {
        if (parameters != null) {
            parameters.forEach(p -> {
                add(p.getSchema(), pending);
                contentSchemas(p.getContent(), pending);
            });
        }
    }

    private static void contentSchemas(org.eclipse.microprofile.openapi.models.media.Content content,
                                       java.util.Deque<Schema> pending) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(m -> add(m.getSchema(), pending));
        }
    }

    private static void add(Schema schema, java.util.Deque<Schema> pending) {
        if (schema != null) {
            pending.push(schema);
        }
    }

    /** {@code /requests/{id: [a-z]+}.{format: json|xml}} becomes {@code /requests/{id}.{format}}. */
    static void plainTemplates(Paths paths) {
        if (paths == null || paths.getPathItems() == null) {
            return;
        }
        Map<String, PathItem> renamed = new LinkedHashMap<>();
        for (Map.Entry<String, PathItem> e : paths.getPathItems().entrySet()) {
            Map<String, String> patterns = new LinkedHashMap<>();
            String plain = plainTemplate(e.getKey(), patterns);
            if (!patterns.isEmpty()) {
                e.getValue().getOperations().values().forEach(op -> constrain(op.getParameters(), patterns));
                constrain(e.getValue().getParameters(), patterns);
            }
            renamed.put(plain, e.getValue());
        }
        if (!renamed.keySet().equals(paths.getPathItems().keySet())) {
            List.copyOf(paths.getPathItems().keySet()).forEach(paths::removePathItem);
            renamed.forEach(paths::addPathItem);
        }
    }

    static String plainTemplate(String path, Map<String, String> patterns) {
        Matcher m = REGEX_TEMPLATE.matcher(path);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            patterns.put(m.group(1), m.group(2).trim());
            m.appendReplacement(out, Matcher.quoteReplacement("{" + m.group(1) + "}"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static void constrain(List<Parameter> parameters, Map<String, String> patterns) {
        if (parameters == null) {
            return;
        }
        for (Parameter p : parameters) {
            String pattern = patterns.get(p.getName());
            if (pattern == null || p.getIn() != Parameter.In.PATH) {
                continue;
            }
            Schema schema = p.getSchema() == null ? OASFactory.createSchema().type(Schema.SchemaType.STRING)
                    : p.getSchema();
            if (pattern.matches("[A-Za-z0-9_]+(\\|[A-Za-z0-9_]+)+")) {
                schema.setEnumeration(List.of((Object[]) pattern.split("\\|")));
            } else {
                schema.setPattern("^" + pattern + "$");
            }
            p.setSchema(schema);
            p.setRequired(true);
        }
    }

    /**
     * The runtime adds a listing of every endpoint outside the OpenAPI vocabulary; validators refuse it. Its writer
     * leaves empty maps out.
     */
    private static void withoutEndpointListing(OpenAPI openAPI) {
        try {
            openAPI.getClass().getMethod("setEndpoints", Map.class).invoke(openAPI, new java.util.HashMap<>());
        } catch (ReflectiveOperationException | RuntimeException e) {
            // another runtime: nothing to remove
        }
    }
}
