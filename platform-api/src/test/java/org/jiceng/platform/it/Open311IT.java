package org.jiceng.platform.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jiceng.sdk.JicengClient;
import org.jiceng.sdk.ListParams;
import org.jiceng.sdk.cases.AttributeDatatype;
import org.jiceng.sdk.cases.CaseCategory;
import org.jiceng.sdk.cases.CaseCategoryCreateParams;
import org.jiceng.sdk.cases.CaseListParams;
import org.jiceng.sdk.cases.CaseRecord;
import org.jiceng.sdk.cases.ServiceAttribute;
import org.jiceng.sdk.cases.ServiceAttributeValue;
import org.jiceng.sdk.errors.BadRequestException;
import org.jiceng.sdk.errors.NotFoundException;
import org.jiceng.sdk.errors.PermissionDeniedException;
import org.jiceng.sdk.grids.Geometry;
import org.jiceng.sdk.grids.Grid;
import org.jiceng.sdk.grids.GridCreateParams;
import org.jiceng.sdk.grids.GridLevel;
import org.jiceng.sdk.open311.Open311Key;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Open311 GeoReport v2 gateway against the real platform, in JSON and XML: every response's fields are checked
 * against the specification's field lists (GeoReport v2 publishes no schema), a request filed with an api_key
 * becomes a case with its category, location, grid and attributes, and its closing shows as closed; keys, bad
 * input and another tenant's jurisdiction.
 */
class Open311IT extends AgainstPlatform {
    private static final AtomicInteger STREETS = new AtomicInteger(990);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** GeoReport v2's fields, per http://wiki.open311.org/GeoReport_v2 . */
    private static final Set<String> SERVICE = Set.of("service_code", "service_name", "description", "metadata",
            "type", "keywords", "group");
    private static final Set<String> REQUEST = Set.of("service_request_id", "status", "status_notes",
            "service_name", "service_code", "description", "agency_responsible", "service_notice",
            "requested_datetime", "updated_datetime", "expected_datetime", "address", "address_id", "zipcode",
            "lat", "long", "media_url");
    private static final Set<String> ATTRIBUTE = Set.of("variable", "code", "datatype", "required",
            "datatype_description", "order", "description", "values");

    URL base;
    JicengClient admin;
    JicengClient vendor;
    Grid street;
    double west;

    @BeforeEach
    void setUp() {
        base = PlatformEnvironment.local(deployed);
        admin = Tenants.client(base, PlatformEnvironment.ALPHA, "alpha-admin");
        vendor = Tenants.client(base, PlatformEnvironment.ALPHA, "alpha-vendor");
        Grid root = Tenants.alphaRoot(admin);
        int segment = STREETS.getAndIncrement();
        west = 140 + (segment - 990) * 0.5;
        street = admin.grids().create(GridCreateParams.builder().parentId(root.id()).level(GridLevel.STREET)
                .code(root.code() + segment).name("开放街道 " + segment)
                .boundary(Geometry.rectangle(west, 10, west + 0.2, 10.2)).build());
    }

    private CaseCategory poleCategory() {
        String code = "O311_POLE_" + System.nanoTime() % 1_000_000;
        CaseCategory.Deadlines d = CaseCategory.Deadlines.of(24, 24, 72);
        return admin.caseCategories().create(CaseCategoryCreateParams.builder().code(code).name("路灯不亮")
                .normal(d).urgent(CaseCategory.Deadlines.of(4, 4, 24)).emergency(CaseCategory.Deadlines.of(1, 1, 4))
                .description("路灯、景观灯不亮或闪烁").group("市政设施").keywords(List.of("路灯", "照明"))
                .attributes(List.of(
                        ServiceAttribute.builder().code("pole_number").variable(true)
                                .datatype(AttributeDatatype.STRING).required(true).description("灯杆上的编号")
                                .order(1).build(),
                        ServiceAttribute.builder().code("light_state").variable(true)
                                .datatype(AttributeDatatype.SINGLEVALUELIST).required(false)
                                .description("灯的状态").order(2).values(List.of(
                                        ServiceAttributeValue.builder().key("off").name("不亮").build(),
                                        ServiceAttributeValue.builder().key("flicker").name("闪烁").build()))
                                .build())).build());
    }

    private String url(String path) {
        return base + "open311/v2/" + path;
    }

    private static JsonNode json(Http.Reply r) {
        try {
            return JSON.readTree(r.body());
        } catch (java.io.IOException e) {
            throw new AssertionError(r.body(), e);
        }
    }

    private static Element xml(Http.Reply r) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(r.body().getBytes(
                    StandardCharsets.UTF_8)));
            return d.getDocumentElement();
        } catch (Exception e) {
            throw new AssertionError(r.body(), e);
        }
    }

    private static List<Element> children(Element e, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && (name == null || c.getTagName().equals(name))) {
                out.add(c);
            }
        }
        return out;
    }

    private static String text(Element e, String child) {
        List<Element> c = children(e, child);
        return c.isEmpty() ? null : c.get(0).getTextContent();
    }

    private static Set<String> names(JsonNode object) {
        Set<String> out = new HashSet<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }

    private static Set<String> names(Element e) {
        Set<String> out = new HashSet<>();
        children(e, null).forEach(c -> out.add(c.getTagName()));
        return out;
    }

    private static void fieldsWithin(Set<String> allowed, Set<String> actual, String what) {
        assertTrue(allowed.containsAll(actual), what + " has fields outside the specification: " + actual);
    }

    private Http.Reply post(String format, Map<String, List<String>> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((k, values) -> values.forEach(v -> body.append(body.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8))));
        return Http.send("POST", url("requests." + format), null, "application/x-www-form-urlencoded",
                body.toString().getBytes(StandardCharsets.UTF_8));
    }

    private Map<String, List<String>> form(String key, CaseCategory c) {
        Map<String, List<String>> f = new LinkedHashMap<>();
        f.put("api_key", List.of(key));
        f.put("jurisdiction_id", List.of(PlatformEnvironment.ALPHA));
        f.put("service_code", List.of(c.code()));
        f.put("lat", List.of("10.1"));
        f.put("long", List.of(Double.toString(west + 0.1)));
        f.put("description", List.of("北门第三根路灯不亮，请联系13800138000"));
        f.put("first_name", List.of("小明"));
        f.put("last_name", List.of("王"));
        f.put("phone", List.of("13800138000"));
        f.put("account_id", List.of("fms-user-42"));
        f.put("attribute[pole_number]", List.of("A-12"));
        f.put("attribute[light_state]", List.of("off"));
        return f;
    }

    @Test
    void discoveryServicesAndDefinitionsInJsonAndXml() {
        CaseCategory pole = poleCategory();
        JsonNode discovery = json(Http.get(url("discovery.json"), null));
        assertEquals("http://wiki.open311.org/GeoReport_v2", discovery.path("endpoints").get(0).path("specification")
                .asText());
        assertTrue(discovery.path("endpoints").get(0).path("formats").toString().contains("text/xml"));
        Element discoveryXml = xml(Http.get(url("discovery.xml"), null));
        assertEquals("discovery", discoveryXml.getTagName());
        assertEquals("text/xml", children(children(children(children(discoveryXml, "endpoints").get(0), "endpoint")
                .get(0), "formats").get(0), "format").get(0).getTextContent());

        Http.Reply servicesJson = Http.get(url("services.json?jurisdiction_id=alpha"), null);
        assertEquals(200, servicesJson.status());
        assertTrue(servicesJson.contentType().startsWith("application/json"));
        JsonNode mine = null;
        for (JsonNode s : json(servicesJson)) {
            fieldsWithin(SERVICE, names(s), "service");
            assertTrue(names(s).containsAll(Set.of("service_code", "service_name", "metadata", "type")));
            if (s.path("service_code").asText().equals(pole.code())) {
                mine = s;
            }
        }
        assertNotNull(mine, "the new category is a service");
        assertTrue(mine.path("metadata").asBoolean());
        assertEquals("市政设施", mine.path("group").asText());
        assertEquals("路灯,照明", mine.path("keywords").asText());
        assertEquals("realtime", mine.path("type").asText());

        Http.Reply servicesXml = Http.get(url("services.xml?jurisdiction_id=alpha"), null);
        assertTrue(servicesXml.contentType().startsWith("text/xml"));
        Element services = xml(servicesXml);
        assertEquals("services", services.getTagName());
        Element mineXml = children(services, "service").stream().filter(s -> pole.code().equals(text(s,
                "service_code"))).findFirst().orElseThrow();
        fieldsWithin(SERVICE, names(mineXml), "service");
        assertEquals("true", text(mineXml, "metadata"));

        JsonNode definition = json(Http.get(url("services/" + pole.code() + ".json?jurisdiction_id=alpha"), null));
        assertEquals(pole.code(), definition.path("service_code").asText());
        assertEquals(2, definition.path("attributes").size());
        JsonNode state = definition.path("attributes").get(1);
        fieldsWithin(ATTRIBUTE, names(state), "attribute");
        assertEquals("singlevaluelist", state.path("datatype").asText());
        assertEquals("off", state.path("values").get(0).path("key").asText());
        Element defXml = xml(Http.get(url("services/" + pole.code() + ".xml?jurisdiction_id=alpha"), null));
        assertEquals("service_definition", defXml.getTagName());
        List<Element> attributes = children(children(defXml, "attributes").get(0), "attribute");
        assertEquals(List.of("pole_number", "light_state"), attributes.stream().map(a -> text(a, "code")).toList());
        assertEquals("flicker", text(children(children(attributes.get(1), "values").get(0), "value").get(1), "key"));
    }

    @Test
    void aRequestFiledWithAKeyBecomesACaseAndItsClosingShowsAsClosed() {
        CaseCategory pole = poleCategory();
        Open311Key key = admin.open311Keys().issue("alpha-vendor");
        assertTrue(key.key().orElseThrow().startsWith("o311_"));
        assertFalse(admin.open311Keys().retrieve(key.id()).key().isPresent(), "the key is shown once");

        String since = java.time.OffsetDateTime.now().minusMinutes(1).withNano(0).toString();
        Http.Reply filed = post("json", form(key.key().get(), pole));
        assertEquals(201, filed.status(), filed.body());
        JsonNode answer = json(filed).get(0);
        String number = answer.path("service_request_id").asText();
        assertEquals("fms-user-42", answer.path("account_id").asText());

        CaseRecord c = admin.cases().list(CaseListParams.builder().gridId(street.id()).build()).stream()
                .filter(x -> x.number().equals(number)).findFirst().orElseThrow();
        assertEquals(pole.code(), c.categoryCode());
        assertEquals(street.id(), c.gridId(), "placed by its coordinates");
        assertEquals(Map.of("pole_number", List.of("A-12"), "light_state", List.of("off")), c.attributes());
        assertEquals("王小明", c.reporterName().orElseThrow(), "the contact kept as personal data");
        assertTrue(vendor.cases().retrieve(c.id()).number().equals(number), "the key's client reads what it filed");

        JsonNode open = json(Http.get(url("requests/" + number + ".json?jurisdiction_id=alpha"), null)).get(0);
        fieldsWithin(REQUEST, names(open), "request");
        assertEquals("open", open.path("status").asText());
        assertEquals(pole.code(), open.path("service_code").asText());
        assertEquals("路灯不亮", open.path("service_name").asText());
        assertFalse(open.toString().contains("13800138000") || open.toString().contains("小明"),
                "no personal data in public reads: " + open);
        assertEquals(10.1, open.path("lat").asDouble(), 1e-9);

        CaseRecord step = admin.cases().accept(c, "受理");
        step = admin.cases().dispatchToGrid(step, street.id(), "街道处置");
        step = admin.cases().acknowledge(step, null);
        step = admin.cases().resolve(step, "已更换灯泡");
        admin.cases().verify(step, true, "核查通过");

        Element closed = children(xml(Http.get(url("requests/" + number + ".xml?jurisdiction_id=alpha"), null)),
                "request").get(0);
        fieldsWithin(REQUEST, names(closed), "request");
        assertEquals("closed", text(closed, "status"));
        assertEquals("已更换灯泡", text(closed, "status_notes"));
        assertEquals(street.name(), text(closed, "agency_responsible"));

        JsonNode list = json(Http.get(url("requests.json?jurisdiction_id=alpha&status=closed&service_code="
                + pole.code()), null));
        assertEquals(1, list.size());
        assertEquals(0, json(Http.get(url("requests.json?jurisdiction_id=alpha&status=open&service_code="
                + pole.code()), null)).size());
        assertEquals(number, json(Http.get(url("requests.json?jurisdiction_id=alpha&service_request_id=" + number
                + ",NOPE-1"), null)).get(0).path("service_request_id").asText());
        assertEquals(number, json(Http.get(url("tokens/" + c.id() + ".json?jurisdiction_id=alpha"), null)).get(0)
                .path("service_request_id").asText());
        JsonNode updates = json(Http.get(url("servicerequestupdates.json?jurisdiction_id=alpha&start_date="
                + URLEncoder.encode(since, StandardCharsets.UTF_8)), null));
        List<String> statuses = new ArrayList<>();
        updates.forEach(u -> {
            if (u.path("service_request_id").asText().equals(number)) {
                statuses.add(u.path("status").asText());
            }
        });
        assertEquals("closed", statuses.get(statuses.size() - 1), "updates: " + statuses);

        // the same reads in XML
        Element listXml = xml(Http.get(url("requests.xml?jurisdiction_id=alpha&status=closed&service_code="
                + pole.code()), null));
        assertEquals("service_requests", listXml.getTagName());
        assertEquals(List.of(number), children(listXml, "request").stream().map(r -> text(r, "service_request_id"))
                .toList());
        fieldsWithin(REQUEST, names(children(listXml, "request").get(0)), "request");
        Element tokenXml = xml(Http.get(url("tokens/" + c.id() + ".xml?jurisdiction_id=alpha"), null));
        assertEquals(number, text(children(tokenXml, "request").get(0), "service_request_id"));
        assertEquals(c.id(), text(children(tokenXml, "request").get(0), "token"));
        Element updatesXml = xml(Http.get(url("servicerequestupdates.xml?jurisdiction_id=alpha&start_date="
                + URLEncoder.encode(since, StandardCharsets.UTF_8)), null));
        assertEquals("service_request_updates", updatesXml.getTagName());
        assertTrue(children(updatesXml, "request_update").stream().anyMatch(u -> number.equals(text(u,
                "service_request_id")) && "closed".equals(text(u, "status"))));

        admin.open311Keys().revoke(key.id());
        assertEquals(403, post("json", form(key.key().get(), pole)).status(), "a revoked key is refused");
    }

    @Test
    void aRequestWithOnlyAnAddressIsPlacedAtTheRootForTriageAndSaysSo() {
        CaseCategory pole = poleCategory();
        String key = admin.open311Keys().issue("alpha-vendor").key().orElseThrow();
        Map<String, List<String>> f = form(key, pole);
        f.remove("lat");
        f.remove("long");
        f.put("address_string", List.of("测试路 1 号"));
        Http.Reply r = post("xml", f);
        assertEquals(201, r.status(), r.body());
        Element request = children(xml(r), "request").get(0);
        assertTrue(text(request, "service_notice").contains("triage"), text(request, "service_notice"));
        String number = text(request, "service_request_id");
        CaseRecord c = admin.cases().list(CaseListParams.builder().categoryCode(pole.code()).build()).stream()
                .filter(x -> x.number().equals(number)).findFirst().orElseThrow();
        assertEquals(Tenants.alphaRoot(admin).id(), c.gridId());
    }

    @Test
    void missingOrWrongKeysAre403AndBadInputIs400InTheRequestsFormat() {
        CaseCategory pole = poleCategory();
        String key = admin.open311Keys().issue("alpha-vendor").key().orElseThrow();
        Map<String, List<String>> noKey = form(key, pole);
        noKey.remove("api_key");
        Http.Reply missing = post("json", noKey);
        assertEquals(403, missing.status());
        assertEquals(403, json(missing).get(0).path("code").asInt());
        Map<String, List<String>> wrong = form("o311_" + "0".repeat(64), pole);
        Element error = children(xml(post("xml", wrong)), "error").get(0);
        assertEquals("403", text(error, "code"));
        assertNotNull(text(error, "description"));

        Map<String, List<String>> noPole = form(key, pole);
        noPole.remove("attribute[pole_number]");
        assertEquals(400, post("json", noPole).status(), "a required attribute");
        Map<String, List<String>> badValue = form(key, pole);
        badValue.put("attribute[light_state]", List.of("broken"));
        assertEquals(400, post("json", badValue).status(), "a value outside the list");
        Map<String, List<String>> unknownAttribute = form(key, pole);
        unknownAttribute.put("attribute[colour]", List.of("red"));
        assertEquals(400, post("json", unknownAttribute).status());
        Map<String, List<String>> nowhere = form(key, pole);
        nowhere.remove("lat");
        nowhere.remove("long");
        assertEquals(400, post("json", nowhere).status(), "no location at all");
        Map<String, List<String>> badLat = form(key, pole);
        badLat.put("lat", List.of("north"));
        assertEquals(400, post("json", badLat).status());
        Map<String, List<String>> unknownService = form(key, pole);
        unknownService.put("service_code", List.of("NO_SUCH_SERVICE"));
        assertEquals(404, post("json", unknownService).status());

        assertEquals(404, Http.get(url("services/NO_SUCH_SERVICE.json?jurisdiction_id=alpha"), null).status());
        assertEquals(400, Http.get(url("services.json"), null).status(), "jurisdiction_id is required");
        assertEquals(404, Http.get(url("requests/ALPHA-1999-000001.json?jurisdiction_id=alpha"), null).status());
        for (String query : List.of("status=pending", "start_date=yesterday", "page_size=1001", "page=0",
                "start_date=2030-01-01T00:00:00Z")) {
            Http.Reply r = Http.get(url("requests.json?jurisdiction_id=alpha&" + query), null);
            assertEquals(400, r.status(), query + ": " + r.body());
            assertEquals(400, json(r).get(0).path("code").asInt());
        }
    }

    @Test
    void anotherTenantsJurisdictionAndKeyReachNothingOfThisOne() {
        CaseCategory pole = poleCategory();
        var issued = admin.open311Keys().issue("alpha-vendor");
        String key = issued.key().orElseThrow();
        Http.Reply filed = post("json", form(key, pole));
        String number = json(filed).get(0).path("service_request_id").asText();

        Map<String, List<String>> elsewhere = form(key, pole);
        elsewhere.put("jurisdiction_id", List.of(PlatformEnvironment.BETA));
        assertEquals(403, post("json", elsewhere).status(), "alpha's key is not beta's");
        assertEquals(404, Http.get(url("requests/" + number + ".json?jurisdiction_id=beta"), null).status());
        assertEquals(404, Http.get(url("services/" + pole.code() + ".json?jurisdiction_id=beta"), null).status());
        assertTrue(json(Http.get(url("requests.json?jurisdiction_id=beta&service_request_id=" + number), null))
                .isEmpty());
        assertEquals(404, Http.get(url("services.json?jurisdiction_id=nowhere"), null).status());

        JicengClient beta = Tenants.client(base, PlatformEnvironment.BETA, "beta-admin");
        String alphaKeyId = issued.id(); // this test's own key: others of the tenant may be revoked meanwhile
        assertThrows(NotFoundException.class, () -> beta.open311Keys().retrieve(alphaKeyId));
        assertTrue(beta.open311Keys().list(ListParams.none()).stream().noneMatch(k -> k.id().equals(alphaKeyId)));
        assertThrows(PermissionDeniedException.class, () -> vendor.open311Keys().issue("alpha-vendor"),
                "only administrators issue keys");
        assertThrows(BadRequestException.class, () -> admin.open311Keys().issue("not a client id!"));
        assertThrows(NotFoundException.class, () -> beta.open311Keys().revoke(alphaKeyId));
        assertThrows(NotFoundException.class, () -> admin.open311Keys().retrieve("not-an-id"));
        String token = Tenants.token(PlatformEnvironment.ALPHA, "alpha-admin");
        for (String query : List.of("?limit=0", "?cursor=forged")) {
            Http.Reply r = Http.get(base + "api/v1/open311-keys" + query, token);
            assertEquals(400, r.status(), query + ": " + r.body());
            assertTrue(r.contentType().startsWith("application/problem+json"));
        }
        Http.Reply malformed = Http.send("POST", base + "api/v1/open311-keys", token, "application/json",
                "{\"clientId\":".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, malformed.status(), malformed.body());
        assertTrue(admin.open311Keys().retrieve(alphaKeyId).active(), "another tenant's revoke changed nothing");
    }

    @Test
    void readsWithoutAKeyAreLimitedPerAddressInGeoReportsErrorFormat() throws Exception {
        // a source address of its own on the loopback network, so no other test's reads count against it
        String path = base.getPath() + "open311/v2/discovery.json";
        int firstRefused = -1;
        String refused = null;
        for (int i = 1; i <= 400 && firstRefused < 0; i++) {
            String reply = getFrom("127.0.0.3", path);
            if (reply.startsWith("HTTP/1.1 429")) {
                firstRefused = i;
                refused = reply;
            } else {
                assertTrue(reply.startsWith("HTTP/1.1 200"), reply);
            }
        }
        // 300 a minute, over a sliding minute: a run across a minute's edge may be let through a few more
        assertTrue(firstRefused > 290, "refused only past the limit: " + firstRefused);
        assertTrue(refused.toLowerCase(java.util.Locale.ROOT).contains("\r\nretry-after: "), refused);
        String body = refused.substring(refused.indexOf("\r\n\r\n") + 4);
        JsonNode error = JSON.readTree(body.substring(body.indexOf('['), body.lastIndexOf(']') + 1)); // chunked or not
        assertEquals(429, error.get(0).get("code").asInt(), refused);
        assertTrue(error.get(0).get("description").asText().contains("retry after"), refused);
        assertTrue(getFrom("127.0.0.3", base.getPath() + "open311/v2/discovery.xml").startsWith("HTTP/1.1 429"),
                "both formats");
        assertEquals(200, Http.get(url("discovery.json"), null).status(), "other addresses read on");
    }

    /** One GET over HTTP/1.1 from a chosen loopback address: the reply's status line, headers and body. */
    private String getFrom(String address, String path) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.bind(new java.net.InetSocketAddress(address, 0));
            socket.connect(new java.net.InetSocketAddress(base.getHost(), base.getPort()), 5_000);
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":"
                    + base.getPort() + "\r\nAccept: */*\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
