package org.jiceng.sdk.tenants;

import com.fasterxml.jackson.databind.JavaType;
import org.jiceng.sdk.ListParams;
import org.jiceng.sdk.Page;
import org.jiceng.sdk.RequestOptions;
import org.jiceng.sdk.core.ApiRequest;
import org.jiceng.sdk.core.HttpTransport;
import org.jiceng.sdk.core.Lists;
import org.jiceng.sdk.webhooks.WebhookEndpoint;

/**
 * A tenant's webhook endpoints, of every application ({@code /admin/v1/tenants/{code}/webhook-endpoints}), for
 * platform admins: see which receivers fail, stop deliveries to one and resume them. Endpoints belong to the
 * tenant's applications: this view carries no secret and shows a URL without its query. Reached through
 * {@code client.tenants().webhookEndpoints()}.
 */
public final class TenantWebhookEndpointService {
    private static final JavaType PAGE = Lists.of(WebhookEndpoint.class);

    private final HttpTransport transport;

    TenantWebhookEndpointService(HttpTransport transport) {
        this.transport = transport;
    }

    /** The tenant's endpoints, oldest first. */
    public Page<WebhookEndpoint> list(String code, ListParams params) {
        return list(code, params, RequestOptions.none());
    }

    public Page<WebhookEndpoint> list(String code, ListParams params, RequestOptions options) {
        return Lists.page(transport, () -> ApiRequest.get(path(code)), PAGE, params, options);
    }

    public WebhookEndpoint retrieve(String code, String id) {
        return retrieve(code, id, RequestOptions.none());
    }

    public WebhookEndpoint retrieve(String code, String id, RequestOptions options) {
        return transport.execute(ApiRequest.get(path(code) + "/" + ApiRequest.segment(id)), options)
                .as(WebhookEndpoint.class);
    }

    /**
     * Stops deliveries to the endpoint at the version read; its {@code disabledReason} says the platform's
     * administrators stopped it, and its owner may enable it again.
     */
    public WebhookEndpoint disable(String code, WebhookEndpoint current) {
        return disable(code, current, RequestOptions.none());
    }

    public WebhookEndpoint disable(String code, WebhookEndpoint current, RequestOptions options) {
        return transport.execute(ApiRequest.post(path(code) + "/" + ApiRequest.segment(current.id()) + ":disable",
                null).ifMatch(current.version()), options).as(WebhookEndpoint.class);
    }

    /** Resumes deliveries to the endpoint at the version read, clearing why it was disabled. */
    public WebhookEndpoint enable(String code, WebhookEndpoint current) {
        return enable(code, current, RequestOptions.none());
    }

    public WebhookEndpoint enable(String code, WebhookEndpoint current, RequestOptions options) {
        return transport.execute(ApiRequest.post(path(code) + "/" + ApiRequest.segment(current.id()) + ":enable",
                null).ifMatch(current.version()), options).as(WebhookEndpoint.class);
    }

    private static String path(String code) {
        return "/admin/v1/tenants/" + ApiRequest.segment(code) + "/webhook-endpoints";
    }
}
