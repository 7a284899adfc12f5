package org.jiceng.admin.onboarding;

import org.jiceng.sdk.grids.GridFileFormat;

import java.util.List;
import java.util.Objects;

/**
 * Everything {@link Onboarder} needs to bring a district or city onto the platform.
 *
 * @param adminUser      username of the first tenant admin (a person, who logs in and changes the temporary password)
 * @param adminEmail     optional e-mail of that person
 * @param browserOrigins origins of a vendor's browser app; when not empty a public PKCE client is created for them
 *                       and CORS allows them
 * @param gridFile       optional grid file to import, with its format
 */
public record TenantSpec(String code, String name, String kind, String divisionCode, String adminUser,
                         String adminEmail, List<String> browserOrigins, byte[] gridFile, GridFileFormat gridFormat) {

    public TenantSpec {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(divisionCode, "divisionCode");
        browserOrigins = browserOrigins == null ? List.of() : List.copyOf(browserOrigins);
        if (gridFile != null) {
            Objects.requireNonNull(gridFormat, "gridFormat");
        }
    }

    /** The machine client created for the tenant (client-credentials grant, tenant-admin role). */
    public String machineClientId() {
        return code + "-admin";
    }

    public String browserClientId() {
        return code + "-web";
    }
}
