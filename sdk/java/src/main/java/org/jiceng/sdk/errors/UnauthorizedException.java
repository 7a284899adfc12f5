package org.jiceng.sdk.errors;

/** HTTP 401. No valid access token: missing, expired, from an unknown issuer, or the tenant is suspended. */
public class UnauthorizedException extends JicengServiceException {
    public UnauthorizedException(String requestId, Problem problem) {
        super(401, requestId, problem);
    }
}
