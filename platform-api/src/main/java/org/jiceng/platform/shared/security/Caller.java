package org.jiceng.platform.shared.security;

import org.jiceng.platform.shared.tenant.Tenant;

import java.util.Set;

/**
 * The authenticated caller of one request, built only from a verified token.
 *
 * @param subject        the token's {@code sub}
 * @param clientId       the token's {@code azp}: the application acting (a vendor's app, a district system)
 * @param serviceAccount whether the token is an application's own (client credentials), not a person's
 */
public record Caller(Tenant tenant, String subject, String clientId, Set<String> roles, Set<Permission> permissions,
                     boolean serviceAccount) {

    public String tenantId() {
        return tenant.id();
    }

    public boolean can(Permission permission) {
        return permissions.contains(permission);
    }

    public void require(Permission permission) {
        if (!can(permission)) {
            throw new AccessDenied(permission);
        }
    }
}
