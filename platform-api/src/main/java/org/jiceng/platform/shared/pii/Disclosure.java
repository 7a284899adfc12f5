package org.jiceng.platform.shared.pii;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jiceng.platform.shared.audit.AccessLog;
import org.jiceng.platform.shared.audit.AccessLogEntry;
import org.jiceng.platform.shared.persistence.TenantDatabase;
import org.jiceng.platform.shared.security.Caller;
import org.jiceng.platform.shared.security.CallerContext;
import org.jiceng.platform.shared.security.Permission;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Personal data of the caller's tenant, sealed on the way in and shown on the way out: in clear to callers with
 * {@code pii:read}, each such read written to the access log with the fields shown, masked to everyone else.
 */
@ApplicationScoped
public class Disclosure {
    @Inject
    PersonalData personalData;
    @Inject
    TenantDatabase db;
    @Inject
    AccessLog accessLog;
    @Inject
    CallerContext callers;

    /** One sealed field of a record: its API name, its column ({@code table.column_enc}) and how it is masked. */
    public record Field(String name, String column, String sealed, UnaryOperator<String> mask) {
    }

    /** The fields as this caller may see them; absent values stay null. */
    public record Shown(Map<String, String> values, boolean masked) {
        public String get(String name) {
            return values.get(name);
        }
    }

    public String seal(String column, String value) {
        return seal(callers.get(), column, value);
    }

    public String seal(Caller caller, String column, String value) {
        try {
            return personalData.seal(connection(), caller.tenantId(), column, value);
        } catch (SQLException e) {
            throw new IllegalStateException("personal data store unavailable", e);
        }
    }

    /** A keyed hash for finding a record by the value without decrypting anything. */
    public String lookupHash(String value) {
        return lookupHash(callers.get(), value);
    }

    public String lookupHash(Caller caller, String value) {
        try {
            return personalData.lookupHash(connection(), caller.tenantId(), value);
        } catch (SQLException e) {
            throw new IllegalStateException("personal data store unavailable", e);
        }
    }

    /** Opens a value for the platform's own use (re-sealing under another column), never for a caller. */
    public String open(String column, String sealed) {
        return open(callers.get(), column, sealed);
    }

    /** Opens a value for the platform's own use in a background job that serves {@code tenantId}. */
    public String openFor(String tenantId, String column, String sealed) {
        try {
            return personalData.open(connection(), tenantId, column, sealed).orElse(null);
        } catch (SQLException e) {
            throw new IllegalStateException("personal data store unavailable", e);
        }
    }

    private String open(Caller caller, String column, String sealed) {
        try {
            return personalData.open(connection(), caller.tenantId(), column, sealed).orElse(null);
        } catch (SQLException e) {
            throw new IllegalStateException("personal data store unavailable", e);
        }
    }

    public Shown show(String recordType, String recordId, Field... fields) {
        return show(callers.get(), recordType, recordId, fields);
    }

    public Shown show(Caller caller, String recordType, String recordId, Field... fields) {
        boolean clear = caller.can(Permission.PII_READ);
        Map<String, String> values = new LinkedHashMap<>();
        List<String> shown = new ArrayList<>();
        for (Field f : fields) {
            String value = open(caller, f.column(), f.sealed());
            values.put(f.name(), clear ? value : f.mask().apply(value));
            if (value != null) {
                shown.add(f.name());
            }
        }
        if (clear && !shown.isEmpty()) {
            accessLog.append(new AccessLogEntry(caller.tenantId(), caller.tenant().issuer(), caller.subject(),
                    caller.clientId(), "pii.read", recordType, recordId, shown, null, callers.requestId()));
        }
        return new Shown(values, !clear);
    }

    private Connection connection() {
        return db.em().unwrap(Connection.class);
    }
}
