package org.jiceng.platform.shared.pii;

/** How personal data is shown to callers without {@code pii:read}: enough to recognise, not to use. */
public final class Masking {
    private Masking() {
    }

    /** 138****5678; short or landline numbers keep only their last four digits. */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.length() == 11) {
            return digits.substring(0, 3) + "****" + digits.substring(7);
        }
        return digits.length() <= 4 ? "****" : "*".repeat(digits.length() - 4) + digits.substring(digits.length() - 4);
    }

    /** 张*明, 张*; a one-character name becomes *. */
    public static String name(String name) {
        if (name == null) {
            return null;
        }
        int[] cps = name.strip().codePoints().toArray();
        if (cps.length <= 1) {
            return "*";
        }
        String first = new String(cps, 0, 1);
        if (cps.length == 2) {
            return first + "*";
        }
        return first + "*".repeat(cps.length - 2) + new String(cps, cps.length - 1, 1);
    }

    /** 5101**********1234: the region and the last four kept. */
    public static String idNumber(String id) {
        if (id == null) {
            return null;
        }
        if (id.length() <= 8) {
            return "*".repeat(id.length());
        }
        return id.substring(0, 4) + "*".repeat(id.length() - 8) + id.substring(id.length() - 4);
    }

    /** z***@example.cn: the first character of the mailbox and the domain kept. */
    public static String email(String email) {
        if (email == null) {
            return null;
        }
        int at = email.lastIndexOf('@');
        if (at < 1) {
            return "***";
        }
        return email.substring(0, 1) + "***" + email.substring(at);
    }
}
