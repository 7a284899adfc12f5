package org.jiceng.admin.dev;

import org.jiceng.sdk.grids.GridLevel;

import java.util.List;

/**
 * A seed jurisdiction run as a demo tenant, with a slice of its real grid tree (division codes are the national
 * ones; street and community segments follow the national numbering).
 */
record DemoTenant(String code, String name, String kind, String divisionCode, List<Node> tree) {

    /** A grid node below the root: its parent's code, its own level, code and name. */
    record Node(String parentCode, GridLevel level, String code, String name, long population, long households) {
    }

    static List<DemoTenant> all() {
        return List.of(
                new DemoTenant("sip", "苏州工业园区", "DISTRICT", "320571", List.of(
                        new Node("320571", GridLevel.STREET, "320571001", "娄葑街道", 0, 0),
                        new Node("320571001", GridLevel.COMMUNITY, "320571001001", "凤凰城社区", 0, 0),
                        new Node("320571001001", GridLevel.COMPOUND, "320571001001001", "凤凰城小区", 6200, 2100),
                        new Node("320571", GridLevel.STREET, "320571002", "斜塘街道", 0, 0))),
                new DemoTenant("chengdu", "成都市", "CITY", "510100", List.of(
                        new Node("510100", GridLevel.DISTRICT, "510107", "武侯区", 0, 0),
                        new Node("510107", GridLevel.STREET, "510107001", "玉林街道", 0, 0),
                        new Node("510107001", GridLevel.COMMUNITY, "510107001001", "长寿苑社区", 0, 0),
                        new Node("510107001001", GridLevel.COMPOUND, "510107001001001", "长寿苑9号院", 860, 310),
                        new Node("510100", GridLevel.DISTRICT, "510116", "双流区", 0, 0))));
    }
}
