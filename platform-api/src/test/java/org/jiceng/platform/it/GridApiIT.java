package org.jiceng.platform.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.jiceng.platform.grid.domain.ChinaCoordinates;
import org.jiceng.sdk.JicengClient;
import org.jiceng.sdk.Page;
import org.jiceng.sdk.RequestOptions;
import org.jiceng.sdk.errors.BadRequestException;
import org.jiceng.sdk.errors.ConflictException;
import org.jiceng.sdk.errors.NotFoundException;
import org.jiceng.sdk.errors.PreconditionFailedException;
import org.jiceng.sdk.grids.Crs;
import org.jiceng.sdk.grids.Geometry;
import org.jiceng.sdk.grids.Grid;
import org.jiceng.sdk.grids.GridCreateParams;
import org.jiceng.sdk.grids.GridLevel;
import org.jiceng.sdk.grids.GridListParams;
import org.jiceng.sdk.grids.GridLocateParams;
import org.jiceng.sdk.grids.GridUpdateParams;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The grid tree end to end: through the SDK (and raw HTTP where the SDK cannot send bad input) against Payara
 * Micro, PostgreSQL and Keycloak. Two tenants: alpha (a district) and beta (a city).
 */
class GridApiIT extends AgainstPlatform {
    /** Street segments of this class start at 100; each test takes its own. */
    private static final AtomicInteger STREETS = new AtomicInteger(100);

    URL base;

    JicengClient alpha;
    JicengClient beta;
    Grid alphaRoot;
    Grid betaRoot;

    @BeforeEach
    void clients() {
        base = PlatformEnvironment.local(deployed);
        alpha = Tenants.client(base, PlatformEnvironment.ALPHA, "alpha-admin");
        beta = Tenants.client(base, PlatformEnvironment.BETA, "beta-admin");
        alphaRoot = Tenants.alphaRoot(alpha);
        betaRoot = Tenants.betaRoot(beta);
    }

    private Grid street(String name) {
        String code = alphaRoot.code() + String.format("%03d", STREETS.getAndIncrement());
        return alpha.grids().create(GridCreateParams.builder().parentId(alphaRoot.id()).level(GridLevel.STREET)
                .code(code).name(name).build());
    }

    private Grid child(Grid parent, GridLevel level, String segment, String name) {
        return alpha.grids().create(GridCreateParams.builder().parentId(parent.id()).level(level)
                .code(parent.code() + segment).name(name).build());
    }

    private String url(String path) {
        return base.toString() + path;
    }

    private String alphaToken() {
        return Tenants.token(PlatformEnvironment.ALPHA, "alpha-admin");
    }

    @Test
    void buildsTheTreeAndReadsItBack() {
        Grid street = street("娄葑街道");
        Grid community = child(street, GridLevel.COMMUNITY, "001", "凤凰城社区");
        Grid grid = child(community, GridLevel.GRID, "001", "第一网格");
        Grid compound = alpha.grids().create(GridCreateParams.builder().parentId(grid.id())
                .level(GridLevel.COMPOUND).code(grid.code() + "001").name("凤凰城一期").population(1200L)
                .households(400L).build());
        Grid building = alpha.grids().create(GridCreateParams.builder().parentId(compound.id())
                .level(GridLevel.BUILDING).code(compound.code() + "001").name("1栋").population(80L)
                .households(30L).build());
        Grid bigCompound = child(community, GridLevel.COMPOUND, "002", "凤凰城二期");
        Grid subGrid = child(bigCompound, GridLevel.GRID, "001", "二期南网格");

        assertEquals(alphaRoot.code() + "", street.code().substring(0, 6));
        assertEquals(street.code() + "001001001001", building.code());
        assertEquals(5, building.depth());
        assertEquals(GridLevel.GRID, subGrid.level());

        Grid read = alpha.grids().retrieve(community.id());
        assertEquals("凤凰城社区", read.name());
        assertEquals(street.id(), read.parentId().orElseThrow());
        assertEquals(1280, read.rollup().population(), "community rolls up compound + building");
        assertEquals(430, read.rollup().households());
        assertEquals(1200L, alpha.grids().retrieve(compound.id()).population().orElseThrow());

        List<String> children = alpha.grids().list(GridListParams.builder().parentId(community.id()).build())
                .data().stream().map(Grid::name).toList();
        assertEquals(List.of("第一网格", "凤凰城二期"), children);

        Page<Grid> firstPage = alpha.grids().descendants(street.id(), GridListParams.builder().limit(2).build());
        assertEquals(2, firstPage.data().size());
        assertTrue(firstPage.hasNextPage());
        List<String> all = firstPage.stream().map(Grid::code).toList();
        assertEquals(6, all.size());
        assertEquals(all.stream().sorted().toList(), all, "descendants come ordered by code");

        List<String> compounds = alpha.grids().descendants(street.id(),
                GridListParams.builder().level(GridLevel.COMPOUND).build()).stream().map(Grid::name).toList();
        assertEquals(List.of("凤凰城一期", "凤凰城二期"), compounds);

        List<String> ancestors = alpha.grids().ancestors(building.id()).stream().map(Grid::id).toList();
        assertEquals(List.of(alphaRoot.id(), street.id(), community.id(), grid.id(), compound.id()), ancestors);
    }

    @Test
    void enforcesLevelsAndCodes() {
        Grid street = street("Levels street");
        int before = alpha.grids().list(GridListParams.builder().parentId(street.id()).build()).data().size();

        assertField("code", () -> alpha.grids().create(GridCreateParams.builder().parentId(street.id())
                .level(GridLevel.COMMUNITY).code("999999001").name("wrong prefix").build()));
        assertField("code", () -> alpha.grids().create(GridCreateParams.builder().parentId(street.id())
                .level(GridLevel.COMMUNITY).code(street.code() + "01").name("two digits").build()));
        assertField("code", () -> alpha.grids().create(GridCreateParams.builder().parentId(street.id())
                .level(GridLevel.COMMUNITY).code(street.code() + "000").name("segment 000").build()));
        assertField("level", () -> alpha.grids().create(GridCreateParams.builder().parentId(street.id())
                .level(GridLevel.BUILDING).code(street.code() + "001").name("building under street").build()));
        assertField("level", () -> alpha.grids().create(GridCreateParams.builder().parentId(alphaRoot.id())
                .level(GridLevel.DISTRICT).code("320572").name("district in district").build()));
        assertField("parentId", () -> alpha.grids().create(GridCreateParams.builder()
                .level(GridLevel.STREET).code("320571001").name("street without parent").build()));
        assertThrows(ConflictException.class, () -> alpha.grids().create(GridCreateParams.builder()
                .level(GridLevel.DISTRICT).code("320571").name("second root").build()));

        Http.Reply unknownLevel = Http.json("POST", url("api/v1/grids"), alphaToken(),
                "{\"parentId\":\"" + street.id() + "\",\"level\":\"VILLAGE\",\"code\":\"" + street.code()
                        + "001\",\"name\":\"x\"}");
        assertProblem(unknownLevel, 400);
        assertTrue(unknownLevel.json().get("errors").get(0).get("message").asText().contains("COMMUNITY"));

        Grid community = child(street, GridLevel.COMMUNITY, "001", "Only community");
        assertThrows(ConflictException.class, () -> child(street, GridLevel.COMMUNITY, "001", "Same code"));
        assertEquals(before + 1,
                alpha.grids().list(GridListParams.builder().parentId(street.id()).build()).data().size(),
                "no rejected request wrote anything");
        assertEquals(community.id(), alpha.grids().list(GridListParams.builder().parentId(street.id()).build())
                .data().get(0).id());
    }

    @Test
    void cityTenantCodesItsDistricts() {
        String suffix = String.format("%02d", STREETS.getAndIncrement() % 80 + 10);
        assertField("code", () -> beta.grids().create(GridCreateParams.builder().parentId(betaRoot.id())
                .level(GridLevel.DISTRICT).code("320107").name("outside the city").build()));
        assertField("code", () -> beta.grids().create(GridCreateParams.builder().parentId(betaRoot.id())
                .level(GridLevel.DISTRICT).code("510100").name("the city itself").build()));
        Grid wuhou = beta.grids().create(GridCreateParams.builder().parentId(betaRoot.id())
                .level(GridLevel.DISTRICT).code("5101" + suffix).name("武侯区").build());
        Grid yulin = beta.grids().create(GridCreateParams.builder().parentId(wuhou.id()).level(GridLevel.STREET)
                .code(wuhou.code() + "001").name("玉林街道").build());
        assertEquals(wuhou.code() + "001", yulin.code());
        assertEquals(2, yulin.depth());
    }

    @Test
    void updatesNeedTheCurrentVersion() {
        Grid street = street("Old name");
        Grid renamed = alpha.grids().update(street, GridUpdateParams.builder().name("New name").population(10)
                .build());
        assertEquals("New name", renamed.name());
        assertEquals(10L, renamed.population().orElseThrow());
        assertTrue(renamed.version() > street.version());

        assertThrows(PreconditionFailedException.class,
                () -> alpha.grids().update(street, GridUpdateParams.builder().name("Lost update").build()));
        assertEquals("New name", alpha.grids().retrieve(street.id()).name());

        String token = alphaToken();
        Http.Reply noIfMatch = Http.send("PATCH", url("api/v1/grids/" + street.id()), token,
                "application/merge-patch+json", "{\"name\":\"x\"}".getBytes());
        assertProblem(noIfMatch, 428);
        Http.Reply stale = Http.send("PATCH", url("api/v1/grids/" + street.id()), token,
                "application/merge-patch+json", "{\"name\":\"x\"}".getBytes(), "If-Match", "\"" + street.version() + "\"");
        assertProblem(stale, 412);
        Http.Reply levelChange = Http.send("PATCH", url("api/v1/grids/" + street.id()), token,
                "application/merge-patch+json", "{\"level\":\"COMMUNITY\"}".getBytes(),
                "If-Match", "\"" + renamed.version() + "\"");
        assertProblem(levelChange, 400);
        Http.Reply get = Http.get(url("api/v1/grids/" + street.id()), token);
        assertEquals("\"" + renamed.version() + "\"", get.header("ETag").orElseThrow());

        Grid withBoundary = alpha.grids().update(renamed, GridUpdateParams.builder()
                .boundary(Geometry.rectangle(120.70, 31.28, 120.71, 31.29)).build());
        assertEquals("Polygon", withBoundary.boundary().orElseThrow().type());
        Grid cleared = alpha.grids().update(withBoundary, GridUpdateParams.builder().clearBoundary().build());
        assertTrue(cleared.boundary().isEmpty());
    }

    @Test
    void deletesOnlyEmptyLeaves() {
        Grid street = street("Delete street");
        Grid community = child(street, GridLevel.COMMUNITY, "001", "Leaf");
        Grid fresh = alpha.grids().retrieve(street.id());
        assertThrows(ConflictException.class, () -> alpha.grids().delete(fresh));
        Http.Reply noIfMatch = Http.send("DELETE", url("api/v1/grids/" + community.id()), alphaToken(), null, null);
        assertProblem(noIfMatch, 428);
        alpha.grids().delete(community);
        assertThrows(NotFoundException.class, () -> alpha.grids().retrieve(community.id()));
        alpha.grids().delete(alpha.grids().retrieve(street.id()));
        assertThrows(NotFoundException.class, () -> alpha.grids().retrieve(street.id()));
    }

    @Test
    void movesRewriteTheSubtreeAndRefuseCycles() {
        Grid from = street("From street");
        Grid to = street("To street");
        Grid community = child(from, GridLevel.COMMUNITY, "007", "Moving community");
        Grid grid = child(community, GridLevel.GRID, "001", "Moving grid");
        Grid compound = child(grid, GridLevel.COMPOUND, "001", "Moving compound");

        assertThrows(ConflictException.class, () -> alpha.grids().move(alpha.grids().retrieve(community.id()),
                compound.id()), "below its own descendant");
        assertThrows(ConflictException.class, () -> alpha.grids().move(alpha.grids().retrieve(community.id()),
                community.id()), "below itself");
        assertThrows(ConflictException.class, () -> alpha.grids().move(alpha.grids().retrieve(grid.id()),
                to.id()), "a GRID cannot hang below a STREET");
        assertThrows(PreconditionFailedException.class, () -> alpha.grids().move(community.id(),
                community.version() + 5, to.id(), RequestOptions.none()));

        Grid moved = alpha.grids().move(alpha.grids().retrieve(community.id()), to.id());
        assertEquals(to.code() + "007", moved.code());
        assertEquals(to.id(), moved.parentId().orElseThrow());
        assertEquals(to.code() + "007001001", alpha.grids().retrieve(compound.id()).code());
        assertEquals(List.of(alphaRoot.id(), to.id(), community.id(), grid.id()),
                alpha.grids().ancestors(compound.id()).stream().map(Grid::id).toList());
        assertTrue(alpha.grids().descendants(from.id(), GridListParams.none()).data().isEmpty());

        Http.Reply noIfMatch = Http.json("POST", url("api/v1/grids/" + community.id() + ":move"), alphaToken(),
                "{\"parentId\":\"" + from.id() + "\"}");
        assertProblem(noIfMatch, 428);
        Grid taken = child(from, GridLevel.COMMUNITY, "007", "Same segment");
        assertThrows(ConflictException.class, () -> alpha.grids().move(alpha.grids().retrieve(community.id()),
                from.id()), "the segment is taken under the new parent");
        assertEquals(from.code() + "007", alpha.grids().retrieve(taken.id()).code());
    }

    @Test
    void validatesBoundariesAndLocatesPointsInEveryCrs() {
        Grid street = street("Geo street");
        double lon0 = 120.60 + (STREETS.get() % 50) * 0.002;
        Grid withStreetBoundary = alpha.grids().update(street, GridUpdateParams.builder()
                .boundary(Geometry.rectangle(lon0, 31.20, lon0 + 0.0019, 31.26)).build());
        Grid community = alpha.grids().create(GridCreateParams.builder().parentId(street.id())
                .level(GridLevel.COMMUNITY).code(street.code() + "001").name("Geo community")
                .boundary(Geometry.rectangle(lon0, 31.20, lon0 + 0.0019, 31.23)).build());
        Grid grid = alpha.grids().create(GridCreateParams.builder().parentId(community.id())
                .level(GridLevel.GRID).code(community.code() + "001").name("Geo grid")
                .boundary(Geometry.rectangle(lon0, 31.20, lon0 + 0.001, 31.21)).build());

        double lon = lon0 + 0.0005;
        double lat = 31.205;
        assertEquals(grid.id(), locate(lon, lat, Crs.WGS84).orElseThrow().id());
        assertEquals(community.id(), locate(lon, 31.22, Crs.WGS84).orElseThrow().id());
        assertEquals(withStreetBoundary.id(), locate(lon, 31.25, Crs.WGS84).orElseThrow().id());
        double[] gcj = ChinaCoordinates.wgs84ToGcj02(lon, lat);
        assertTrue(Math.abs(gcj[0] - lon) > 0.001, "GCJ-02 is hundreds of metres off in Suzhou");
        assertEquals(grid.id(), locate(gcj[0], gcj[1], Crs.GCJ02).orElseThrow().id());
        double[] bd = ChinaCoordinates.gcj02ToBd09(gcj[0], gcj[1]);
        assertEquals(grid.id(), locate(bd[0], bd[1], Crs.BD09).orElseThrow().id());
        assertNotEquals(grid.id(), locate(gcj[0], gcj[1], Crs.WGS84).map(Grid::id).orElse(null),
                "an unconverted GCJ-02 point lands elsewhere");
        assertTrue(locate(10.0, 10.0, Crs.WGS84).isEmpty());

        String token = alphaToken();
        assertProblem(Http.get(url("api/v1/grids:locate?lon=200&lat=31"), token), 400);
        assertProblem(Http.get(url("api/v1/grids:locate?lon=120&lat=-91"), token), 400);
        assertProblem(Http.get(url("api/v1/grids:locate?lon=abc&lat=31"), token), 400);
        assertProblem(Http.get(url("api/v1/grids:locate?lat=31"), token), 400);
        assertProblem(Http.get(url("api/v1/grids:locate?lon=120&lat=31&crs=MARS"), token), 400);

        String bowtie = "{\"type\":\"Polygon\",\"coordinates\":[[[120,31],[121,32],[121,31],[120,32],[120,31]]]}";
        String point = "{\"type\":\"Point\",\"coordinates\":[120,31]}";
        String outOfRange = "{\"type\":\"Polygon\",\"coordinates\":[[[200,31],[201,31],[201,32],[200,31]]]}";
        String unclosed = "{\"type\":\"Polygon\",\"coordinates\":[[[120,31],[121,31],[121,32],[120,32]]]}";
        String garbage = "{\"type\":\"Polygon\",\"coordinates\":\"nope\"}";
        for (String bad : List.of(bowtie, point, outOfRange, unclosed, garbage)) {
            Http.Reply r = Http.json("POST", url("api/v1/grids"), token, "{\"parentId\":\"" + community.id()
                    + "\",\"level\":\"GRID\",\"code\":\"" + community.code() + "009\",\"name\":\"bad\",\"boundary\":"
                    + bad + "}");
            assertProblem(r, 400);
            assertEquals("boundary", r.json().get("errors").get(0).get("field").asText(), bad);
        }
        assertEquals(1, alpha.grids().list(GridListParams.builder().parentId(community.id()).build()).data().size(),
                "invalid boundaries wrote nothing");
    }

    private java.util.Optional<Grid> locate(double lon, double lat, Crs crs) {
        return alpha.grids().locate(GridLocateParams.builder().lon(lon).lat(lat).crs(crs).build());
    }

    @Test
    void refusesMalformedInputWithProblemDetails() {
        Grid street = street("Bad input street");
        String token = alphaToken();
        String grids = url("api/v1/grids");
        int before = alpha.grids().list(GridListParams.builder().parentId(street.id()).build()).data().size();

        assertProblem(Http.json("POST", grids, token, "{\"parentId\": \"" + street.id() + "\", \"level\": "), 400);
        assertProblem(Http.json("POST", grids, token, "[1,2,3]"), 400);
        assertProblem(Http.json("POST", grids, token, "{\"parentId\":\"" + street.id()
                + "\",\"level\":\"COMMUNITY\",\"code\":\"" + street.code() + "001\",\"name\":\"x\",\"population\":\"many\"}"), 400);
        assertProblem(Http.json("POST", grids, token, "{\"parentId\":\"" + street.id()
                + "\",\"level\":\"COMMUNITY\",\"code\":\"" + street.code() + "001\",\"name\":\"x\",\"popluation\":5}"), 400);
        Http.Reply missing = Http.json("POST", grids, token, "{\"parentId\":\"" + street.id() + "\"}");
        assertProblem(missing, 400);
        assertEquals(List.of("code", "level", "name"), fields(missing));
        assertProblem(Http.json("POST", grids, token, "{\"parentId\":\"" + street.id()
                + "\",\"level\":\"COMMUNITY\",\"code\":\"" + street.code() + "001\",\"name\":\"x\",\"households\":-1}"), 400);
        assertProblem(Http.send("POST", grids, token, "text/plain", "hello".getBytes()), 415);
        assertProblem(Http.json("POST", grids, token, "{}"), 400);
        byte[] huge = new byte[300 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        assertProblem(Http.send("POST", grids, token, "application/json", huge), 413);
        assertProblem(Http.get(grids + "?limit=0", token), 400);
        assertProblem(Http.get(grids + "?limit=501", token), 400);
        assertProblem(Http.get(grids + "?parentId=" + street.id() + "&cursor=garbage", token), 400);
        assertProblem(Http.get(grids + "?level=PLANET", token), 400);
        assertProblem(Http.get(url("api/v1/grids/not-a-uuid"), token), 404);
        assertProblem(Http.get(url("api/v1/nothing-here"), token), 404);
        assertProblem(Http.send("PUT", url("api/v1/grids/" + street.id()), token, "application/json", "{}".getBytes()),
                405);
        assertProblem(Http.send("PATCH", url("api/v1/grids/" + street.id()), token, "application/merge-patch+json",
                "{not json".getBytes(), "If-Match", "\"1\""), 400);
        assertProblem(Http.send("PATCH", url("api/v1/grids/" + street.id()), token, "application/merge-patch+json",
                "{}".getBytes(), "If-Match", "not-an-etag"), 400);
        assertEquals(before, alpha.grids().list(GridListParams.builder().parentId(street.id()).build()).data().size(),
                "nothing was written");
    }

    @Test
    void idempotencyKeysReplayAndRefuseReuse() {
        Grid street = street("Idempotent street");
        String token = alphaToken();
        String body = "{\"parentId\":\"" + street.id() + "\",\"level\":\"COMMUNITY\",\"code\":\"" + street.code()
                + "001\",\"name\":\"Once\"}";
        String key = "key-" + System.nanoTime();
        Http.Reply first = Http.json("POST", url("api/v1/grids"), token, body, "Idempotency-Key", key);
        assertEquals(201, first.status(), first.body());
        Http.Reply again = Http.json("POST", url("api/v1/grids"), token, body, "Idempotency-Key", key);
        assertEquals(201, again.status());
        assertEquals(first.json().get("id"), again.json().get("id"));
        assertEquals("true", again.header("Idempotent-Replayed").orElse(""));
        assertEquals(first.header("Location"), again.header("Location"));
        assertProblem(Http.json("POST", url("api/v1/grids"), token, body.replace("Once", "Twice"),
                "Idempotency-Key", key), 422);
        assertEquals(1, alpha.grids().list(GridListParams.builder().parentId(street.id()).build()).data().size());

        Grid viaSdk = alpha.grids().create(GridCreateParams.builder().parentId(street.id())
                .level(GridLevel.COMMUNITY).code(street.code() + "002").name("SDK key").build(),
                RequestOptions.builder().idempotencyKey("sdk-" + key).build());
        Grid retried = alpha.grids().create(GridCreateParams.builder().parentId(street.id())
                .level(GridLevel.COMMUNITY).code(street.code() + "002").name("SDK key").build(),
                RequestOptions.builder().idempotencyKey("sdk-" + key).build());
        assertEquals(viaSdk.id(), retried.id());

        Http.Reply otherTenant = Http.json("POST", url("api/v1/grids"),
                Tenants.token(PlatformEnvironment.BETA, "beta-admin"), body, "Idempotency-Key", key);
        assertProblem(otherTenant, 404);
    }

    @Test
    void anotherTenantsRecordsDoNotExist() {
        Grid street = street("Alpha only");
        Grid community = child(street, GridLevel.COMMUNITY, "001", "Alpha community");
        child(street, GridLevel.COMMUNITY, "002", "Alpha community 2");
        Grid betaDistrict = beta.grids().list(GridListParams.builder().parentId(betaRoot.id()).build()).data()
                .stream().findFirst().orElseGet(() -> beta.grids().create(GridCreateParams.builder()
                        .parentId(betaRoot.id()).level(GridLevel.DISTRICT).code("510199").name("Beta district")
                        .build()));

        assertThrows(NotFoundException.class, () -> beta.grids().retrieve(street.id()));
        assertThrows(NotFoundException.class, () -> beta.grids().list(GridListParams.builder()
                .parentId(street.id()).build()));
        assertThrows(NotFoundException.class, () -> beta.grids().descendants(street.id(), GridListParams.none()));
        assertThrows(NotFoundException.class, () -> beta.grids().ancestors(community.id()));
        assertThrows(NotFoundException.class, () -> beta.grids().update(street,
                GridUpdateParams.builder().name("hijacked").build()));
        assertThrows(NotFoundException.class, () -> beta.grids().delete(community));
        assertThrows(NotFoundException.class, () -> beta.grids().move(community, betaDistrict.id()));
        assertThrows(NotFoundException.class, () -> beta.grids().move(betaDistrict, street.id()));
        assertThrows(NotFoundException.class, () -> alpha.grids().move(community, betaDistrict.id()));
        assertThrows(NotFoundException.class, () -> beta.grids().create(GridCreateParams.builder()
                .parentId(street.id()).level(GridLevel.COMMUNITY).code(street.code() + "003").name("x").build()));
        assertEquals("Alpha only", alpha.grids().retrieve(street.id()).name());
        assertEquals(2, alpha.grids().list(GridListParams.builder().parentId(street.id()).build()).data().size());
        assertTrue(beta.grids().descendants(betaRoot.id(), GridListParams.none()).stream()
                .noneMatch(g -> g.code().startsWith(PlatformEnvironment.ALPHA_DIVISION)));

        Page<Grid> alphaPage = alpha.grids().list(GridListParams.builder().parentId(street.id()).limit(1).build());
        String alphaCursor = alphaPage.nextCursor().orElseThrow();
        String betaToken = Tenants.token(PlatformEnvironment.BETA, "beta-admin");
        Http.Reply stolen = Http.get(url("api/v1/grids?parentId=" + betaRoot.id() + "&cursor=" + alphaCursor), betaToken);
        Http.Reply forged = Http.get(url("api/v1/grids?parentId=" + betaRoot.id() + "&cursor=AAAA.BBBB"), betaToken);
        assertProblem(stolen, 400);
        assertEquals(forged.json().get("detail"), stolen.json().get("detail"),
                "another tenant's cursor is refused exactly like a forged one");
        Http.Reply otherQuery = Http.get(url("api/v1/grids/" + street.id() + "/descendants?cursor=" + alphaCursor),
                alphaToken());
        assertProblem(otherQuery, 400);

        Http.Reply missing = Http.get(url("api/v1/grids/" + java.util.UUID.randomUUID()), betaToken);
        Http.Reply foreign = Http.get(url("api/v1/grids/" + street.id()), betaToken);
        assertEquals(missing.status(), foreign.status());
        assertEquals(missing.json().get("title"), foreign.json().get("title"));
    }

    @Test
    void rowLevelSecurityAloneHidesOtherTenants() throws SQLException {
        street("RLS street");
        beta.grids().list(GridListParams.none());
        PlatformEnvironment.State env = PlatformEnvironment.state();
        try (Connection c = DriverManager.getConnection(env.db.jdbcUrl(), env.db.appUser(), env.db.appPassword());
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select rolsuper, rolbypassrls from pg_roles where rolname = current_user")) {
                rs.next();
                assertFalse(rs.getBoolean(1), "the application role is no superuser");
                assertFalse(rs.getBoolean(2), "the application role cannot bypass RLS");
            }
            assertEquals(0, count(s, "select count(*) from grid_node"), "no tenant set: nothing visible");
            c.setAutoCommit(false);
            s.execute("select set_config('app.tenant_id', 'alpha', true)");
            assertTrue(count(s, "select count(*) from grid_node") > 0);
            assertEquals(0, count(s, "select count(*) from grid_node where tenant_id <> 'alpha'"));
            assertTrue(count(s, "select count(*) from outbox_event where event_type = 'grid.created'") > 0,
                    "every change wrote its event");
            c.commit();
            s.execute("select set_config('app.tenant_id', 'beta', true)");
            assertEquals(0, count(s, "select count(*) from grid_node where tenant_id = 'alpha'"));
            SQLException refused = assertThrows(SQLException.class, () -> s.execute(
                    "insert into grid_node (tenant_id, id, level, code, name, depth, path, version, created_at, "
                            + "updated_at) values ('alpha', gen_random_uuid(), 'STREET', '320571999', 'smuggled', 1, "
                            + "'/x/', 1, now(), now())"));
            assertTrue(refused.getMessage().contains("row-level security"), refused.getMessage());
            c.rollback();
        }
    }

    /**
     * The schema can be distributed by tenant (Citus co-location) without redesign: every table holding tenant data
     * has row-level security forced on, its primary key and each of its foreign keys lead with {@code tenant_id}.
     */
    @Test
    void everyTenantTableIsKeyedByTenantFirstAndForcesRowLevelSecurity() throws SQLException {
        try (Connection c = PlatformEnvironment.state().superConnection(); Statement s = c.createStatement()) {
            List<String> tables = new java.util.ArrayList<>();
            try (ResultSet rs = s.executeQuery("select c.relname from pg_class c join pg_namespace n on "
                    + "n.oid = c.relnamespace join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' "
                    + "where n.nspname = 'public' and c.relkind = 'r' order by 1")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            assertTrue(tables.size() > 30, tables.toString());
            List<String> wrong = new java.util.ArrayList<>();
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("select c.relrowsecurity, c.relforcerowsecurity from pg_class c "
                        + "where c.relname = '" + table + "' and c.relnamespace = 'public'::regnamespace")) {
                    rs.next();
                    if (!rs.getBoolean(1) || !rs.getBoolean(2)) {
                        wrong.add(table + ": row-level security not forced");
                    }
                }
                try (ResultSet rs = s.executeQuery("select con.conname, con.contype, "
                        + "(select a.attname from pg_attribute a where a.attrelid = con.conrelid "
                        + "and a.attnum = con.conkey[1]) from pg_constraint con "
                        + "where con.conrelid = 'public." + table + "'::regclass and con.contype in ('p', 'f')")) {
                    boolean primary = false;
                    while (rs.next()) {
                        primary |= "p".equals(rs.getString(2));
                        if (!"tenant_id".equals(rs.getString(3))) {
                            wrong.add(table + "." + rs.getString(1) + " leads with " + rs.getString(3));
                        }
                    }
                    if (!primary) {
                        wrong.add(table + ": no primary key");
                    }
                }
            }
            assertEquals(List.of(), wrong);
        }
    }

    @Test
    void theConsoleTellsWhereToSignInAndNothingOfATenantThatDoesNotExist() {
        String console = base.toString().replaceAll("/+$", "") + "/console";
        Http.Reply alphaSignIn = Http.get(console + "/sign-in/" + PlatformEnvironment.ALPHA, null);
        assertEquals(200, alphaSignIn.status(), alphaSignIn.body());
        assertEquals(PlatformEnvironment.state().issuer(PlatformEnvironment.ALPHA),
                alphaSignIn.json().path("issuer").asText());
        assertEquals("jiceng-console", alphaSignIn.json().path("clientId").asText());
        assertEquals(200, Http.get(console + "/sign-in/platform", null).status());
        assertProblem(Http.get(console + "/sign-in/nosuchtenant", null), 404);
        // not a tenant code at all: not a public route, so refused like any unauthenticated request
        assertProblem(Http.get(console + "/sign-in/Not_A_Code", null), 401);

        Http.Reply page = Http.get(console + "/", null);
        assertEquals(200, page.status());
        String policy = page.header("Content-Security-Policy").orElseThrow();
        assertTrue(policy.contains("script-src 'self'") && policy.contains("frame-ancestors 'none'"), policy);
        assertEquals(303, Http.get(console, null).status());
        assertEquals(200, Http.get(console + "/lib/keycloak.min.js", null).status());
        assertProblem(Http.get(console + "/no-such-file.js", null), 404);
        assertTrue(Http.get(console + "/lib/../../WEB-INF/beans.xml", null).status() >= 400,
                "nothing outside the console's folder");
    }

    @Test
    void servesOpenApiAndHealth() {
        String server = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        Http.Reply openapi = Http.get(server + "/openapi", null, "Accept", "application/json");
        assertEquals(200, openapi.status());
        JsonNode doc = openapi.json();
        List<String> operationIds = doc.findValues("operationId").stream().map(JsonNode::asText).sorted().toList();
        assertTrue(operationIds.containsAll(List.of("createGrid", "deleteGrid", "getGrid", "importGrids",
                "listGridAncestors", "listGridDescendants", "listGrids", "locateGrid", "moveGrid", "updateGrid",
                "registerTenant", "reportCase", "acceptCase")), operationIds.toString());
        assertEquals(operationIds.size(), operationIds.stream().distinct().count(), "operationIds are unique");
        long operations = 0;
        for (JsonNode path : doc.get("paths")) {
            operations += List.of("get", "post", "patch", "delete", "put").stream().filter(path::has).count();
        }
        assertEquals(operations, operationIds.size(), "every operation has an operationId");
        assertTrue(doc.at("/components/schemas").has("Problem"));
        // Swagger UI, from the platform's own files, without a token, under a strict policy
        String ui = base.toString().replaceAll("/+$", "") + "/openapi-ui";
        Http.Reply uiRedirect = Http.get(ui, null);
        assertEquals(303, uiRedirect.status());
        Http.Reply page = Http.get(ui + "/", null);
        assertEquals(200, page.status(), page.body());
        assertTrue(page.body().contains("swagger-ui-bundle.js") && page.body().contains("jiceng-initializer.js"));
        assertTrue(page.header("Content-Security-Policy").orElseThrow().contains("script-src 'self'"));
        assertEquals(200, Http.get(ui + "/swagger-ui-bundle.js", null).status());
        assertEquals(404, Http.get(ui + "/no-such-file.js", null).status());
        // the document describes the wire: times are strings, and a response names its own schema
        JsonNode reportedAt = doc.at("/components/schemas/Case/properties/reportedAt");
        if (reportedAt.has("$ref")) {
            reportedAt = doc.at("/components/schemas/" + reportedAt.get("$ref").asText().replaceAll(".*/", ""));
        }
        assertEquals("string", reportedAt.path("type").asText(), reportedAt.toString());
        assertEquals("date-time", reportedAt.path("format").asText(), reportedAt.toString());
        JsonNode topicStats = doc.at("/paths/~1api~1v1~1topics:stats/get/responses/200/content/application~1json/schema");
        assertTrue(topicStats.at("/properties").has("topicsByStage"), "topics:stats is described as itself: "
                + topicStats);
        // maps carry their values' type; free-form objects are open, never objects without members
        assertEquals("number", doc.at("/components/schemas/CaseStatsGroup/properties/byStatus/additionalProperties/type")
                .asText(), doc.at("/components/schemas/CaseStatsGroup").toString());
        assertTrue(doc.at("/components/schemas/CloudEvent/properties/data/additionalProperties").isObject());
        for (JsonNode schema : doc.findParents("type")) {
            if ("object".equals(schema.path("type").asText()) && !schema.has("properties")
                    && !schema.has("additionalProperties") && !schema.has("$ref")) {
                throw new AssertionError("an object with no members: " + schema);
            }
        }
        for (JsonNode ref : doc.findValues("$ref")) {
            String name = ref.asText().substring(ref.asText().lastIndexOf('/') + 1);
            assertTrue(doc.at("/components/schemas").has(name), "no dangling $ref: " + ref.asText());
        }
        JsonNode establish = doc.at("/paths/~1api~1v1~1party-organizations~1{id}:move/post/responses");
        for (String code : List.of("400", "401", "403", "404", "409", "429")) {
            assertEquals("#/components/schemas/Problem", establish.at("/" + code + "/content/application~1problem+json"
                    + "/schema/$ref").asText(), code + " is a problem: " + establish);
        }
        java.util.Map<String, String> sdk = SdkCoverage.table();
        List<String> uncovered = operationIds.stream().filter(id -> !SdkCoverage.EXEMPT.contains(id))
                .filter(id -> !sdk.containsKey(id) || !SdkCoverage.exists(sdk.get(id))).toList();
        assertEquals(List.of(), uncovered, "every operation has its SDK method");
        assertEquals(List.of(), sdk.keySet().stream().filter(id -> !operationIds.contains(id)).toList(),
                "the table names only served operations");
        int versioned = 0;
        for (var path : (Iterable<java.util.Map.Entry<String, JsonNode>>) doc.get("paths")::fields) {
            for (var op : (Iterable<java.util.Map.Entry<String, JsonNode>>) path.getValue()::fields) {
                boolean ifMatch = java.util.stream.StreamSupport.stream(op.getValue().path("parameters").spliterator(),
                        false).anyMatch(p -> "If-Match".equalsIgnoreCase(p.path("name").asText()));
                if (ifMatch) {
                    versioned++;
                    for (String code : List.of("412", "428")) {
                        assertTrue(op.getValue().path("responses").has(code), op.getKey() + " " + path.getKey()
                                + " takes If-Match and declares " + code);
                    }
                }
            }
        }
        assertTrue(versioned > 10, "every case step, grid change and member link takes If-Match: " + versioned);
        Http.Reply ready = Http.get(server + "/health/ready", null);
        assertEquals(200, ready.status(), ready.body());
        assertEquals("UP", ready.json().get("status").asText());
        assertEquals(200, Http.get(server + "/health/live", null).status());
    }

    /**
     * The served contract against the last released one ({@code docs/openapi/released.json}): every operation that
     * changed in a way that breaks a client, or went away, belongs to a resource the changelog's Unreleased
     * "Breaking" section names.
     */
    @Test
    void breaksNoReleasedOperationWithoutAnnouncingIt() throws Exception {
        String server = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        String current = Http.get(server + "/openapi", null, "Accept", "application/json").body();
        java.nio.file.Path root = java.nio.file.Path.of("").toAbsolutePath().getParent();
        String released = java.nio.file.Files.readString(root.resolve("docs/openapi/released.json"));
        org.openapitools.openapidiff.core.model.ChangedOpenApi diff =
                org.openapitools.openapidiff.core.OpenApiCompare.fromContents(released, current);
        List<String> broken = new java.util.ArrayList<>();
        diff.getMissingEndpoints().forEach(e -> broken.add(e.getMethod() + " " + e.getPathUrl() + " (removed)"));
        diff.getChangedOperations().stream().filter(op -> op.isIncompatible())
                .forEach(op -> broken.add(op.getHttpMethod() + " " + op.getPathUrl()));
        String changelog = java.nio.file.Files.readString(root.resolve("CHANGELOG.md"));
        String unreleased = changelog.substring(changelog.indexOf("## Unreleased"));
        int end = unreleased.indexOf("\n## ", 3);
        unreleased = end < 0 ? unreleased : unreleased.substring(0, end);
        int breakingAt = unreleased.indexOf("### Breaking");
        String breaking = breakingAt < 0 ? "" : unreleased.substring(breakingAt, unreleased.indexOf("\n### ",
                breakingAt + 5) < 0 ? unreleased.length() : unreleased.indexOf("\n### ", breakingAt + 5));
        String announced = breaking;
        List<String> unannounced = broken.stream().filter(b -> !announced.contains(resource(b))).toList();
        assertEquals(List.of(), unannounced, "breaking changes the changelog does not announce; all broken: " + broken);
    }

    /** The resource an operation belongs to: its path's first segment after the version, e.g. party-members. */
    private static String resource(String operation) {
        String path = operation.substring(operation.indexOf(' ') + 1).replace(" (removed)", "");
        String[] segments = path.split("/");
        String resource = segments.length > 3 ? segments[3] : path;
        return resource.replaceAll(":.*$", "");
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void assertField(String field, org.junit.jupiter.api.function.Executable call) {
        BadRequestException e = assertThrows(BadRequestException.class, call);
        assertEquals(field, e.problem().errors().get(0).field(), e.getMessage());
        assertTrue(e.requestId().isPresent());
    }

    static void assertProblem(Http.Reply r, int status) {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType() + " " + r.body());
        JsonNode p = r.json();
        assertEquals(status, p.get("status").asInt());
        assertTrue(p.get("type").asText().startsWith("https://jiceng.org/problems/"));
        assertNull(p.get("stackTrace"));
        assertTrue(r.header("X-Request-Id").isPresent());
    }

    private static List<String> fields(Http.Reply r) {
        return java.util.stream.StreamSupport.stream(r.json().get("errors").spliterator(), false)
                .map(e -> e.get("field").asText()).sorted().distinct().collect(Collectors.toList());
    }
}
