package org.jiceng.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The one JAX-RS application: tenant API under {@code /api/v1}, platform administration under {@code /admin/v1}. */
@ApplicationPath("/")
@OpenAPIDefinition(
        info = @Info(title = "Jiceng platform API", version = "1",
                description = "Multi-tenant back end for Party-building-led grassroots governance: grids, Party "
                        + "organisations, volunteers and case records. The tenant is always the issuer of the "
                        + "bearer token; records of other tenants behave as if they did not exist (404). Errors "
                        + "are RFC 9457 problem details. Lists use opaque cursors bound to the tenant and query."),
        security = @SecurityRequirement(name = "bearer"),
        components = @Components(securitySchemes = @SecurityScheme(securitySchemeName = "bearer",
                type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
                description = "Access token of the tenant's Keycloak realm (jiceng-<tenant>), audience jiceng-api")))
public class JicengApplication extends Application {
}
