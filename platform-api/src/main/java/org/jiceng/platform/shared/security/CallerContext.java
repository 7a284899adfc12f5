package org.jiceng.platform.shared.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;

/** The request's verified caller, as {@link BearerTokenMechanism} left it on the request. */
@RequestScoped
public class CallerContext {
    static final String ATTRIBUTE = Caller.class.getName();
    static final String ADMIN_ATTRIBUTE = PlatformAdmin.class.getName();

    @Inject
    HttpServletRequest request;

    /** The request id the response will carry, for the access log. */
    public String requestId() {
        return org.jiceng.platform.shared.api.RequestIds.of(request);
    }

    /**
     * Makes {@code caller} this request's verified caller, for a credential checked by the platform itself rather
     * than by the bearer mechanism (an Open311 {@code api_key}).
     */
    public void authenticate(Caller caller) {
        request.setAttribute(ATTRIBUTE, caller);
    }

    public Optional<Caller> current() {
        return Optional.ofNullable((Caller) request.getAttribute(ATTRIBUTE));
    }

    /**
     * The tenant caller. Authentication guarantees one on every tenant route; should a request still arrive
     * without one (a platform token on a tenant route), it is refused as unauthenticated.
     */
    public Caller get() {
        return current().orElseThrow(() -> new jakarta.ws.rs.NotAuthorizedException("Bearer realm=\"jiceng\""));
    }

    /**
     * Who a request acts for, as a stable key: {@code user:<subject>} for a person's own token,
     * {@code app:<client>:<end user>} for a resident a vendor's app names in {@code Jiceng-End-User}, and
     * {@code client:<client>} for an application acting for itself.
     */
    public String actorKey() {
        Caller c = get();
        if (!c.serviceAccount()) {
            return "user:" + c.subject();
        }
        String endUser = request.getHeader("Jiceng-End-User");
        if (endUser != null && !endUser.isBlank() && c.roles().contains("vendor-app")) {
            String id = endUser.strip();
            if (id.length() > 128 || !id.chars().allMatch(ch -> ch > 0x20 && ch < 0x7f)) {
                throw new org.jiceng.platform.shared.domain.RuleViolation("Jiceng-End-User",
                        "1-128 visible ASCII characters");
            }
            return "app:" + c.clientId() + ":" + id;
        }
        return "client:" + c.clientId();
    }

    /** The tenant of a request's verified caller, for logs and metrics; null before or without one. */
    public static String tenantOf(HttpServletRequest request) {
        Object caller = request.getAttribute(ATTRIBUTE);
        return caller instanceof Caller c ? c.tenantId() : null;
    }

    /** The client a request's verified caller acts through (a platform admin's too), for logs; null without one. */
    public static String clientOf(HttpServletRequest request) {
        Object caller = request.getAttribute(ATTRIBUTE);
        if (caller instanceof Caller c) {
            return c.clientId();
        }
        Object admin = request.getAttribute(ADMIN_ATTRIBUTE);
        return admin instanceof PlatformAdmin a ? a.clientId() : null;
    }

    /** The platform admin making this {@code /admin} request; anyone else, tenant callers included, gets 403. */
    public PlatformAdmin platformAdmin() {
        PlatformAdmin admin = (PlatformAdmin) request.getAttribute(ADMIN_ATTRIBUTE);
        if (admin == null || !admin.isAdmin()) {
            throw new AccessDenied("Platform administration needs the " + PlatformAdmin.ROLE
                    + " role of the platform realm");
        }
        return admin;
    }
}
