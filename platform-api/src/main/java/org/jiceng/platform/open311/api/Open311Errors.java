package org.jiceng.platform.open311.api;

import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** GeoReport v2 errors: a list of {@code code} and {@code description}, in the request's format. */
final class Open311Errors {
    private Open311Errors() {
    }

    static Response response(boolean xml, int status, String description) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", status);
        error.put("description", description);
        return Response.status(status).type((xml ? "text/xml" : "application/json") + "; charset=utf-8")
                .entity(Open311Writer.write(xml, "errors", new Open311Writer.Items("error", List.of(error)))).build();
    }
}
