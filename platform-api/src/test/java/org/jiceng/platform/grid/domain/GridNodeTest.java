package org.jiceng.platform.grid.domain;

import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.domain.StateConflict;
import org.jiceng.platform.shared.domain.VersionMismatch;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GridNodeTest {
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-22T08:00:00Z");

    private final GridNode sip = GridNode.root("r", GridLevel.DISTRICT, "320571", "苏州工业园区", NOW);
    private final GridNode loufeng = sip.addChild("s1", GridLevel.STREET, "320571001", "娄葑街道", NOW);
    private final GridNode xietang = sip.addChild("s2", GridLevel.STREET, "320571002", "斜塘街道", NOW);
    private final GridNode fenghuang = loufeng.addChild("c1", GridLevel.COMMUNITY, "320571001001", "凤凰城社区", NOW);
    private final GridNode grid = fenghuang.addChild("g1", GridLevel.GRID, "320571001001001", "第一网格", NOW);
    private final GridNode compound = grid.addChild("k1", GridLevel.COMPOUND, "320571001001001001", "一期", NOW);

    @Test
    void childrenGetPathsDepthsAndCodes() {
        assertEquals("/r/s1/c1/g1/k1/", compound.path());
        assertEquals(4, compound.depth());
        assertEquals(List.of("r", "s1", "c1", "g1"), compound.ancestorIds());
    }

    @Test
    void levelsFollowTheTree() {
        assertThrows(RuleViolation.class, () -> loufeng.addChild("x", GridLevel.BUILDING, "320571001001", "x", NOW));
        assertThrows(RuleViolation.class, () -> sip.addChild("x", GridLevel.COMMUNITY, "320571003", "x", NOW));
        GridNode building = compound.addChild("b1", GridLevel.BUILDING, compound.code() + "001", "1栋", NOW);
        assertThrows(RuleViolation.class, () -> building.addChild("x", GridLevel.BUILDING,
                building.code() + "001", "x", NOW), "a building is always a leaf");
        GridNode big = fenghuang.addChild("k2", GridLevel.COMPOUND, "320571001001002", "二期", NOW);
        assertEquals(GridLevel.GRID, big.addChild("g2", GridLevel.GRID, big.code() + "001", "南", NOW).level(),
                "a large compound is split into grids");
        assertThrows(RuleViolation.class, () -> GridNode.root("x", GridLevel.STREET, "320571", "x", NOW));
    }

    @Test
    void codesAppendAThreeDigitSegment() {
        assertThrows(RuleViolation.class, () -> loufeng.addChild("x", GridLevel.COMMUNITY, "320571002001", "x", NOW));
        assertThrows(RuleViolation.class, () -> loufeng.addChild("x", GridLevel.COMMUNITY, "3205710010001", "x", NOW));
        assertThrows(RuleViolation.class, () -> loufeng.addChild("x", GridLevel.COMMUNITY, "320571001000", "x", NOW));
        assertThrows(RuleViolation.class, () -> loufeng.addChild("x", GridLevel.COMMUNITY, "32057100100a", "x", NOW));
        assertThrows(RuleViolation.class, () -> GridNode.root("x", GridLevel.DISTRICT, "32057", "x", NOW));
        assertThrows(RuleViolation.class, () -> GridNode.root("x", GridLevel.DISTRICT, "020571", "x", NOW));
    }

    @Test
    void districtsOfACityShareItsPrefix() {
        GridNode chengdu = GridNode.root("c", GridLevel.CITY, "510100", "成都市", NOW);
        assertEquals("510107", chengdu.addChild("w", GridLevel.DISTRICT, "510107", "武侯区", NOW).code());
        assertThrows(RuleViolation.class, () -> chengdu.addChild("x", GridLevel.DISTRICT, "510207", "x", NOW));
        assertThrows(RuleViolation.class, () -> chengdu.addChild("x", GridLevel.DISTRICT, "510100", "x", NOW));
        assertThrows(RuleViolation.class, () -> chengdu.addChild("x", GridLevel.DISTRICT, "510107001", "x", NOW));
        GridNode beijing = GridNode.root("b", GridLevel.CITY, "110000", "北京市", NOW);
        assertEquals("110105", beijing.addChild("cy", GridLevel.DISTRICT, "110105", "朝阳区", NOW).code());
        assertEquals("11", GridCodes.cityPrefix("110000"));
        assertEquals("5101", GridCodes.cityPrefix("510100"));
    }

    @Test
    void movesRewriteTheSubtree() {
        fenghuang.moveUnder(xietang, List.of(grid, compound), NOW);
        assertEquals("320571002001", fenghuang.code());
        assertEquals("320571002001001", grid.code());
        assertEquals("320571002001001001", compound.code());
        assertEquals("/r/s2/c1/g1/k1/", compound.path());
        assertEquals("s2", fenghuang.parentId().orElseThrow());
        assertEquals(4, compound.depth());
        assertEquals(2, compound.version(), "every moved node gets a new version");
    }

    @Test
    void movesRefuseCyclesRootsAndWrongLevels() {
        assertThrows(StateConflict.class, () -> fenghuang.moveUnder(grid, List.of(grid, compound), NOW));
        assertThrows(StateConflict.class, () -> fenghuang.moveUnder(fenghuang, List.of(), NOW));
        assertThrows(StateConflict.class, () -> sip.moveUnder(loufeng, List.of(), NOW));
        assertThrows(StateConflict.class, () -> grid.moveUnder(xietang, List.of(compound), NOW));
        assertEquals("320571001001", fenghuang.code(), "a refused move changes nothing");
    }

    @Test
    void staleVersionsAndBadValuesAreRefused() {
        assertThrows(VersionMismatch.class, () -> loufeng.requireVersion(7));
        assertThrows(RuleViolation.class, () -> loufeng.recordCounts(-1L, 0L));
        assertThrows(RuleViolation.class, () -> loufeng.rename(" "));
        assertThrows(RuleViolation.class, () -> loufeng.rename("x".repeat(101)));
    }
}
