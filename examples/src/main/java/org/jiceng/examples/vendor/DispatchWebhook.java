package org.jiceng.examples.vendor;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import org.jiceng.examples.Demo;
import org.jiceng.sdk.JicengClient;
import org.jiceng.sdk.cases.CaseCreateParams;
import org.jiceng.sdk.cases.CaseRecord;
import org.jiceng.sdk.core.Json;
import org.jiceng.sdk.grids.Grid;
import org.jiceng.sdk.webhooks.WebhookEndpoint;
import org.jiceng.sdk.webhooks.WebhookEndpointCreateParams;
import org.jiceng.sdk.webhooks.WebhookVerificationException;
import org.jiceng.sdk.webhooks.Webhooks;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A vendor's back end that learns of its cases by webhook instead of polling: it receives on a port of its own,
 * registers that URL for {@code case.dispatched}, files a resident's report, and is told — signed per Standard
 * Webhooks, verified with {@link Webhooks#verify} — when the district dispatches it. Receivers deduplicate on
 * {@code webhook-id}, since delivery is at least once.
 *
 * <p>Run against {@code jiceng-admin dev}, whose development setting lets the platform post to loopback over plain
 * http; a production endpoint is an https URL on a public address. The tenant's own machine client plays the
 * vendor here, and the district's dispatcher too.
 */
public final class DispatchWebhook {
    private DispatchWebhook() {
    }

    public static Map<String, Object> run(JicengClient client, PrintStream out) throws IOException,
            InterruptedException {
        CompletableFuture<JsonNode> dispatched = new CompletableFuture<>();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        String[] secret = new String[1];
        String[] caseId = new String[1];
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
        server.createContext("/jiceng/webhooks", exchange -> {
            try (exchange) {
                byte[] body = exchange.getRequestBody().readAllBytes();
                try {
                    Webhooks.verifyHeaders(body, exchange.getRequestHeaders(), secret[0]);
                } catch (WebhookVerificationException forged) {
                    exchange.sendResponseHeaders(400, -1);
                    return;
                }
                // at least once: the same webhook-id may come again after a lost answer
                if (seen.add(exchange.getRequestHeaders().getFirst("webhook-id"))) {
                    JsonNode event = Json.mapper().readTree(body);
                    if (event.path("subject").asText().equals("case/" + caseId[0])) {
                        dispatched.complete(event);
                    }
                }
                exchange.sendResponseHeaders(204, -1);
            }
        });
        server.start();
        WebhookEndpoint endpoint = null;
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/jiceng/webhooks";
            endpoint = client.webhookEndpoints().create(WebhookEndpointCreateParams.builder().url(url)
                    .eventTypes(List.of("case.dispatched")).description("居民端后台：派单通知").build());
            secret[0] = endpoint.secret().orElseThrow();
            out.println("  webhook endpoint " + url + " registered for case.dispatched");

            Grid district = Demo.district(client, "320571");
            Grid street = Demo.freshStreet(client, district, "示例·派单通知街道");
            CaseRecord filed = client.cases().report(CaseCreateParams.builder().title("小区北门路灯不亮")
                    .description("晚上出入看不清路").categoryCode("FACILITY_REPAIR").gridId(district.id())
                    .reporterExternalId("wx-openid-demo").build());
            caseId[0] = filed.id();
            out.println("  filed " + filed.number() + " for a resident");
            Instant dispatchedAt = Instant.now();
            CaseRecord accepted = client.cases().accept(filed, "受理");
            client.cases().dispatchToGrid(accepted, street.id(), "请街道处置");
            out.println("  the district accepted it and dispatched it to " + street.name());

            JsonNode event = dispatched.get(30, TimeUnit.SECONDS);
            long millis = Duration.between(dispatchedAt, Instant.now()).toMillis();
            out.println("  webhook " + event.path("type").asText() + " for " + event.path("data").path("number")
                    .asText() + " verified, " + millis + " ms after the dispatch");
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("eventType", event.path("type").asText());
            figures.put("status", event.path("data").path("status").asText());
            figures.put("caseNumber", event.path("data").path("number").asText());
            figures.put("verified", true);
            return figures;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("no verified case.dispatched webhook within 30 s", e);
        } finally {
            if (endpoint != null) {
                client.webhookEndpoints().delete(client.webhookEndpoints().retrieve(endpoint.id()));
            }
            server.stop(0);
        }
    }
}
