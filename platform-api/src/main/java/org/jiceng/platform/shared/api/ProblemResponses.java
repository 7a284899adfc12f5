package org.jiceng.platform.shared.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Declares the problem responses every operation can give, so that resources declare only their own: 400, 401
 * and 403 everywhere; 404 where the path names a record; 409 on every write; 412 and 428 where the operation takes
 * If-Match; 429 on the tenant API, which is rate limited. A response an operation declares itself is left as it is.
 * Applied by {@link PublishedDocument}.
 */
public class ProblemResponses implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, op) -> {
            boolean admin = path.startsWith("/admin/");
            declare(op, "400", "Invalid input: the problem's errors name each field");
            declare(op, "401", "Missing, invalid or expired token, or a suspended tenant");
            declare(op, "403", admin ? "Not a platform admin" : "The caller's roles do not allow this");
            if (path.contains("{")) {
                declare(op, "404", admin ? "No such tenant" : "Not found in the caller's tenant");
            }
            if (method != PathItem.HttpMethod.GET) {
                declare(op, "409", "Conflicts with the record's current state");
            }
            if (takesIfMatch(op)) {
                declare(op, "412", "If-Match is not the record's current version: re-read it and retry");
                declare(op, "428", "If-Match is required: send the record's ETag");
            }
            if (!admin) {
                declare(op, "429", "Rate limit exceeded: retry after the Retry-After header's seconds");
            }
        }));
    }

    /** Operations that change a versioned record take its ETag in If-Match. */
    static boolean takesIfMatch(Operation op) {
        return op.getParameters() != null && op.getParameters().stream().anyMatch(p -> "If-Match".equalsIgnoreCase(
                p.getName()) && p.getIn() == org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER);
    }

    private static void declare(Operation op, String code, String description) {
        APIResponses responses = op.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            op.setResponses(responses);
        }
        if (responses.hasAPIResponse(code)) {
            return;
        }
        APIResponse problem = OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("Problem"))));
        responses.addAPIResponse(code, problem);
    }
}
