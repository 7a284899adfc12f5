package org.jiceng.platform.shared.security;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one allow-list of routes served without a verified caller. Everything else is denied by default. A route is
 * public only when the request's raw path is already canonical (no percent-escapes, matrix parameters, empty or
 * dot segments) and matches an entry exactly: a path that needs normalising might be routed differently from how
 * it reads, so it never earns the exception. Public routes return no personal data.
 */
public final class PublicRoutes {
    /** Method and path pattern of each public route. */
    private record Route(String method, Pattern path) {
    }

    private static final List<Route> ROUTES = List.of(
            new Route("GET", Pattern.compile("/health(/live|/ready|/started)?")),
            new Route("GET", Pattern.compile("/openapi")),
            // the console's files and where a tenant's staff sign in; everything it shows comes from the API
            new Route("GET", Pattern.compile("/console(/|/(lib/)?[A-Za-z0-9_\\-]+(\\.[A-Za-z0-9_\\-]+)+"
                    + "|/sign-in/[a-z][a-z0-9-]{1,30})?")),
            // Prometheus scrapes without a token; the figures name tenants by code and nothing else of them
            new Route("GET", Pattern.compile("/metrics(/(base|vendor|application))?")),
            // Swagger UI's static files; it calls the API with the token its user pastes into "Authorize"
            new Route("GET", Pattern.compile("/openapi-ui(/|/[A-Za-z0-9_\\-]+(\\.[A-Za-z0-9_\\-]+)+)?")),
            // Open311 GeoReport v2: reads name their tenant in jurisdiction_id and give public fields only; a
            // service request is authenticated by its api_key, which the gateway checks itself
            new Route("GET", Pattern.compile("/open311/v2/(discovery|services|requests|servicerequestupdates)"
                    + "\\.(json|xml)")),
            new Route("GET", Pattern.compile("/open311/v2/(services|requests|tokens)/[A-Za-z0-9_\\-]+\\.(json|xml)")),
            new Route("POST", Pattern.compile("/open311/v2/requests\\.(json|xml)")));

    private static final Pattern CANONICAL = Pattern.compile("(/[A-Za-z0-9_\\-:]+(\\.[A-Za-z0-9_\\-]+)*)*/?");

    private PublicRoutes() {
    }

    /** Whether {@code method} on {@code rawPath} (undecoded, below the context root) needs no caller. */
    public static boolean isPublic(String method, String rawPath) {
        if (rawPath == null || !CANONICAL.matcher(rawPath).matches()) {
            return false;
        }
        String m = "HEAD".equals(method) ? "GET" : method;
        return ROUTES.stream().anyMatch(r -> r.method().equals(m) && r.path().matcher(rawPath).matches());
    }

    /**
     * The path as a server could route it: percent-decoded, matrix parameters dropped, empty and dot segments
     * resolved, lower-cased. Used to decide which gate a request meets, never to grant access.
     */
    public static String normalised(String rawPath) {
        java.util.ArrayDeque<String> segments = new java.util.ArrayDeque<>();
        for (String raw : (rawPath == null ? "" : rawPath).split("/")) {
            int semicolon = raw.indexOf(';');
            String decoded = decode(semicolon < 0 ? raw : raw.substring(0, semicolon));
            for (String s : decoded.split("/")) {
                int inner = s.indexOf(';');
                String seg = inner < 0 ? s : s.substring(0, inner);
                if (seg.isEmpty() || seg.equals(".")) {
                    continue;
                }
                if (seg.equals("..")) {
                    segments.pollLast();
                } else {
                    segments.addLast(seg.toLowerCase(Locale.ROOT));
                }
            }
        }
        return "/" + String.join("/", segments);
    }

    private static String decode(String s) {
        String current = s;
        // decoded until stable: a doubly encoded dot segment is still a dot segment to a lenient server
        for (int i = 0; i < 3 && current.indexOf('%') >= 0; i++) {
            try {
                current = java.net.URLDecoder.decode(current.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                return current;
            }
        }
        return current;
    }
}
