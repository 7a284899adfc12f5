package org.jiceng.platform.open311.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiceng.platform.casework.domain.CaseCategory;
import org.jiceng.platform.casework.domain.ServiceAttribute;
import org.jiceng.platform.casework.domain.ServiceDefinition;
import org.jiceng.platform.open311.application.Open311Gateway;
import org.jiceng.platform.shared.domain.RecordNotFound;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.domain.StateConflict;
import org.jiceng.platform.shared.security.AccessDenied;
import org.jiceng.platform.shared.security.CallerContext;
import org.jiceng.platform.shared.tenant.Tenant;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /open311/v2}: the Open311 GeoReport v2 gateway, in {@code .json} and {@code .xml}. {@code jurisdiction_id}
 * is the tenant's code. Reads need no key and show public fields only; {@code POST requests} needs an
 * {@code api_key} (see {@code /api/v1/open311-keys}). Errors are GeoReport error lists with 400, 403 or 404.
 */
@Path("open311/v2")
@Tag(name = "Open311", description = "Open311 GeoReport v2 gateway: categories as services, cases as service requests")
public class Open311Resource {
    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
    static final String CHANGESET = "2026-12-01T00:00:00Z";
    private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([^\\]]{1,60})\\](\\[\\])?");

    @Inject
    Open311Gateway gateway;
    @Inject
    CallerContext callers;
    @Context
    UriInfo uri;

    @GET
    @Path("discovery.{format: json|xml}")
    @Operation(operationId = "open311Discovery", summary = "GeoReport v2 discovery: where and how this endpoint serves")
    public Response discovery(@PathParam("format") String format) {
        return respond(format, "discovery", () -> {
            Map<String, Object> endpoint = new LinkedHashMap<>();
            endpoint.put("specification", SPECIFICATION);
            endpoint.put("url", uri.getBaseUriBuilder().path("open311/v2").build().toString());
            endpoint.put("changeset", CHANGESET);
            endpoint.put("type", "production");
            endpoint.put("formats", new Open311Writer.Items("format", List.of("text/xml", "application/json")));
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("changeset", CHANGESET);
            d.put("contact", "The district's platform team; jurisdiction_id is the tenant's code");
            d.put("key_service", "Ask the district's administrators for an api_key for your machine client");
            d.put("endpoints", new Open311Writer.Items("endpoint", List.of(endpoint)));
            return d;
        });
    }

    @GET
    @Path("services.{format: json|xml}")
    @Operation(operationId = "open311Services", summary = "The jurisdiction's services: its active case categories")
    public Response services(@PathParam("format") String format,
                             @QueryParam("jurisdiction_id") String jurisdiction) {
        return respond(format, "services", () -> {
            Tenant t = gateway.jurisdiction(jurisdiction);
            List<Object> services = new ArrayList<>();
            for (CaseCategory c : gateway.services(t)) {
                ServiceDefinition d = gateway.definition(c);
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("service_code", c.code());
                s.put("service_name", c.name());
                s.put("description", d.description() == null ? c.name() : d.description());
                s.put("metadata", d.hasAttributes());
                s.put("type", "realtime");
                s.put("keywords", String.join(",", d.keywords()));
                s.put("group", d.group());
                services.add(s);
            }
            return new Open311Writer.Items("service", services);
        });
    }

    @GET
    @Path("services/{code: [A-Za-z0-9_\\-]+}.{format: json|xml}")
    @Operation(operationId = "open311ServiceDefinition", summary = "A service's definition: the attributes it asks for")
    public Response definition(@PathParam("format") String format, @PathParam("code") String code,
                               @QueryParam("jurisdiction_id") String jurisdiction) {
        return respond(format, "service_definition", () -> {
            Tenant t = gateway.jurisdiction(jurisdiction);
            CaseCategory c = gateway.service(t, code);
            List<Object> attributes = new ArrayList<>();
            for (ServiceAttribute a : gateway.definition(c).attributes()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("variable", a.variable());
                m.put("code", a.code());
                m.put("datatype", a.datatype().open311());
                m.put("required", a.required());
                m.put("datatype_description", a.datatypeDescription());
                m.put("order", a.order());
                m.put("description", a.description());
                if (a.datatype().isList()) {
                    m.put("values", new Open311Writer.Items("value", a.values().stream().map(v -> {
                        Map<String, Object> value = new LinkedHashMap<>();
                        value.put("key", v.key());
                        value.put("name", v.name());
                        return value;
                    }).toList()));
                }
                attributes.add(m);
            }
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("service_code", c.code());
            d.put("attributes", new Open311Writer.Items("attribute", attributes));
            return d;
        });
    }

    @POST
    @Path("requests.{format: json|xml}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(operationId = "open311CreateRequest", summary = "File a service request (form-encoded, with api_key)",
            description = "Fields per GeoReport v2: api_key, jurisdiction_id, service_code, lat and long (WGS-84) or "
                    + "address_string, description, first_name, last_name, phone, account_id, media_url and "
                    + "attribute[code]. Without coordinates the request is placed at the jurisdiction's root for "
                    + "triage, and service_notice says so.")
    @APIResponse(responseCode = "201", description = "Filed; service_request_id is the case number")
    public Response create(@PathParam("format") String format, MultivaluedMap<String, String> form) {
        return respond(format, "service_requests", 201, () -> {
            Tenant t = gateway.jurisdiction(form.getFirst("jurisdiction_id"));
            if (callers.current().filter(c -> c.tenantId().equals(t.id())).isEmpty()) {
                throw new AccessDenied("a valid api_key of this jurisdiction is required");
            }
            Open311Gateway.Filed filed = gateway.submit(t, new Open311Gateway.Submission(
                    form.getFirst("service_code"), decimal(form, "lat"), decimal(form, "long"),
                    form.getFirst("address_string"), form.getFirst("description"), form.getFirst("account_id"),
                    form.getFirst("first_name"), form.getFirst("last_name"), form.getFirst("phone"),
                    form.getFirst("media_url"), attributes(form)));
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("service_request_id", filed.serviceRequestId());
            r.put("service_notice", filed.serviceNotice());
            r.put("account_id", form.getFirst("account_id"));
            return new Open311Writer.Items("request", List.of(r));
        });
    }

    @GET
    @Path("requests.{format: json|xml}")
    @Operation(operationId = "open311Requests", summary = "Service requests, newest first",
            description = "Filters per GeoReport v2: service_request_id (comma-separated; then no other filter "
                    + "applies but jurisdiction_id), service_code, status (open or closed), start_date and end_date "
                    + "(W3C); by default the last 90 days; at most 1,000 results. page and page_size (1-1000) page "
                    + "through more.")
    public Response requests(@PathParam("format") String format,
                             @QueryParam("jurisdiction_id") String jurisdiction,
                             @QueryParam("service_request_id") String ids,
                             @QueryParam("service_code") String serviceCode,
                             @QueryParam("status") String status,
                             @QueryParam("start_date") String start,
                             @QueryParam("end_date") String end,
                             @QueryParam("page") String page,
                             @Parameter(description = "1-1000, default 1000") @QueryParam("page_size") String pageSize) {
        return respond(format, "service_requests", () -> {
            Tenant t = gateway.jurisdiction(jurisdiction);
            List<String> wanted = ids == null || ids.isBlank() ? List.of()
                    : Arrays.stream(ids.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (wanted.size() > Open311Gateway.MAX_RESULTS) {
                throw new RuleViolation("service_request_id", "at most 1000 ids");
            }
            Boolean closed = status == null || status.isBlank() ? null : switch (status.strip()) {
                case "open" -> Boolean.FALSE;
                case "closed" -> Boolean.TRUE;
                default -> throw new RuleViolation("status", "open or closed");
            };
            int size = whole("page_size", pageSize, Open311Gateway.MAX_RESULTS, 1, Open311Gateway.MAX_RESULTS);
            int number = whole("page", page, 1, 1, 100_000);
            List<Open311Gateway.ServiceRequest> found = wanted.isEmpty()
                    ? gateway.requests(t, wanted, blankToNull(serviceCode), closed, time("start_date", start),
                    time("end_date", end), number, size)
                    : gateway.requests(t, wanted, null, null, null, null, 1, Open311Gateway.MAX_RESULTS);
            return new Open311Writer.Items("request", found.stream().map(Open311Resource::shape).toList());
        });
    }

    @GET
    @Path("requests/{id: [A-Za-z0-9_\\-]+}.{format: json|xml}")
    @Operation(operationId = "open311Request", summary = "One service request")
    public Response request(@PathParam("format") String format, @PathParam("id") String id,
                            @QueryParam("jurisdiction_id") String jurisdiction) {
        return respond(format, "service_requests", () -> new Open311Writer.Items("request",
                List.of(shape(gateway.request(gateway.jurisdiction(jurisdiction), id)))));
    }

    @GET
    @Path("tokens/{token: [A-Za-z0-9_\\-]+}.{format: json|xml}")
    @Operation(operationId = "open311Token", summary = "The service request id a token stands for")
    public Response token(@PathParam("format") String format, @PathParam("token") String token,
                          @QueryParam("jurisdiction_id") String jurisdiction) {
        return respond(format, "service_requests", () -> {
            Open311Gateway.ServiceRequest r = gateway.request(gateway.jurisdiction(jurisdiction), token);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("service_request_id", r.id());
            m.put("token", r.token());
            return new Open311Writer.Items("request", List.of(m));
        });
    }

    @GET
    @Path("servicerequestupdates.{format: json|xml}")
    @Operation(operationId = "open311ServiceRequestUpdates", summary = "Status changes of requests (the "
            + "servicerequestupdates extension of FixMyStreet), oldest first; the last day by default")
    public Response updates(@PathParam("format") String format,
                            @QueryParam("jurisdiction_id") String jurisdiction,
                            @QueryParam("start_date") String start,
                            @QueryParam("end_date") String end) {
        return respond(format, "service_request_updates", () -> {
            Tenant t = gateway.jurisdiction(jurisdiction);
            return new Open311Writer.Items("request_update", gateway.updates(t, time("start_date", start),
                    time("end_date", end)).stream().map(u -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("update_id", u.id());
                m.put("service_request_id", u.serviceRequestId());
                m.put("status", u.status());
                m.put("updated_datetime", u.at());
                m.put("description", u.description());
                return m;
            }).toList());
        });
    }

    private static Map<String, Object> shape(Open311Gateway.ServiceRequest r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service_request_id", r.id());
        m.put("status", r.status());
        m.put("status_notes", r.statusNotes());
        m.put("service_name", r.serviceName());
        m.put("service_code", r.serviceCode());
        m.put("description", r.description());
        m.put("agency_responsible", r.agencyResponsible());
        m.put("service_notice", null);
        m.put("requested_datetime", r.requestedAt());
        m.put("updated_datetime", r.updatedAt());
        m.put("expected_datetime", r.expectedAt());
        m.put("address", r.address());
        m.put("lat", r.lat());
        m.put("long", r.lon());
        return m;
    }

    private Response respond(String format, String root, Supplier<Object> body) {
        return respond(format, root, 200, body);
    }

    /** The document, or GeoReport errors in the same format: 400 bad input, 403 no or wrong key, 404 unknown. */
    private Response respond(String format, String root, int status, Supplier<Object> body) {
        boolean xml = "xml".equals(format);
        String type = (xml ? "text/xml" : "application/json") + "; charset=utf-8";
        try {
            return Response.status(status).type(type).entity(Open311Writer.write(xml, root, body.get())).build();
        } catch (RuleViolation e) {
            return Open311Errors.response(xml, 400, e.field() == null ? e.getMessage()
                    : e.field() + ": " + e.getMessage());
        } catch (StateConflict e) {
            return Open311Errors.response(xml, 400, e.getMessage());
        } catch (AccessDenied e) {
            return Open311Errors.response(xml, 403, e.getMessage());
        } catch (RecordNotFound e) {
            return Open311Errors.response(xml, 404, e.getMessage());
        }
    }

    private static Map<String, List<String>> attributes(MultivaluedMap<String, String> form) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        form.forEach((key, values) -> {
            Matcher m = ATTRIBUTE.matcher(key);
            if (m.matches()) {
                out.computeIfAbsent(m.group(1), k -> new ArrayList<>()).addAll(values);
            }
        });
        return out;
    }

    private static Double decimal(MultivaluedMap<String, String> form, String field) {
        String v = form.getFirst(field);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            double d = Double.parseDouble(v.strip());
            if (Double.isNaN(d) || Double.isInfinite(d) || Math.abs(d) > ("lat".equals(field) ? 90 : 180)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new RuleViolation(field, "decimal degrees (WGS-84)");
        }
    }

    private static OffsetDateTime time(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolation(field, "a W3C date and time with its offset, e.g. 2026-12-01T08:00:00+08:00");
        }
    }

    private static int whole(String field, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new RuleViolation(field, min + " to " + max);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
