package org.jiceng.platform.shared.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicRoutesTest {
    @Test
    void onlyCanonicalSpellingsOfTheListedRoutesArePublic() {
        assertTrue(PublicRoutes.isPublic("GET", "/health"));
        assertTrue(PublicRoutes.isPublic("GET", "/health/ready"));
        assertTrue(PublicRoutes.isPublic("HEAD", "/openapi"));
        assertFalse(PublicRoutes.isPublic("POST", "/openapi"));
        assertTrue(PublicRoutes.isPublic("GET", "/metrics"));
        assertTrue(PublicRoutes.isPublic("GET", "/metrics/application"));
        assertFalse(PublicRoutes.isPublic("GET", "/metrics/../api/v1/me"));
        assertTrue(PublicRoutes.isPublic("GET", "/openapi-ui/"));
        assertTrue(PublicRoutes.isPublic("GET", "/openapi-ui/swagger-ui-bundle.js"));
        assertFalse(PublicRoutes.isPublic("GET", "/openapi-ui/x/../../api/v1/me"));
        assertFalse(PublicRoutes.isPublic("POST", "/openapi-ui/"));
        for (String odd : new String[]{"/health;x/ready", "/%68ealth", "//health", "/health/../api/v1/me",
                "/health/./ready", "/openapi/../api", "/Health", "/api/v1/me", "/", "", "/health/..;/api/v1/me"}) {
            assertFalse(PublicRoutes.isPublic("GET", odd), odd);
        }
    }

    @Test
    void normalisingDecodesDropsMatrixParametersAndResolvesDots() {
        assertEquals("/api/v1/me", PublicRoutes.normalised("/api;x/v1/me"));
        assertEquals("/api/v1/me", PublicRoutes.normalised("/%61pi/v1/me"));
        assertEquals("/api/v1/me", PublicRoutes.normalised("/%2561pi/v1/me"));
        assertEquals("/api/v1/me", PublicRoutes.normalised("//api//v1/./me"));
        assertEquals("/api/v1/me", PublicRoutes.normalised("/x/../api/v1/me"));
        assertEquals("/api/v1/me", PublicRoutes.normalised("/API/V1/ME"));
        assertEquals("/api/v1/me", PublicRoutes.normalised("/api%2Fv1%2Fme"));
        assertEquals("/admin/v1/tenants", PublicRoutes.normalised("/admin;a=b/v1/tenants"));
        assertEquals("/api/v1/me", PublicRoutes.normalised("/health/..;/api/v1/me"));
        assertEquals("/", PublicRoutes.normalised("/../.."));
        assertEquals("/a%zz", PublicRoutes.normalised("/a%zz"));
    }
}
