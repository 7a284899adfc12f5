package org.jiceng.platform.shared.observability;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RouteTemplatesTest {

    @Path("api/v1")
    static class Resource {
        @GET
        @Path("cases/{id}")
        public void one() {
        }

        @GET
        @Path("/requests/{id: [A-Za-z0-9_\\-]+}.{format: json|xml}")
        public void regex() {
        }

        @GET
        public void root() {
        }
    }

    @Test
    void labelsARequestByTheTemplateItMatchedNeverByItsIds() throws Exception {
        assertEquals("/api/v1/cases/{id}", RouteTemplates.template(Resource.class, Resource.class.getMethod("one")));
        assertEquals("/api/v1/requests/{id}.{format}",
                RouteTemplates.template(Resource.class, Resource.class.getMethod("regex")));
        assertEquals("/api/v1", RouteTemplates.template(Resource.class, Resource.class.getMethod("root")));
    }
}
