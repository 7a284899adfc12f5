package org.jiceng.platform.shared.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.jiceng.platform.shared.security.CallerContext;

import java.util.Locale;
import java.util.Optional;

/**
 * Puts every problem+json response into the caller's language ({@link Languages#choose}) and says which in
 * {@code Content-Language}, whichever filter, mapper or resource produced it.
 */
@Provider
public class ProblemLocalization implements ContainerResponseFilter {
    @Inject
    CallerContext callers;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object type = response.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE);
        if (type == null || !type.toString().startsWith(Problem.MEDIA_TYPE) || !(response.getEntity() instanceof String)) {
            return;
        }
        Locale locale = Languages.choose(Languages.ranges(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)),
                tenantLocale());
        response.setEntity(ProblemTexts.get().localize((String) response.getEntity(), locale));
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, Languages.tag(locale));
    }

    private Optional<String> tenantLocale() {
        try {
            return callers.current().map(c -> c.tenant().settings().locale());
        } catch (RuntimeException noTenantHere) {
            return Optional.empty();
        }
    }
}
