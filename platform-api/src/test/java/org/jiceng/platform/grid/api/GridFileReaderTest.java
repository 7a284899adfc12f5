package org.jiceng.platform.grid.api;

import jakarta.ws.rs.core.MediaType;
import org.jiceng.platform.grid.application.GridRow;
import org.jiceng.platform.shared.domain.RowError;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GridFileReaderTest {
    private static final MediaType CSV = MediaType.valueOf("text/csv");

    @Test
    void chineseHeadersAndLevelsAreUnderstood() {
        GridFileReader.Parsed p = GridFileReader.read(("编码,名称,层级,上级编码,人口,户数\n"
                + "320571001,娄葑街道,街道,,\"12,500\",4000\n").getBytes(StandardCharsets.UTF_8), CSV);
        assertEquals(List.of(), p.errors());
        GridRow row = p.rows().get(0);
        assertEquals("STREET", row.level());
        assertEquals(12_500L, row.population());
        assertEquals(2, row.row(), "rows are numbered as the spreadsheet shows them");
        assertNull(row.parentCode());
    }

    @Test
    void gb18030IsDetectedWhenNoCharsetIsDeclaredAndAByteOrderMarkIsDropped() {
        String text = "code,name,level\n320571002,斜塘街道,STREET\n";
        assertEquals(text, GridFileReader.decode(text.getBytes(Charset.forName("GB18030")), null));
        assertEquals(text, GridFileReader.decode(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8), null));
        assertEquals(text, GridFileReader.decode(text.getBytes(Charset.forName("GBK")), "GBK"));
        assertThrows(RuleViolation.class, () -> GridFileReader.decode(new byte[]{1}, "no-such-charset"));
    }

    @Test
    void everyShapeErrorIsReportedWithItsRow() {
        GridFileReader.Parsed p = GridFileReader.read(("code,name,level,population\n"
                + ",无码,街道,\n320571003,,街道,\n320571004,唯亭,,\n32057100X,坏码,街道,\n320571005,负数,街道,-1\n"
                + ",,,\n320571006,好,街道,7\n").getBytes(StandardCharsets.UTF_8), CSV);
        assertEquals(List.of(new RowError(2, "code", "required"), new RowError(3, "name", "required"),
                new RowError(4, "level", "required")), p.errors().subList(0, 3));
        assertEquals(5, p.errors().get(3).row());
        assertEquals("population", p.errors().get(4).field());
        assertEquals(1, p.rows().size(), "blank rows are skipped, good rows kept");
        assertEquals(8, p.rows().get(0).row());
    }

    @Test
    void aTableWithoutTheRequiredColumnsOrAGeoJsonThatIsNoCollectionIsRefusedAsAWhole() {
        assertThrows(RuleViolation.class, () -> GridFileReader.read("name,level\nx,STREET\n"
                .getBytes(StandardCharsets.UTF_8), CSV));
        assertThrows(RuleViolation.class, () -> GridFileReader.read("".getBytes(StandardCharsets.UTF_8), CSV));
        assertThrows(RuleViolation.class, () -> GridFileReader.read("{\"type\":\"Feature\"}"
                .getBytes(StandardCharsets.UTF_8), MediaType.valueOf("application/geo+json")));
        assertThrows(RuleViolation.class, () -> GridFileReader.read("[1,2"
                .getBytes(StandardCharsets.UTF_8), MediaType.valueOf("application/geo+json")));
    }

    @Test
    void geoJsonFeaturesCarryTheirGeometryAsBoundary() {
        GridFileReader.Parsed p = GridFileReader.read(("{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"properties\":{\"code\":320571,\"name\":\"园区\",\"level\":\"DISTRICT\","
                + "\"population\":100},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,0]]]}},"
                + "{\"type\":\"Feature\",\"geometry\":null}]}").getBytes(StandardCharsets.UTF_8),
                MediaType.valueOf("application/geo+json"));
        assertEquals("320571", p.rows().get(0).code());
        assertEquals(100L, p.rows().get(0).population());
        assertEquals(true, p.rows().get(0).boundaryGeoJson().contains("Polygon"));
        assertEquals(new RowError(2, "properties", "each feature needs a properties object"), p.errors().get(0));
    }
}
