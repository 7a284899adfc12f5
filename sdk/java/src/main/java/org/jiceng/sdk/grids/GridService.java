package org.jiceng.sdk.grids;

import com.fasterxml.jackson.databind.JavaType;
import org.jiceng.sdk.Page;
import org.jiceng.sdk.RequestOptions;
import org.jiceng.sdk.core.ApiRequest;
import org.jiceng.sdk.core.ApiResponse;
import org.jiceng.sdk.core.HttpTransport;
import org.jiceng.sdk.core.Json;
import org.jiceng.sdk.core.ListResponse;
import org.jiceng.sdk.errors.NotFoundException;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The grid tree of the caller's tenant ({@code /api/v1/grids}). Reached through {@code client.grids()}.
 * Changes take the node's current version and send it as {@code If-Match}: a concurrent change makes them fail
 * with {@link org.jiceng.sdk.errors.PreconditionFailedException} instead of silently overwriting it.
 */
public final class GridService {
    private static final String BASE = "/api/v1/grids";
    private static final JavaType LIST = Json.mapper().getTypeFactory()
            .constructParametricType(ListResponse.class, Grid.class);

    private final HttpTransport transport;

    public GridService(HttpTransport transport) {
        this.transport = transport;
    }

    /** Creates a node; retried safely under one automatically generated {@code Idempotency-Key}. */
    public Grid create(GridCreateParams params) {
        return create(params, RequestOptions.none());
    }

    public Grid create(GridCreateParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(BASE, params).creates(), options).as(Grid.class);
    }

    /**
     * Imports a grid file in one transaction, all or nothing: new codes are created under their parents, known
     * codes updated, so importing the same file again changes nothing. A file with bad rows raises
     * {@link org.jiceng.sdk.errors.UnprocessableEntityException} whose problem lists every bad row.
     */
    public GridImportResult importFile(byte[] content, GridFileFormat format) {
        return importFile(content, format, RequestOptions.none());
    }

    public GridImportResult importFile(byte[] content, GridFileFormat format, RequestOptions options) {
        return transport.execute(ApiRequest.post(BASE + ":import", content).contentType(format.contentType()),
                options).as(GridImportResult.class);
    }

    /** Imports a .geojson, .csv or .xlsx file, its format taken from its extension. */
    public GridImportResult importFile(java.nio.file.Path file) {
        try {
            return importFile(java.nio.file.Files.readAllBytes(file), GridFileFormat.of(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot read " + file, e);
        }
    }

    public Grid retrieve(String id) {
        return retrieve(id, RequestOptions.none());
    }

    public Grid retrieve(String id, RequestOptions options) {
        return transport.execute(ApiRequest.get(path(id)), options).as(Grid.class);
    }

    /** Applies a merge patch to the node as it was when {@code current} was read. */
    public Grid update(Grid current, GridUpdateParams params) {
        return update(current.id(), current.version(), params, RequestOptions.none());
    }

    public Grid update(String id, long expectedVersion, GridUpdateParams params, RequestOptions options) {
        Map<String, Object> patch = params.toPatch();
        return transport.execute(ApiRequest.patch(path(id), patch).ifMatch(expectedVersion), options).as(Grid.class);
    }

    /** Deletes a leaf node to which nothing is attached. */
    public void delete(Grid current) {
        delete(current.id(), current.version(), RequestOptions.none());
    }

    public void delete(String id, long expectedVersion, RequestOptions options) {
        transport.execute(ApiRequest.delete(path(id)).ifMatch(expectedVersion), options);
    }

    /**
     * Moves the node (and its subtree) under another parent; the subtree's codes are rewritten under the new
     * parent's code.
     */
    public Grid move(Grid current, String newParentId) {
        return move(current.id(), current.version(), newParentId, RequestOptions.none());
    }

    public Grid move(String id, long expectedVersion, String newParentId, RequestOptions options) {
        return transport.execute(ApiRequest.post(path(id) + ":move", Map.of("parentId", newParentId))
                .ifMatch(expectedVersion), options).as(Grid.class);
    }

    /** Children of {@code parentId}, or the tenant's root when no parent is given; ordered by code. */
    public Page<Grid> list(GridListParams params) {
        return list(params, RequestOptions.none());
    }

    public Page<Grid> list(GridListParams params, RequestOptions options) {
        return page(params, cursor -> ApiRequest.get(BASE)
                .query("parentId", params.parentId().orElse(null)), options);
    }

    /** The whole subtree below a node (the node itself excluded), ordered by code; {@code parentId} is ignored. */
    public Page<Grid> descendants(String id, GridListParams params) {
        return descendants(id, params, RequestOptions.none());
    }

    public Page<Grid> descendants(String id, GridListParams params, RequestOptions options) {
        return page(params, cursor -> ApiRequest.get(path(id) + "/descendants"), options);
    }

    /** The chain from the root down to the node's parent, root first. */
    public Page<Grid> ancestors(String id) {
        return ancestors(id, RequestOptions.none());
    }

    public Page<Grid> ancestors(String id, RequestOptions options) {
        return page(GridListParams.none(), cursor -> ApiRequest.get(path(id) + "/ancestors"), options);
    }

    /** The deepest node whose boundary contains the point, if any. */
    public Optional<Grid> locate(GridLocateParams params) {
        return locate(params, RequestOptions.none());
    }

    public Optional<Grid> locate(GridLocateParams params, RequestOptions options) {
        ApiRequest request = ApiRequest.get(BASE + ":locate")
                .query("lon", params.lon()).query("lat", params.lat()).query("crs", params.crs());
        try {
            return Optional.of(transport.execute(request, options).as(Grid.class));
        } catch (NotFoundException noGridThere) {
            return Optional.empty();
        }
    }

    private Page<Grid> page(GridListParams params, Function<String, ApiRequest> request, RequestOptions options) {
        return fetch(params, params.cursor().orElse(null), request, options);
    }

    private Page<Grid> fetch(GridListParams params, String cursor, Function<String, ApiRequest> request,
                             RequestOptions options) {
        ApiRequest r = request.apply(cursor)
                .query("level", params.level().orElse(null))
                .query("limit", params.limit().orElse(null))
                .query("cursor", cursor);
        ApiResponse response = transport.execute(r, options);
        ListResponse<Grid> list = response.as(LIST);
        return new Page<>(list.data(), list.nextCursor(), next -> fetch(params, next, request, options));
    }

    private static String path(String id) {
        return BASE + "/" + ApiRequest.segment(id);
    }
}
