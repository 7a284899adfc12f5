package org.jiceng.platform.casework.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jiceng.platform.casework.domain.CaseRecord;
import org.jiceng.platform.casework.domain.SealedContact;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.pii.Disclosure;
import org.jiceng.platform.shared.pii.Masking;
import org.jiceng.platform.shared.pii.PhoneNumbers;
import org.jiceng.platform.shared.security.AccessDenied;
import org.jiceng.platform.shared.security.Caller;
import org.jiceng.platform.shared.security.Permission;

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
    Disclosure disclosure;

    public SealedContact seal(Caller caller, String name, String phone) {
        if (name == null && phone == null) {
            return null;
        }
        if (name != null && (name.isBlank() || name.length() > 50)) {
            throw new RuleViolation("reporter.name", "1-50 characters");
        }
        String digits = PhoneNumbers.normalize("reporter.phone", phone, true);
        return new SealedContact(disclosure.seal(caller, NAME_COLUMN, name == null ? null : name.strip()),
                disclosure.seal(caller, PHONE_COLUMN, digits), disclosure.lookupHash(caller, digits));
    }

    /** The keyed hash to find cases by a reporter's phone; only for callers who may see phones. */
    public String phoneLookup(Caller caller, String phone) {
        if (!caller.can(Permission.PII_READ)) {
            throw new AccessDenied(Permission.PII_READ);
        }
        return disclosure.lookupHash(caller, phone.replace(" ", ""));
    }

    public CaseView.Contact reveal(Caller caller, CaseRecord c) {
        if (c.sealedContact().isEmpty()) {
            return CaseView.Contact.NONE;
        }
        SealedContact sealed = c.sealedContact().get();
        Disclosure.Shown shown = disclosure.show(caller, "case", c.id(),
                new Disclosure.Field("reporterName", NAME_COLUMN, sealed.nameEnc(), Masking::name),
                new Disclosure.Field("reporterPhone", PHONE_COLUMN, sealed.phoneEnc(), Masking::phone));
        return new CaseView.Contact(shown.get("reporterName"), shown.get("reporterPhone"), shown.masked());
    }
}
