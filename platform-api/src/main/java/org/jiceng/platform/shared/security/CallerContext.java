package org.jiceng.platform.shared.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;

/** The request's verified caller, as {@link BearerTokenMechanism} left it on the request. */
@RequestScoped
public class CallerContext {
    static final String ATTRIBUTE = Caller.class.getName();

    @Inject
    HttpServletRequest request;

    public Optional<Caller> current() {
        return Optional.ofNullable((Caller) request.getAttribute(ATTRIBUTE));
    }

    /** The caller; every {@code /api} request has one, so its absence is a wiring fault. */
    public Caller get() {
        return current().orElseThrow(() -> new IllegalStateException("no authenticated caller on this request"));
    }
}
