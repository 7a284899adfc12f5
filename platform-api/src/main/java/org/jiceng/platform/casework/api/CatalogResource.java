package org.jiceng.platform.casework.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiceng.platform.casework.application.CaseCatalog;
import org.jiceng.platform.casework.application.CategoryChanges;
import org.jiceng.platform.casework.domain.CaseCategory;
import org.jiceng.platform.casework.domain.Department;
import org.jiceng.platform.shared.api.Cursors;
import org.jiceng.platform.shared.api.ETags;
import org.jiceng.platform.shared.api.PageDto;
import org.jiceng.platform.shared.api.PageRequest;
import org.jiceng.platform.shared.api.Problem;
import org.jiceng.platform.shared.api.RequiredFields;
import org.jiceng.platform.shared.domain.Slice;
import org.jiceng.platform.shared.security.CallerContext;

import java.util.List;
import java.util.Optional;

/** {@code /api/v1/case-categories} and {@code /api/v1/departments}: what cases are about and who handles them. */
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Case catalogue", description = "Case categories with deadlines, and departments")
public class CatalogResource {
    @Inject
    CaseCatalog catalog;
    @Inject
    Cursors cursors;
    @Inject
    CallerContext callers;
    @Context
    UriInfo uri;

    @GET
    @Path("case-categories")
    @Operation(operationId = "listCaseCategories", summary = "The tenant's case categories, by code",
            description = "A tenant starts with the default set (parking, property management, elevator, noise, "
                    + "e-bike charging, street stalls, sanitation, illegal construction, water supply, neighbour "
                    + "dispute, facility repair, safety hazard, other).")
    @APIResponse(responseCode = "200", description = "All categories",
            content = @Content(schema = @Schema(ref = "CaseCategoryList")))
    public PageDto<CategoryDto> categories(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return cursors.pageOf(callers.get().tenantId(), "case-categories", catalog.categories(),
                c -> c.code(), CaseAssembler::toDto, cursor, org.jiceng.platform.shared.api.PageRequest.of(limit));
    }

    @POST
    @Path("case-categories")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCaseCategory", summary = "Add a category with its deadlines")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(ref = "CaseCategory")))
    @APIResponse(responseCode = "409", description = "Code taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response createCategory(CategoryCreateRequest r) {
        RequiredFields.check(r).present("code", r.code()).present("name", r.name()).present("normal", r.normal())
                .present("urgent", r.urgent()).present("emergency", r.emergency()).orFail();
        List<org.jiceng.platform.casework.domain.ServiceAttribute> attributes = CaseAssembler.toAttributes(
                r.attributes());
        CaseCategory c = catalog.createCategory(r.code(), r.name(), CaseAssembler.toDeadlines("normal", r.normal()),
                CaseAssembler.toDeadlines("urgent", r.urgent()), CaseAssembler.toDeadlines("emergency", r.emergency()),
                new org.jiceng.platform.casework.domain.ServiceDefinition(r.description(), r.group(), r.keywords(),
                        attributes));
        return Response.created(uri.getBaseUriBuilder().path("api/v1/case-categories").path(c.code()).build())
                .tag(ETags.of(c.version())).entity(CaseAssembler.toDto(c)).build();
    }

    @PATCH
    @Path("case-categories/{code}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(operationId = "updateCaseCategory", summary = "Rename, change deadlines, retire or revive",
            description = "Requires If-Match. A priority's deadlines are replaced as a whole.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(ref = "CaseCategory")))
    public Response updateCategory(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                   CategoryCreateRequest r) {
        long version = ETags.expectedVersion(ifMatch);
        RequiredFields.check(r).orFail();
        if (r.code() != null && !r.code().equals(code)) {
            throw new org.jiceng.platform.shared.domain.RuleViolation("code", "a category's code cannot change");
        }
        CaseCategory c = catalog.updateCategory(code, version, new CategoryChanges(Optional.ofNullable(r.name()),
                Optional.ofNullable(r.normal()).map(d -> CaseAssembler.toDeadlines("normal", d)),
                Optional.ofNullable(r.urgent()).map(d -> CaseAssembler.toDeadlines("urgent", d)),
                Optional.ofNullable(r.emergency()).map(d -> CaseAssembler.toDeadlines("emergency", d)),
                Optional.ofNullable(r.active()), Optional.ofNullable(r.description()), Optional.ofNullable(r.group()),
                Optional.ofNullable(r.keywords()), Optional.ofNullable(CaseAssembler.toAttributes(r.attributes()))));
        return Response.ok(CaseAssembler.toDto(c)).tag(ETags.of(c.version())).build();
    }

    @POST
    @Path("departments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createDepartment", summary = "Register a department or other handling unit")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(ref = "Department")))
    @APIResponse(responseCode = "409", description = "Code taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response createDepartment(DepartmentRequest r) {
        RequiredFields.check(r).present("code", r.code()).present("name", r.name()).orFail();
        Department d = catalog.createDepartment(r.code(), r.name(), r.kind());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/departments").path(d.id()).build())
                .tag(ETags.of(d.version())).entity(CaseAssembler.toDto(d)).build();
    }

    @GET
    @Path("departments")
    @Operation(operationId = "listDepartments", summary = "Departments, by code")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(ref = "DepartmentPage")))
    public PageDto<DepartmentDto> departments(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit);
        String tenant = callers.get().tenantId();
        String after = cursor == null ? null : cursors.decode(tenant, "departments", cursor);
        Slice<Department> slice = catalog.departments(after, page.limit());
        List<DepartmentDto> data = slice.items().stream().map(CaseAssembler::toDto).toList();
        return new PageDto<>(data, slice.hasMore()
                ? cursors.encode(tenant, "departments", data.get(data.size() - 1).code()) : null);
    }

    @GET
    @Path("departments/{id}")
    @Operation(operationId = "getDepartment", summary = "One department")
    @APIResponse(responseCode = "200", description = "The department",
            content = @Content(schema = @Schema(ref = "Department")))
    public Response department(@PathParam("id") String id) {
        Department d = catalog.department(id);
        return Response.ok(CaseAssembler.toDto(d)).tag(ETags.of(d.version())).build();
    }

    @PATCH
    @Path("departments/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(operationId = "updateDepartment", summary = "Rename, deactivate or reactivate",
            description = "Requires If-Match. Code and kind are fixed.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(ref = "Department")))
    public Response updateDepartment(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                     DepartmentRequest r) {
        long version = ETags.expectedVersion(ifMatch);
        RequiredFields.check(r).orFail();
        if (r.code() != null || r.kind() != null) {
            throw new org.jiceng.platform.shared.domain.RuleViolation(r.code() != null ? "code" : "kind",
                    "cannot be changed");
        }
        Department d = catalog.updateDepartment(id, version, Optional.ofNullable(r.name()),
                Optional.ofNullable(r.active()));
        return Response.ok(CaseAssembler.toDto(d)).tag(ETags.of(d.version())).build();
    }

    /** OpenAPI shape of the category list. */
    @Schema(name = "CaseCategoryList")
    static final class CategoryListSchema {
        public List<CategoryDto> data;
    }

    /** OpenAPI shape of a page of departments. */
    @Schema(name = "DepartmentPage")
    static final class DepartmentPageSchema {
        public List<DepartmentDto> data;
        @Schema(nullable = true)
        public String nextCursor;
    }
}
