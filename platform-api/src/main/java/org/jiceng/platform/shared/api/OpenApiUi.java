package org.jiceng.platform.shared.api;

import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;


/**
 * Swagger UI for the served document, from the platform's own files (the WebJar's distribution is packed into the
 * WAR under {@code openapi-ui/}): nothing comes from a CDN. The JAX-RS application owns every path, so the files
 * are served here rather than by the container. {@code /openapi} itself belongs to the runtime, hence
 * {@code /openapi-ui/}.
 */
@Path("openapi-ui")
public class OpenApiUi {
    /** Swagger UI styles elements inline; scripts come only from these files. */
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    @Context
    ServletContext servletContext;

    /** The page itself; relative links need the trailing slash. */
    @GET
    @Operation(hidden = true)
    public Response index(@Context UriInfo uri) {
        return WarFiles.index(servletContext, uri, "openapi-ui", POLICY);
    }

    @GET
    @Path("{file: [A-Za-z0-9_\\-]+\\.(html|js|css|png)}")
    @Operation(hidden = true)
    public Response file(@PathParam("file") String file) {
        return WarFiles.file(servletContext, "openapi-ui", file, POLICY, "public, max-age=3600");
    }
}
