package org.jiceng.platform.grid.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiceng.platform.grid.application.GridImport;
import org.jiceng.platform.grid.application.GridImportResult;
import org.jiceng.platform.shared.api.Problem;
import org.jiceng.platform.shared.api.ProblemException;
import org.jiceng.platform.shared.api.RequestIds;
import org.jiceng.platform.shared.audit.AccessLog;
import org.jiceng.platform.shared.audit.AccessLogEntry;
import org.jiceng.platform.shared.security.CallerContext;
import org.jiceng.platform.shared.security.PlatformAdmin;
import org.jiceng.platform.shared.tenant.Tenant;
import org.jiceng.platform.shared.tenant.AdministeredTenants;

/**
 * {@code /admin/v1/tenants/{code}/grids:import}: the grid file of a district being onboarded, imported by a platform
 * admin exactly as the tenant's own {@code grids:import} would, all or nothing.
 */
@Path("admin/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Platform administration")
public class TenantGridImportResource {
    @Inject
    GridImport gridImport;
    @Inject
    AdministeredTenants tenants;
    @Inject
    CallerContext callers;
    @Inject
    AccessLog accessLog;
    @Context
    HttpServletRequest http;

    @POST
    @Path("tenants/{code}/grids:import")
    @Consumes({GridFileReader.GEOJSON, MediaType.APPLICATION_JSON, "text/csv", GridFileReader.XLSX})
    @Operation(operationId = "importTenantGrids", summary = "Import an active tenant's grid file",
            description = "The same formats and rules as importGrids, for onboarding: nodes are matched by code, so "
                    + "importing the file again changes nothing; any bad row refuses the whole file with 422.")
    @APIResponse(responseCode = "200", description = "Imported",
            content = @Content(schema = @Schema(implementation = GridImportResult.class)))
    @APIResponse(responseCode = "404", description = "No such tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The tenant is suspended",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not GeoJSON, CSV or .xlsx",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Bad rows; nothing was written",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public GridImportResult importFile(@PathParam("code") String code, @Context HttpHeaders headers,
                                       @RequestBody(content = {
                                               @Content(mediaType = GridFileReader.GEOJSON),
                                               @Content(mediaType = "text/csv"),
                                               @Content(mediaType = GridFileReader.XLSX)}) byte[] body) {
        PlatformAdmin admin = callers.platformAdmin();
        Tenant tenant = tenants.active(code);
        if (body == null || body.length == 0) {
            throw new ProblemException(Problem.of(400, "validation", "Bad Request", "The grid file is empty"));
        }
        GridFileReader.Parsed parsed = GridFileReader.read(body, headers.getMediaType());
        GridImportResult result = gridImport.runFor(tenant, parsed.rows(), parsed.errors());
        accessLog.append(new AccessLogEntry(tenant.id(), admin.issuer(), admin.subject(), admin.clientId(),
                "grids.imported", "tenant", tenant.id(), null, "{\"created\":" + result.created() + ",\"updated\":"
                + result.updated() + "}", RequestIds.of(http)));
        return result;
    }
}
