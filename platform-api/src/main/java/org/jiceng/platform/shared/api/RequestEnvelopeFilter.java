package org.jiceng.platform.shared.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.jiceng.platform.shared.config.PlatformConfig;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Every request: refuses bodies over the configured limit with 413 before anything reads them (also chunked ones,
 * which are buffered up to the limit), refuses JSON nested deeper than {@link JsonDepth#MAX} with 400, and echoes
 * the request id on every response.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestEnvelopeFilter implements ContainerRequestFilter, ContainerResponseFilter {
    @Context
    HttpServletRequest servletRequest;
    @Inject
    PlatformConfig config;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        // grid files with boundaries are legitimately large; every other body is small
        int max = request.getUriInfo().getPath().endsWith("grids:import") ? config.maxImportBytes()
                : config.maxBodyBytes();
        if (request.getLength() > max) {
            request.abortWith(tooLarge(max));
            return;
        }
        boolean json = isJson(request);
        if (request.hasEntity() && (request.getLength() < 0 || json)) {
            InputStream in = request.getEntityStream();
            byte[] body = in.readNBytes(max + 1);
            if (body.length > max) {
                request.abortWith(tooLarge(max));
                return;
            }
            if (json && JsonDepth.exceeds(body, JsonDepth.MAX)) {
                Problem p = Problem.of(400, "malformed-body", "Bad Request", "The JSON body nests deeper than "
                        + JsonDepth.MAX + " levels");
                request.abortWith(Response.status(400).type(Problem.MEDIA_TYPE).entity(p.toJson()).build());
                return;
            }
            request.setEntityStream(new ByteArrayInputStream(body));
        }
    }

    /** JSON bodies, and grid files whose type is not declared (the import sniffs GeoJSON). */
    private static boolean isJson(ContainerRequestContext request) {
        String type = request.getHeaderString("Content-Type");
        return type == null ? request.getUriInfo().getPath().endsWith("grids:import")
                : type.toLowerCase(java.util.Locale.ROOT).contains("json");
    }

    private static Response tooLarge(int max) {
        Problem p = Problem.of(413, "payload-too-large", "Payload Too Large",
                "The request body exceeds " + max + " bytes");
        return Response.status(413).type(Problem.MEDIA_TYPE).entity(p.toJson()).build();
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(RequestIds.HEADER, RequestIds.of(servletRequest));
    }
}
