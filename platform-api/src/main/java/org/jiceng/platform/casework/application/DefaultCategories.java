package org.jiceng.platform.casework.application;

import org.jiceng.platform.casework.domain.CaseCategory;
import org.jiceng.platform.casework.domain.Deadlines;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The catalogue a tenant starts with, drawn from what the seed districts handle most: parking, property management,
 * elevators, noise and square dancing, e-bike charging, stalls, sanitation, illegal building, water, neighbour
 * disputes, repairs, safety hazards. Hazards to life (elevators, e-bike charging in corridors, safety) get the
 * tightest deadlines, building and planning matters the longest.
 */
final class DefaultCategories {
    private static final Deadlines[] STANDARD = {new Deadlines(24, 24, 168), new Deadlines(4, 4, 72),
            new Deadlines(1, 1, 24)};
    private static final Deadlines[] TIGHT = {new Deadlines(12, 12, 72), new Deadlines(2, 2, 24),
            new Deadlines(1, 1, 4)};
    private static final Deadlines[] LONG = {new Deadlines(24, 48, 360), new Deadlines(8, 8, 168),
            new Deadlines(2, 2, 48)};

    private DefaultCategories() {
    }

    static List<CaseCategory> all(OffsetDateTime now) {
        return List.of(
                category("PARKING", "停车管理 Parking", STANDARD, now),
                category("PROPERTY_MANAGEMENT", "物业管理 Property management", STANDARD, now),
                category("ELEVATOR", "电梯 Elevator", TIGHT, now),
                category("NOISE", "噪音扰民 / 广场舞 Noise, square dancing", STANDARD, now),
                category("EBIKE_CHARGING", "电动车充电 E-bike charging", TIGHT, now),
                category("STREET_STALLS", "占道经营 Street stalls", STANDARD, now),
                category("SANITATION", "环境卫生 Sanitation", STANDARD, now),
                category("ILLEGAL_CONSTRUCTION", "违章搭建 Illegal construction", LONG, now),
                category("WATER_SUPPLY", "供水水压 Water supply and pressure", TIGHT, now),
                category("NEIGHBOUR_DISPUTE", "邻里纠纷 Neighbour dispute", STANDARD, now),
                category("FACILITY_REPAIR", "设施维修 Facility repair", STANDARD, now),
                category("SAFETY_HAZARD", "安全隐患 Safety hazard", TIGHT, now),
                category("OTHER", "其他 Other", STANDARD, now));
    }

    private static CaseCategory category(String code, String name, Deadlines[] d, OffsetDateTime now) {
        return new CaseCategory(code, name, d[0], d[1], d[2], now);
    }
}
