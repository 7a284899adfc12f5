package org.jiceng.platform.shared.pii;

import org.jiceng.platform.shared.domain.RuleViolation;

import java.util.regex.Pattern;

/** The phone numbers personal data may hold: mainland mobiles and landlines, spaces dropped. */
public final class PhoneNumbers {
    private static final Pattern PERSONAL = Pattern.compile("^(1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8})$");
    /** A reporter may also leave a short number (a switchboard extension, a service line). */
    private static final Pattern WITH_SHORT = Pattern.compile("^(1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8}|[0-9]{5,8})$");

    private PhoneNumbers() {
    }

    /** The number without spaces, or null for null; {@link RuleViolation} on {@code field} when it is no phone. */
    public static String normalize(String field, String phone, boolean allowShort) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replace(" ", "");
        if (!(allowShort ? WITH_SHORT : PERSONAL).matcher(digits).matches()) {
            throw new RuleViolation(field, "a mobile number such as 13800001111 or a landline such as 0512-66681234");
        }
        return digits;
    }
}
