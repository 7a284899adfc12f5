package org.jiceng.platform.shared.api;

import jakarta.servlet.ServletContext;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.io.InputStream;
import java.net.URI;
import java.util.Map;

/**
 * Static files packed into the WAR (the console, Swagger UI), served by a resource because the JAX-RS application
 * owns every path: with their type, a Content-Security-Policy and no sniffing.
 */
public final class WarFiles {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=UTF-8",
            "js", "text/javascript; charset=UTF-8", "css", "text/css; charset=UTF-8", "svg", "image/svg+xml",
            "png", "image/png", "json", "application/json");

    private WarFiles() {
    }

    /** A folder's page is its {@code index.html}; its relative links need the trailing slash, so one is added. */
    public static Response index(ServletContext context, UriInfo uri, String folder, String policy) {
        String path = uri.getRequestUri().getRawPath();
        if (!path.endsWith("/")) {
            return Response.seeOther(URI.create(path + "/")).build();
        }
        return file(context, folder, "index.html", policy, "no-cache");
    }

    /** {@code folder/file} of the WAR, or 404. */
    public static Response file(ServletContext context, String folder, String file, String policy,
                                String cacheControl) {
        InputStream in = context.getResourceAsStream("/" + folder + "/" + file);
        String type = TYPES.get(file.substring(file.lastIndexOf('.') + 1));
        if (in == null || type == null) {
            throw new NotFoundException();
        }
        return Response.ok(in, type).header("Content-Security-Policy", policy)
                .header("X-Content-Type-Options", "nosniff").header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", cacheControl).build();
    }
}
