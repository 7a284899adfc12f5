package org.jiceng.platform.grid.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiceng.platform.grid.application.GridImport;
import org.jiceng.platform.grid.application.GridImportResult;
import org.jiceng.platform.grid.application.GridService;
import org.jiceng.platform.grid.application.GridView;
import org.jiceng.platform.shared.domain.Slice;
import org.jiceng.platform.shared.api.Cursors;
import org.jiceng.platform.shared.api.ETags;
import org.jiceng.platform.shared.api.PageDto;
import org.jiceng.platform.shared.api.PageRequest;
import org.jiceng.platform.shared.api.Problem;
import org.jiceng.platform.shared.api.ProblemException;
import org.jiceng.platform.shared.api.RequiredFields;
import org.jiceng.platform.shared.security.CallerContext;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;

/** {@code /api/v1/grids}: the grid tree. Parses, validates the shape, delegates to {@link GridService}. */
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Grids", description = "The administrative grid tree: city → district → street → community → "
        + "grid / compound → building")
public class GridResource {
    private static final String NOT_FOUND = "No such node in the caller's tenant";

    @Inject
    GridService grids;
    @Inject
    GridImport gridImport;
    @Inject
    Cursors cursors;
    @Inject
    CallerContext callers;
    @Context
    UriInfo uri;

    @POST
    @Path("grids")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createGrid", summary = "Add a node to the tree",
            description = "The root (no parentId) is the tenant's CITY or DISTRICT carrying its division code. "
                    + "Below it each level appends a 3-digit segment to its parent's code. Accepts Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(ref = "Grid")))
    @APIResponse(responseCode = "404", description = "Parent not found",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Code taken, or root exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body too large",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(GridCreateRequest request,
                           @Parameter(description = "Makes retries safe (IETF Idempotency-Key)")
                           @HeaderParam("Idempotency-Key") String idempotencyKey) {
        RequiredFields.check(request).present("level", request.level()).present("code", request.code())
                .present("name", request.name()).maxLength("code", request.code(), 30)
                .maxLength("name", request.name(), 100).notNegative("population", request.population())
                .notNegative("households", request.households()).orFail();
        GridView view = grids.create(GridAssembler.toNewGrid(request));
        return Response.created(uri.getBaseUriBuilder().path("api/v1/grids").path(view.node().id()).build())
                .tag(ETags.of(view.node().version()))
                .entity(GridAssembler.toDto(view)).build();
    }

    @POST
    @Path("grids:import")
    @Consumes({GridFileReader.GEOJSON, MediaType.APPLICATION_JSON, "text/csv", GridFileReader.XLSX})
    @Operation(operationId = "importGrids", summary = "Import a grid file in one transaction, all or nothing",
            description = "A GeoJSON FeatureCollection (properties code, name, level, parentCode, population, "
                    + "households; geometry = boundary), a CSV (UTF-8 or GB18030; charset detected when not "
                    + "declared) or an .xlsx sheet whose header row names the columns (English or 编码, 名称, 层级, "
                    + "上级编码, 人口, 户数, 边界). Nodes are matched by code: new codes are created under their "
                    + "parent, known ones updated, so re-importing a file changes nothing. Any bad row refuses the "
                    + "whole file with 422, listing every bad row with its number (spreadsheet row, header = 1; "
                    + "GeoJSON feature, first = 1) and reason.")
    @APIResponse(responseCode = "200", description = "Imported",
            content = @Content(schema = @Schema(implementation = GridImportResult.class)))
    @APIResponse(responseCode = "415", description = "Not GeoJSON, CSV or .xlsx",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Bad rows; nothing was written",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public GridImportResult importFile(@Context HttpHeaders headers,
                                       @RequestBody(content = {
                                               @Content(mediaType = GridFileReader.GEOJSON),
                                               @Content(mediaType = "text/csv"),
                                               @Content(mediaType = GridFileReader.XLSX)}) byte[] body) {
        callers.get().require(org.jiceng.platform.shared.security.Permission.GRIDS_WRITE);
        if (body == null || body.length == 0) {
            throw new ProblemException(Problem.of(400, "validation", "Bad Request", "The grid file is empty"));
        }
        GridFileReader.Parsed parsed = GridFileReader.read(body, headers.getMediaType());
        return gridImport.run(parsed.rows(), parsed.errors());
    }

    @GET
    @Path("grids/{id}")
    @Operation(operationId = "getGrid", summary = "Read one node with its subtree roll-up")
    @APIResponse(responseCode = "200", description = "The node; ETag is its version",
            content = @Content(schema = @Schema(ref = "Grid")))
    @APIResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") String id) {
        return ok(grids.get(id));
    }

    @PATCH
    @Path("grids/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(operationId = "updateGrid", summary = "Change name, counts or boundary (JSON merge patch)",
            description = "RFC 7396 merge patch; `boundary: null` removes the boundary. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(ref = "Grid")))
    @APIResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match is not the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @RequestBody(content = @Content(mediaType = "application/merge-patch+json",
                                   schema = @Schema(ref = "GridPatch"))) byte[] body) {
        long expected = ETags.expectedVersion(ifMatch);
        JsonObject patch;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            patch = reader.readObject();
        }
        return ok(grids.update(id, expected, GridAssembler.toChanges(patch)));
    }

    @DELETE
    @Path("grids/{id}")
    @Operation(operationId = "deleteGrid", summary = "Delete a leaf node with nothing attached",
            description = "Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The node has children or attached records",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match is not the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        grids.delete(id, ETags.expectedVersion(ifMatch));
        return Response.noContent().build();
    }

    @POST
    @Path("grids/{id}:move")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "moveGrid", summary = "Move a node and its subtree under another parent",
            description = "The node keeps its 3-digit segment; its own and its subtree's codes are rewritten under "
                    + "the new parent's code. Moving below itself or a descendant is refused. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "Moved",
            content = @Content(schema = @Schema(ref = "Grid")))
    @APIResponse(responseCode = "404", description = "Node or new parent not found",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Cycle, level not allowed there, or code taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match is not the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response move(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         GridMoveRequest request) {
        RequiredFields.check(request).present("parentId", request.parentId()).orFail();
        return ok(grids.move(id, ETags.expectedVersion(ifMatch), request.parentId()));
    }

    @GET
    @Path("grids")
    @Operation(operationId = "listGrids", summary = "Children of a node (or the root), ordered by code")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(ref = "GridPage")))
    @APIResponse(responseCode = "404", description = "Parent not found",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageDto<GridDto> list(@Parameter(description = "Parent node; omit to get the tenant's root")
                                 @QueryParam("parentId") String parentId,
                                 @QueryParam("level") String level,
                                 @Parameter(description = "1-500, default 50") @QueryParam("limit") Integer limit,
                                 @QueryParam("cursor") String cursor) {
        String scope = "grids|children|" + parentId + "|" + level;
        PageRequest page = PageRequest.of(limit);
        return page(scope, grids.children(Optional.ofNullable(parentId), Optional.ofNullable(level),
                after(scope, cursor), page.limit()));
    }

    @GET
    @Path("grids/{id}/descendants")
    @Operation(operationId = "listGridDescendants", summary = "The whole subtree below a node, ordered by code")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(ref = "GridPage")))
    @APIResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageDto<GridDto> descendants(@PathParam("id") String id, @QueryParam("level") String level,
                                        @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        String scope = "grids|descendants|" + id + "|" + level;
        PageRequest page = PageRequest.of(limit);
        return page(scope, grids.descendants(id, Optional.ofNullable(level), after(scope, cursor), page.limit()));
    }

    @GET
    @Path("grids/{id}/ancestors")
    @Operation(operationId = "listGridAncestors", summary = "The chain from the root to a node's parent, root first")
    @APIResponse(responseCode = "200", description = "All ancestors in one page",
            content = @Content(schema = @Schema(ref = "GridPage")))
    @APIResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageDto<GridDto> ancestors(@PathParam("id") String id) {
        return new PageDto<>(grids.ancestors(id).stream().map(GridAssembler::toDto).toList(), null);
    }

    @GET
    @Path("grids:locate")
    @Operation(operationId = "locateGrid", summary = "The deepest node whose boundary contains a point",
            description = "Takes WGS-84 by default; crs=GCJ02 (AMap, Tencent) or BD09 (Baidu) points are converted "
                    + "to WGS-84 first.")
    @APIResponse(responseCode = "200", description = "The deepest containing node",
            content = @Content(schema = @Schema(ref = "Grid")))
    @APIResponse(responseCode = "404", description = "No node's boundary contains the point",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response locate(@QueryParam("lon") Double lon, @QueryParam("lat") Double lat,
                           @Parameter(schema = @Schema(enumeration = {"WGS84", "GCJ02", "BD09"}))
                           @QueryParam("crs") String crs) {
        RequiredFields.check(Boolean.TRUE).present("lon", lon).present("lat", lat).orFail();
        return ok(grids.locate(lon, lat, crs));
    }

    private String after(String scope, String cursor) {
        return cursor == null ? null : cursors.decode(callers.get().tenantId(), scope, cursor);
    }

    private PageDto<GridDto> page(String scope, Slice<GridView> slice) {
        List<GridDto> data = slice.items().stream().map(GridAssembler::toDto).toList();
        String next = slice.hasMore()
                ? cursors.encode(callers.get().tenantId(), scope, data.get(data.size() - 1).code()) : null;
        return new PageDto<>(data, next);
    }

    private static Response ok(GridView view) {
        return Response.ok(GridAssembler.toDto(view)).tag(ETags.of(view.node().version())).build();
    }

    /** OpenAPI shape of a page of grids. */
    @Schema(name = "GridPage")
    static final class GridPageSchema {
        public List<GridDto> data;
        @Schema(nullable = true, description = "Pass as cursor for the next page; null on the last page")
        public String nextCursor;
    }

    /** OpenAPI shape of the merge patch. */
    @Schema(name = "GridPatch", type = SchemaType.OBJECT)
    static final class GridPatchSchema {
        public String name;
        public Long population;
        public Long households;
        @Schema(nullable = true, description = "GeoJSON Polygon/MultiPolygon; null removes it")
        public Object boundary;
    }
}
