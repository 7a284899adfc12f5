package org.jiceng.platform.console.api;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jiceng.platform.shared.api.WarFiles;
import org.jiceng.platform.shared.config.PlatformConfig;
import org.jiceng.platform.shared.tenant.Tenant;
import org.jiceng.platform.shared.tenant.TenantRegistry;

import java.net.URI;

/**
 * Serves the console's files (its own and the libraries packed into the WAR: keycloak-js, ECharts) with a strict
 * Content-Security-Policy, and tells the page where a tenant's staff sign in. The console keeps tokens in the
 * page's memory only: it never stores one, and nothing here sees one.
 */
@Path("console")
public class ConsoleResource {
    /** The console's public client, in every tenant realm and in the platform realm. */
    public static final String CLIENT_ID = "jiceng-console";

    @Context
    ServletContext servletContext;
    @Inject
    TenantRegistry tenants;
    @Inject
    PlatformConfig config;

    /** The page; its relative links need the trailing slash. */
    @GET
    @Operation(hidden = true)
    public Response index(@Context UriInfo uri) {
        return WarFiles.index(servletContext, uri, "console", policy());
    }

    @GET
    @Path("{file: (lib/)?[A-Za-z0-9_\\-]+(\\.[A-Za-z0-9_\\-]+)*\\.(html|js|css|svg|png|json)}")
    @Operation(hidden = true)
    public Response file(@PathParam("file") String file) {
        return WarFiles.file(servletContext, "console", file, policy(),
                file.startsWith("lib/") ? "public, max-age=86400" : "no-cache");
    }

    /**
     * Where the staff of a tenant (or, for {@code platform}, the platform admins) sign in: the realm's issuer and
     * the console's client. An unknown or suspended tenant is 404, as everywhere.
     */
    @GET
    @Path("sign-in/{tenant: [a-z][a-z0-9-]{1,30}}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response signIn(@PathParam("tenant") String code) {
        String issuer;
        if ("platform".equals(code)) {
            issuer = config.platformIssuer().orElseThrow(NotFoundException::new);
        } else {
            issuer = tenants.byId(code).filter(Tenant::isActive).map(Tenant::issuer)
                    .orElseThrow(NotFoundException::new);
        }
        int realms = issuer.lastIndexOf("/realms/");
        String body = jakarta.json.Json.createObjectBuilder().add("tenant", code).add("issuer", issuer)
                .add("keycloakUrl", issuer.substring(0, realms)).add("realm", issuer.substring(realms + 8))
                .add("clientId", CLIENT_ID).build().toString();
        return Response.ok(body).header("Cache-Control", "no-store").build();
    }

    /**
     * Scripts only from the platform; the page talks to the platform and to its identity provider (the token
     * endpoint), nothing else; it cannot be framed.
     */
    String policy() {
        String identity = config.platformIssuer().map(ConsoleResource::origin).orElse("");
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "connect-src 'self' " + identity + "; frame-src 'none'; frame-ancestors 'none'; "
                + "object-src 'none'; base-uri 'none'; form-action 'self' " + identity;
    }

    static String origin(String url) {
        URI u = URI.create(url);
        return u.getScheme() + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort());
    }
}
