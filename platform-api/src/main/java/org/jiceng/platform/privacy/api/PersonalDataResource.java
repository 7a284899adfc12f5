package org.jiceng.platform.privacy.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiceng.platform.privacy.application.DataSubjectRequests;
import org.jiceng.platform.shared.api.Problem;
import org.jiceng.platform.shared.pii.DataSubject;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Data-subject requests: {@code /api/v1/me/personal-data} for a person (or the vendor's app acting for them), and
 * {@code /api/v1/personal-data:export|:erase} for a tenant admin answering a request about someone. Identifiers
 * travel in bodies, never in URLs, so they stay out of access logs.
 */
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Personal data", description = "Export and erasure of a person's data (PIPL arts. 44-47)")
public class PersonalDataResource {
    @Inject
    DataSubjectRequests requests;

    /** Who a tenant admin's request is about; any identifier given matches. */
    @Schema(name = "DataSubject")
    public record SubjectRequest(@Schema(description = "Token subject of the person's account") String subject,
                                 @Schema(description = "Id a vendor's app knows the resident by") String externalId,
                                 String phone,
                                 @Schema(description = "Resident ID number (matches Party records)") String idNumber) {
        DataSubject toSubject() {
            return new DataSubject(blank(subject), blank(externalId), Optional.empty(), blank(phone), blank(idNumber));
        }

        private static Optional<String> blank(String s) {
            return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
        }
    }

    /** Every record family's records about the person, personal data in clear. */
    @Schema(name = "PersonalDataExport")
    public record ExportDto(Map<String, List<Map<String, Object>>> records) {
    }

    /** How many records of each family were anonymised. */
    @Schema(name = "PersonalDataErasure")
    public record ErasureDto(@Schema(additionalProperties = Integer.class) Map<String, Integer> erased) {
    }

    @GET
    @Path("me/personal-data")
    @Operation(operationId = "exportMyPersonalData", summary = "What the tenant holds about me",
            description = "The caller's own cases and volunteer and Party records, with their personal data in "
                    + "clear. A vendor's app names the resident it acts for with externalId and sees only what it "
                    + "filed for them. Logged in the access log.")
    @APIResponse(responseCode = "200", description = "The records",
            content = @Content(schema = @Schema(ref = "PersonalDataExport")))
    @APIResponse(responseCode = "400", description = "A vendor's app without externalId",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ExportDto exportMine(@QueryParam("externalId") String externalId) {
        return new ExportDto(requests.export(requests.self(externalId)));
    }

    @POST
    @Path("me/personal-data:erase")
    @Operation(operationId = "eraseMyPersonalData", summary = "Erase my personal data",
            description = "Removes the caller's name, phone and identity from their records; the records stay, "
                    + "anonymised (a case's facts, a volunteer's services and points). Logged in the access log.")
    @APIResponse(responseCode = "200", description = "Erased",
            content = @Content(schema = @Schema(ref = "PersonalDataErasure")))
    public ErasureDto eraseMine(@QueryParam("externalId") String externalId) {
        return new ErasureDto(requests.erase(requests.self(externalId)));
    }

    @POST
    @Path("personal-data:export")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "exportPersonalData", summary = "What the tenant holds about a person (tenant admin)",
            description = "Answers a subject access request made to the tenant: the person's records in every "
                    + "family, found by any identifier given. Logged in the access log.")
    @APIResponse(responseCode = "200", description = "The records",
            content = @Content(schema = @Schema(ref = "PersonalDataExport")))
    @APIResponse(responseCode = "403", description = "Not a tenant admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ExportDto export(SubjectRequest r) {
        return new ExportDto(requests.export(requests.about(r == null ? new SubjectRequest(null, null, null, null)
                .toSubject() : r.toSubject())));
    }

    @POST
    @Path("personal-data:erase")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "erasePersonalData", summary = "Erase a person's personal data (tenant admin)",
            description = "Erases the person's personal data across every record family; the records stay, "
                    + "anonymised. Logged in the access log and announced by a personal-data.erased event that "
                    + "names nobody.")
    @APIResponse(responseCode = "200", description = "Erased",
            content = @Content(schema = @Schema(ref = "PersonalDataErasure")))
    @APIResponse(responseCode = "403", description = "Not a tenant admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ErasureDto erase(SubjectRequest r) {
        return new ErasureDto(requests.erase(requests.about(r == null ? new SubjectRequest(null, null, null, null)
                .toSubject() : r.toSubject())));
    }
}
