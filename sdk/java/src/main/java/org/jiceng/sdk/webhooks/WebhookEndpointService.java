package org.jiceng.sdk.webhooks;

import com.fasterxml.jackson.databind.JavaType;
import org.jiceng.sdk.ListParams;
import org.jiceng.sdk.Page;
import org.jiceng.sdk.RequestOptions;
import org.jiceng.sdk.core.ApiRequest;
import org.jiceng.sdk.core.HttpTransport;
import org.jiceng.sdk.core.Lists;

import java.time.Duration;
import java.util.Map;

/**
 * This client's webhook endpoints ({@code /api/v1/webhook-endpoints}), reached through
 * {@code client.webhookEndpoints()}: register where events are posted, rotate the signing secret, send a test
 * ping, and read or redo the delivery log. Receivers check each message with {@link Webhooks#verify}.
 */
public final class WebhookEndpointService {
    private static final String BASE = "/api/v1/webhook-endpoints";
    private static final JavaType PAGE = Lists.of(WebhookEndpoint.class);
    private static final JavaType DELIVERIES = Lists.of(WebhookDelivery.class);

    private final HttpTransport transport;

    public WebhookEndpointService(HttpTransport transport) {
        this.transport = transport;
    }

    /** Registers an endpoint; the answer's {@link WebhookEndpoint#secret()} is shown this once. */
    public WebhookEndpoint create(WebhookEndpointCreateParams params) {
        return create(params, RequestOptions.none());
    }

    public WebhookEndpoint create(WebhookEndpointCreateParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(BASE, params).creates(), options).as(WebhookEndpoint.class);
    }

    public WebhookEndpoint retrieve(String id) {
        return retrieve(id, RequestOptions.none());
    }

    public WebhookEndpoint retrieve(String id, RequestOptions options) {
        return transport.execute(ApiRequest.get(path(id)), options).as(WebhookEndpoint.class);
    }

    /** This client's endpoints (a tenant administrator's: every endpoint of the tenant). */
    public Page<WebhookEndpoint> list(ListParams params) {
        return list(params, RequestOptions.none());
    }

    public Page<WebhookEndpoint> list(ListParams params, RequestOptions options) {
        return Lists.page(transport, () -> ApiRequest.get(BASE), PAGE, params, options);
    }

    public WebhookEndpoint update(WebhookEndpoint current, WebhookEndpointUpdateParams params) {
        return update(current, params, RequestOptions.none());
    }

    public WebhookEndpoint update(WebhookEndpoint current, WebhookEndpointUpdateParams params,
                                  RequestOptions options) {
        return transport.execute(ApiRequest.patch(path(current.id()), params).ifMatch(current.version()), options)
                .as(WebhookEndpoint.class);
    }

    /** Removes the endpoint and its delivery log. */
    public void delete(WebhookEndpoint current) {
        delete(current, RequestOptions.none());
    }

    public void delete(WebhookEndpoint current, RequestOptions options) {
        transport.execute(ApiRequest.delete(path(current.id())).ifMatch(current.version()), options);
    }

    /** A new secret; the previous one keeps signing too for the platform's default overlap (24 h). */
    public WebhookEndpoint rotateSecret(WebhookEndpoint current) {
        return rotateSecret(current, null, RequestOptions.none());
    }

    /** A new secret; the previous one keeps signing too for {@code overlap} (zero: stops at once; at most 7 days). */
    public WebhookEndpoint rotateSecret(WebhookEndpoint current, Duration overlap) {
        return rotateSecret(current, overlap, RequestOptions.none());
    }

    public WebhookEndpoint rotateSecret(WebhookEndpoint current, Duration overlap, RequestOptions options) {
        Map<String, Object> body = overlap == null ? Map.of() : Map.of("overlapSeconds", overlap.getSeconds());
        return transport.execute(ApiRequest.post(path(current.id()) + ":rotate-secret", body)
                .ifMatch(current.version()), options).as(WebhookEndpoint.class);
    }

    /** Queues a test message ({@code webhook.ping}); its delivery shows the outcome within seconds. */
    public WebhookDelivery ping(String endpointId) {
        return ping(endpointId, RequestOptions.none());
    }

    public WebhookDelivery ping(String endpointId, RequestOptions options) {
        return transport.execute(ApiRequest.post(path(endpointId) + ":ping", Map.of()), options)
                .as(WebhookDelivery.class);
    }

    /** What was sent to the endpoint, newest first. */
    public Page<WebhookDelivery> listDeliveries(String endpointId, ListParams params) {
        return listDeliveries(endpointId, params, RequestOptions.none());
    }

    public Page<WebhookDelivery> listDeliveries(String endpointId, ListParams params, RequestOptions options) {
        return Lists.page(transport, () -> ApiRequest.get(path(endpointId) + "/deliveries"), DELIVERIES, params,
                options);
    }

    /** One delivery with every attempt ({@link WebhookDelivery#attemptLog()}). */
    public WebhookDelivery retrieveDelivery(String endpointId, String deliveryId) {
        return retrieveDelivery(endpointId, deliveryId, RequestOptions.none());
    }

    public WebhookDelivery retrieveDelivery(String endpointId, String deliveryId, RequestOptions options) {
        return transport.execute(ApiRequest.get(deliveryPath(endpointId, deliveryId)), options)
                .as(WebhookDelivery.class);
    }

    /** Sends a delivered or failed message again, now, with the same {@code webhook-id}. */
    public WebhookDelivery redeliver(String endpointId, String deliveryId) {
        return redeliver(endpointId, deliveryId, RequestOptions.none());
    }

    public WebhookDelivery redeliver(String endpointId, String deliveryId, RequestOptions options) {
        return transport.execute(ApiRequest.post(deliveryPath(endpointId, deliveryId) + ":redeliver", Map.of()),
                options).as(WebhookDelivery.class);
    }

    private static String path(String id) {
        return BASE + "/" + ApiRequest.segment(id);
    }

    private static String deliveryPath(String endpointId, String deliveryId) {
        return path(endpointId) + "/deliveries/" + ApiRequest.segment(deliveryId);
    }
}
