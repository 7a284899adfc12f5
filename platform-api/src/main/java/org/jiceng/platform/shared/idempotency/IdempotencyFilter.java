package org.jiceng.platform.shared.idempotency;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import org.jiceng.platform.shared.api.Problem;
import org.jiceng.platform.shared.security.Caller;
import org.jiceng.platform.shared.security.CallerContext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} on POST, PUT, PATCH and DELETE (IETF httpapi draft). A request with a key runs in one
 * transaction that this filter opens: the key's claim, the change, its outbox event and the stored answer commit
 * together, once. A retry with the same key and body gets the first answer again ({@code Idempotent-Replayed: true});
 * the same key with another body gets 422; a retry arriving while the first still runs waits up to five seconds for
 * it, then replays its answer, or gets 409 with {@code Retry-After}. Transient outcomes (409, 412, 429, 5xx) roll
 * back with the claim, so the corrected retry runs; other refusals are remembered. Keys are scoped to the tenant
 * and the calling client.
 */
@Provider
@Priority(Priorities.USER)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {
    private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class.getName());
    public static final String HEADER = "Idempotency-Key";
    private static final java.util.Set<String> METHODS = java.util.Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Pattern KEY = Pattern.compile("^[\\x21-\\x7e]{1,255}$");
    private static final String CLAIM = IdempotencyFilter.class.getName() + ".claim";
    private static final List<String> REPLAYED_HEADERS = List.of("Content-Type", "Location", "ETag");

    @Inject
    IdempotencyStore store;
    @Inject
    CallerContext callers;
    @Resource
    UserTransaction transaction;
    @Context
    Providers providers;
    @Context
    jakarta.ws.rs.container.ResourceInfo resource;

    private record ClaimRef(String tenantId, String principal, String key, String requestHash) {
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
        ClaimRef ref = new ClaimRef(caller.tenantId(), principal, key,
                hash(request.getMethod(), request.getUriInfo().getPath(), withheld() ? new byte[0] : body));
        IdempotencyStore.Claim claim;
        try {
            transaction.begin();
            claim = store.claim(ref.tenantId(), ref.principal(), key, ref.requestHash());
        } catch (NotSupportedException | SystemException | RuntimeException e) {
            rollbackQuietly();
            throw new IllegalStateException("idempotency store unavailable", e);
        }
        if (claim instanceof IdempotencyStore.Claimed) {
            request.setProperty(CLAIM, ref); // the transaction stays open for the request's work
            return;
        }
        rollbackQuietly();
        if (claim instanceof IdempotencyStore.Replay replay) {
            request.abortWith(replay(replay));
        } else if (claim instanceof IdempotencyStore.Mismatch) {
            request.abortWith(problem(Problem.of(422, "idempotency-key-reused", "Unprocessable Content",
                    "This Idempotency-Key was already used with a different request")));
        } else {
            request.abortWith(Response.fromResponse(problem(Problem.of(409, "idempotency-in-flight", "Conflict",
                    "A request with this Idempotency-Key is still being processed; retry shortly")))
                    .header("Retry-After", "1").build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        ClaimRef ref = (ClaimRef) request.getProperty(CLAIM);
        if (ref == null) {
            return;
        }
        request.removeProperty(CLAIM);
        int status = response.getStatus();
        try {
            if (isTransient(status)) {
                transaction.rollback(); // the claim goes with the change: the retry runs
                return;
            }
            byte[] body = serialised(response);
            if (status >= 400 || transaction.getStatus() == Status.STATUS_MARKED_ROLLBACK) {
                // a refusal: nothing of the work stays, but the same request would be refused again
                transaction.rollback();
                store.remember(ref.tenantId(), ref.principal(), ref.key(), ref.requestHash(), status,
                        headers(response), body);
                return;
            }
            store.complete(ref.tenantId(), ref.principal(), ref.key(), status, headers(response), body);
            transaction.commit();
        } catch (RollbackException | HeuristicMixedException | HeuristicRollbackException | SystemException
                 | RuntimeException e) {
            rollbackQuietly();
            // the change did not commit (a deferred constraint, a serialisation failure, a lost connection)
            Problem p = org.jiceng.platform.shared.api.Problems.from(e).at("/" + request.getUriInfo().getPath());
            response.setStatus(p.status() >= 500 || p.status() == 412 ? 503 : p.status());
            response.getHeaders().putSingle("Content-Type", Problem.MEDIA_TYPE);
            response.getHeaders().putSingle("Retry-After", "1");
            response.getHeaders().remove("ETag");
            response.getHeaders().remove("Location");
            response.setEntity(p.toJson());
        }
    }

    private boolean withheld() {
        java.lang.reflect.Method m = resource == null ? null : resource.getResourceMethod();
        return m != null && m.isAnnotationPresent(WithheldBody.class);
    }

    /**
     * Outcomes a retry may turn out differently: a concurrent change (409, 412), a rate limit (429), a failure or
     * an outage (5xx). They roll back with the claim instead of becoming its answer.
     */
    static boolean isTransient(int status) {
        return status == 409 || status == 412 || status == 429 || status >= 500;
    }

    /** The response body as the client will receive it; the entity is replaced by those very bytes. */
    private byte[] serialised(ContainerResponseContext response) {
        if (!response.hasEntity()) {
            return new byte[0];
        }
        Object entity = response.getEntity();
        byte[] bytes;
        if (entity instanceof byte[] b) {
            bytes = b;
        } else if (entity instanceof String text) {
            bytes = text.getBytes(StandardCharsets.UTF_8);
        } else {
            Jsonb jsonb = providers.getContextResolver(Jsonb.class, MediaType.APPLICATION_JSON_TYPE)
                    .getContext(entity.getClass());
            bytes = jsonb.toJson(entity).getBytes(StandardCharsets.UTF_8);
            if (response.getMediaType() == null) {
                response.getHeaders().putSingle("Content-Type", MediaType.APPLICATION_JSON);
            }
        }
        response.setEntity(bytes);
        return bytes;
    }

    private void rollbackQuietly() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (SystemException | IllegalStateException | SecurityException e) {
            LOG.log(Level.WARNING, "could not roll back an idempotent request's transaction", e);
        }
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
