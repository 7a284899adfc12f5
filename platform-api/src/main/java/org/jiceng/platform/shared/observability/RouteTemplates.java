package org.jiceng.platform.shared.observability;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Method;

/**
 * Names the route template a request was matched to ({@code /api/v1/cases/{id}}), for metrics and the request
 * log: labels by template rather than by path keep ids out of both and the number of series bounded.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 50) // ahead of the filters that may refuse a matched request (rate limit)
public class RouteTemplates implements ContainerRequestFilter {
    static final String ATTRIBUTE = RouteTemplates.class.getName();

    @Context
    ResourceInfo resource;
    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method != null) {
            servletRequest.setAttribute(ATTRIBUTE, template(resource.getResourceClass(), method));
        }
    }

    static String template(Class<?> type, Method method) {
        Path onType = type.getAnnotation(Path.class);
        Path onMethod = method.getAnnotation(Path.class);
        String joined = "/" + (onType == null ? "" : onType.value()) + "/" + (onMethod == null ? "" : onMethod.value());
        // regular-expression templates ({id: [a-z]+}) are labelled by their name
        String plain = joined.replaceAll("\\{\\s*([A-Za-z0-9_]+)\\s*:(?:[^{}]|\\{[^{}]*})+}", "{$1}");
        String squeezed = plain.replaceAll("/+", "/");
        return squeezed.length() > 1 && squeezed.endsWith("/") ? squeezed.substring(0, squeezed.length() - 1)
                : squeezed;
    }

    private static final java.util.regex.Pattern RUNTIME_ROUTE =
            java.util.regex.Pattern.compile("/(health|metrics|openapi)(/(live|ready|started|base|vendor|application))?/?");

    /**
     * The template of a finished request; the runtime's own routes by their path; {@code unmatched} for anything
     * else that no resource method took (refused before routing, or no such route).
     */
    static String of(HttpServletRequest request) {
        Object route = request.getAttribute(ATTRIBUTE);
        if (route != null) {
            return (String) route;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return RUNTIME_ROUTE.matcher(path).matches() ? path : "unmatched";
    }
}
