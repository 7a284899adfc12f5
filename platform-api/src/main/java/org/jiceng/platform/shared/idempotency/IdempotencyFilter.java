package org.jiceng.platform.shared.idempotency;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import org.jiceng.platform.shared.api.Problem;
import org.jiceng.platform.shared.security.Caller;
import org.jiceng.platform.shared.security.CallerContext;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} on POST, PUT, PATCH and DELETE (IETF httpapi draft): the first request claims the key; a retry with the same key
 * and body gets the first response again (with {@code Idempotent-Replayed: true}); the same key with another body
 * gets 422; a retry while the first is still running gets 409. Keys are scoped to the tenant and the calling client.
 */
@Provider
@Priority(Priorities.USER)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {
    public static final String HEADER = "Idempotency-Key";
    private static final java.util.Set<String> METHODS = java.util.Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Pattern KEY = Pattern.compile("^[\\x21-\\x7e]{1,255}$");
    private static final String CLAIM = IdempotencyFilter.class.getName() + ".claim";
    private static final List<String> REPLAYED_HEADERS = List.of("Content-Type", "Location", "ETag");

    @Inject
    IdempotencyStore store;
    @Inject
    CallerContext callers;

    private record ClaimRef(String tenantId, String principal, String key) {
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null || !METHODS.contains(request.getMethod()) || callers.current().isEmpty()) {
            return;
        }
        if (!KEY.matcher(key).matches()) {
            request.abortWith(problem(Problem.of(400, "validation", "Bad Request",
                    "Idempotency-Key must be 1 to 255 visible ASCII characters")));
            return;
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        Caller caller = callers.get();
        String principal = caller.clientId() != null ? caller.clientId() + "/" + caller.subject() : caller.subject();
        ClaimRef ref = new ClaimRef(caller.tenantId(), principal, key);
        IdempotencyStore.Claim claim = store.claim(ref.tenantId(), ref.principal(), key,
                hash(request.getMethod(), request.getUriInfo().getPath(), body));
        if (claim instanceof IdempotencyStore.Claimed) {
            request.setProperty(CLAIM, ref);
        } else if (claim instanceof IdempotencyStore.Replay replay) {
            request.abortWith(replay(replay));
        } else if (claim instanceof IdempotencyStore.Mismatch) {
            request.abortWith(problem(Problem.of(422, "idempotency-key-reused", "Unprocessable Content",
                    "This Idempotency-Key was already used with a different request")));
        } else {
            request.abortWith(problem(Problem.of(409, "idempotency-in-flight", "Conflict",
                    "A request with this Idempotency-Key is still being processed; retry shortly")));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        ClaimRef ref = (ClaimRef) request.getProperty(CLAIM);
        if (ref == null) {
            return;
        }
        if (isTransient(response.getStatus())) {
            store.release(ref.tenantId(), ref.principal(), ref.key());
            request.removeProperty(CLAIM);
        } else if (!response.hasEntity()) {
            store.complete(ref.tenantId(), ref.principal(), ref.key(), response.getStatus(),
                    headers(response), new byte[0]);
            request.removeProperty(CLAIM);
        } else {
            // the body is only serialised after the filters: aroundWriteTo stores it
            request.setProperty(CLAIM + ".status", response.getStatus());
            request.setProperty(CLAIM + ".headers", headers(response));
        }
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        ClaimRef ref = (ClaimRef) context.getProperty(CLAIM);
        if (ref == null) {
            context.proceed();
            return;
        }
        OutputStream original = context.getOutputStream();
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        context.setOutputStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                original.write(b);
                copy.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                original.write(b, off, len);
                copy.write(b, off, len);
            }
        });
        context.proceed();
        int status = (Integer) context.getProperty(CLAIM + ".status");
        store.complete(ref.tenantId(), ref.principal(), ref.key(), status,
                (String) context.getProperty(CLAIM + ".headers"), copy.toByteArray());
    }

    private static String headers(ContainerResponseContext response) {
        StringBuilder sb = new StringBuilder();
        for (String name : REPLAYED_HEADERS) {
            String value = response.getHeaderString(name);
            if (value != null) {
                sb.append(name).append(": ").append(value).append('\n');
            }
        }
        return sb.toString();
    }

    private static Response replay(IdempotencyStore.Replay replay) {
        Response.ResponseBuilder b = Response.status(replay.status()).header("Idempotent-Replayed", "true");
        if (replay.headers() != null) {
            replay.headers().lines().forEach(line -> {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    b.header(line.substring(0, colon), line.substring(colon + 1).trim());
                }
            });
        }
        if (replay.body() != null && replay.body().length > 0) {
            b.entity(replay.body());
            if (replay.headers() == null || !replay.headers().contains("Content-Type:")) {
                b.type("application/json");
            }
        }
        return b.build();
    }

    private static Response problem(Problem p) {
        return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p.toJson()).build();
    }

    /**
     * Outcomes a retry may turn out differently: a concurrent change (409, 412), a rate limit (429), a failure or
     * an outage (5xx). They release the key instead of becoming its answer.
     */
    static boolean isTransient(int status) {
        return status == 409 || status == 412 || status == 429 || status >= 500;
    }

    private static String hash(String method, String path, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((method + " /" + path + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
