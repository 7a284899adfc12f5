package org.jiceng.platform.open311.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.jiceng.platform.open311.application.Open311Gateway;
import org.jiceng.platform.open311.application.Open311Keys;
import org.jiceng.platform.shared.domain.RecordNotFound;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.security.Caller;
import org.jiceng.platform.shared.security.CallerContext;
import org.jiceng.platform.shared.tenant.Tenant;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Authenticates an Open311 service request by its {@code api_key} before anything else looks at the caller, so
 * that the key's client meets the same rate limit and rules as with its own tokens. The form is read here and put
 * back for the resource. No key, or a key not of that jurisdiction, is 403 in GeoReport's error format.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class Open311KeyFilter implements ContainerRequestFilter {
    private static final Pattern SUBMISSION = Pattern.compile("open311/v2/requests\\.(json|xml)");

    @Inject
    Open311Keys keys;
    @Inject
    Open311Gateway gateway;
    @Inject
    CallerContext callers;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String path = request.getUriInfo().getPath();
        if (!"POST".equals(request.getMethod()) || !SUBMISSION.matcher(path).matches()) {
            return;
        }
        boolean xml = path.endsWith(".xml");
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        Map<String, String> form = firstValues(new String(body, StandardCharsets.UTF_8));
        String key = form.get("api_key");
        if (key == null || key.isBlank()) {
            request.abortWith(Open311Errors.response(xml, 403, "api_key is required to file a service request"));
            return;
        }
        Tenant tenant;
        try {
            tenant = gateway.jurisdiction(form.get("jurisdiction_id"));
        } catch (RuleViolation e) {
            request.abortWith(Open311Errors.response(xml, 400, "jurisdiction_id: " + e.getMessage()));
            return;
        } catch (RecordNotFound e) {
            request.abortWith(Open311Errors.response(xml, 404, e.getMessage()));
            return;
        }
        Optional<Caller> caller = keys.authenticate(tenant, key.strip());
        if (caller.isEmpty()) {
            request.abortWith(Open311Errors.response(xml, 403, "api_key is not valid for this jurisdiction"));
            return;
        }
        callers.authenticate(caller.get());
    }

    private static Map<String, String> firstValues(String form) {
        Map<String, String> out = new HashMap<>();
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            try {
                String name = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
                out.putIfAbsent(name, URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException malformed) {
                // left to the resource, which reads the form as JAX-RS decodes it
            }
        }
        return out;
    }
}
