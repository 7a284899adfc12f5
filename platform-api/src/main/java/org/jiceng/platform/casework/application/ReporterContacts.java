package org.jiceng.platform.casework.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jiceng.platform.casework.domain.CaseRecord;
import org.jiceng.platform.casework.domain.SealedContact;
import org.jiceng.platform.shared.audit.AccessLog;
import org.jiceng.platform.shared.audit.AccessLogEntry;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.persistence.TenantDatabase;
import org.jiceng.platform.shared.pii.Masking;
import org.jiceng.platform.shared.pii.PersonalData;
import org.jiceng.platform.shared.pii.PhoneNumbers;
import org.jiceng.platform.shared.security.AccessDenied;
import org.jiceng.platform.shared.security.Caller;
import org.jiceng.platform.shared.security.CallerContext;
import org.jiceng.platform.shared.security.Permission;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A reporter's name and phone: validated and encrypted on the way in; on the way out decrypted and shown in clear
 * only to callers with {@code pii:read} — each such read written to the access log (who, when, which case, which
 * fields) — and masked for everyone else. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class ReporterContacts {
    static final String NAME_COLUMN = "case_record.reporter_name_enc";
    static final String PHONE_COLUMN = "case_record.reporter_phone_enc";

    @Inject
    PersonalData personalData;
    @Inject
    TenantDatabase db;
    @Inject
    AccessLog accessLog;
    @Inject
    CallerContext callers;

    public SealedContact seal(Caller caller, String name, String phone) {
        if (name == null && phone == null) {
            return null;
        }
        if (name != null && (name.isBlank() || name.length() > 50)) {
            throw new RuleViolation("reporter.name", "1-50 characters");
        }
        String digits = PhoneNumbers.normalize("reporter.phone", phone, true);
        try {
            Connection c = connection();
            String tenant = caller.tenantId();
            return new SealedContact(personalData.seal(c, tenant, NAME_COLUMN, name == null ? null : name.strip()),
                    personalData.seal(c, tenant, PHONE_COLUMN, digits), personalData.lookupHash(c, tenant, digits));
        } catch (SQLException e) {
            throw new IllegalStateException("personal data store unavailable", e);
        }
    }

    /** The keyed hash to find cases by a reporter's phone; only for callers who may see phones. */
    public String phoneLookup(Caller caller, String phone) {
        if (!caller.can(Permission.PII_READ)) {
            throw new AccessDenied(Permission.PII_READ);
        }
        try {
            return personalData.lookupHash(connection(), caller.tenantId(), phone.replace(" ", ""));
        } catch (SQLException e) {
            throw new IllegalStateException("personal data store unavailable", e);
        }
    }

    public CaseView.Contact reveal(Caller caller, CaseRecord c) {
        if (c.sealedContact().isEmpty()) {
            return CaseView.Contact.NONE;
        }
        SealedContact sealed = c.sealedContact().get();
        try {
            Connection conn = connection();
            String name = personalData.open(conn, caller.tenantId(), NAME_COLUMN, sealed.nameEnc()).orElse(null);
            String phone = personalData.open(conn, caller.tenantId(), PHONE_COLUMN, sealed.phoneEnc()).orElse(null);
            if (!caller.can(Permission.PII_READ)) {
                return new CaseView.Contact(Masking.name(name), Masking.phone(phone), true);
            }
            List<String> fields = new ArrayList<>();
            if (name != null) {
                fields.add("reporterName");
            }
            if (phone != null) {
                fields.add("reporterPhone");
            }
            accessLog.append(new AccessLogEntry(caller.tenantId(), caller.tenant().issuer(), caller.subject(),
                    caller.clientId(), "pii.read", "case", c.id(), fields, null, callers.requestId()));
            return new CaseView.Contact(name, phone, false);
        } catch (SQLException e) {
            throw new IllegalStateException("personal data store unavailable", e);
        }
    }

    /** The transaction's own connection, where the tenant is bound for row-level security. */
    private Connection connection() {
        return db.em().unwrap(Connection.class);
    }
}
