package org.jiceng.platform.shared.config;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the platform refuses to start with in production: each mistake here silently loses data or opens the
 * walls later (personal data sealed under a throwaway key, cursors that stop working at a restart, an application
 * role that row-level security does not bind, tokens from a realm reached over plain http).
 */
public final class StartupChecks {
    /** The facts the checks look at: the settings, and the application role's attributes read from PostgreSQL. */
    public record Facts(boolean production, boolean httpIssuersAllowed, Optional<String> piiMasterKey,
                        Optional<String> cursorSecret, Optional<String> platformIssuer, boolean appRoleSuperuser,
                        boolean appRoleBypassesRls) {
    }

    private StartupChecks() {
    }

    /** Every reason not to start, each naming the setting to fix; empty when the platform may start. */
    public static List<String> problems(Facts f) {
        List<String> problems = new ArrayList<>();
        if (f.appRoleSuperuser() || f.appRoleBypassesRls()) {
            // always refused, dev too: with it, row-level security protects nothing
            problems.add("the application role (jiceng.db.app-user) is a superuser or has BYPASSRLS: row-level "
                    + "security would not separate tenants; give it NOSUPERUSER NOBYPASSRLS");
        }
        f.piiMasterKey().ifPresent(k -> {
            if (!isKey(k)) {
                problems.add("jiceng.pii.master-key must be 16 bytes, base64-encoded");
            }
        });
        if (f.production()) {
            if (f.piiMasterKey().isEmpty()) {
                problems.add("jiceng.pii.master-key is not set: personal data could not be read after a restart; "
                        + "set the same 16-byte base64 key on every instance");
            }
            if (f.cursorSecret().isEmpty()) {
                problems.add("jiceng.cursor.secret is not set: pagination cursors would break at every restart "
                        + "and differ between instances; set the same random value on every instance");
            }
        }
        if (!f.httpIssuersAllowed() && f.platformIssuer().map(StartupChecks::isHttp).orElse(false)) {
            problems.add("jiceng.platform.issuer is a plain http URL; use https (or jiceng.profile=dev locally)");
        }
        return problems;
    }

    private static boolean isKey(String base64) {
        try {
            return java.util.Base64.getDecoder().decode(base64.strip()).length == 16;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isHttp(String url) {
        try {
            return "http".equalsIgnoreCase(URI.create(url.strip()).getScheme());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
