package org.jiceng.admin.dev;

import org.jiceng.admin.onboarding.TenantSpec;
import org.jiceng.sdk.grids.GridFileFormat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The five seed jurisdictions, run as demo tenants with their real division codes and a slice of their grid tree
 * (the streets, communities and compounds the seed articles name), each imported from {@code /seeds/<code>.csv}.
 */
record DemoTenant(String code, String name, String kind, String divisionCode) {

    static List<DemoTenant> all() {
        return List.of(
                new DemoTenant("sip", "苏州工业园区", "DISTRICT", "320571"),
                new DemoTenant("tianxin", "长沙市天心区", "DISTRICT", "430103"),
                new DemoTenant("dujiangyan", "都江堰市", "DISTRICT", "510181"),
                new DemoTenant("chengdu", "成都市", "CITY", "510100"),
                new DemoTenant("beijing", "北京市", "CITY", "110000"));
    }

    /** What onboarding this demo tenant takes: an admin person, a browser client for a local front end, its grids. */
    TenantSpec spec() {
        return new TenantSpec(code, name, kind, divisionCode, "admin", null, List.of("http://localhost:5173"),
                gridFile(), GridFileFormat.CSV_DETECT);
    }

    byte[] gridFile() {
        try (InputStream in = DemoTenant.class.getResourceAsStream("/seeds/" + code + ".csv")) {
            if (in == null) {
                throw new IllegalStateException("missing grid file /seeds/" + code + ".csv");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
