package org.jiceng.platform.tenancy.application;

import org.jiceng.platform.shared.domain.RuleViolation;

import java.util.List;
import java.util.regex.Pattern;

/** What Keycloak accepts as a username, e-mail, client id and role list, checked before Keycloak is asked. */
final class StaffRules {
    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._@-]{1,63}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern CLIENT_ID = Pattern.compile("^[a-z][a-z0-9-]{2,62}$");

    private StaffRules() {
    }

    /** Null passes: the first admin is optional. */
    static void username(String field, String username) {
        if (username != null && !USERNAME.matcher(username).matches()) {
            throw new RuleViolation(field, "2-64 lower-case letters, digits, '.', '_', '@' or '-'");
        }
    }

    static void email(String field, String email) {
        if (email != null && !email.isBlank() && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            throw new RuleViolation(field, "an e-mail address");
        }
    }

    static void clientId(String clientId) {
        if (clientId == null || !CLIENT_ID.matcher(clientId).matches()) {
            throw new RuleViolation("clientId", "3-63 lower-case letters, digits or dashes, starting with a letter");
        }
    }

    static List<String> roles(String field, List<String> roles, List<String> known) {
        if (roles == null || roles.isEmpty()) {
            throw new RuleViolation(field, "at least one role of " + known);
        }
        for (String role : roles) {
            if (!known.contains(role)) {
                throw new RuleViolation(field, "'" + role + "' is not one of " + known);
            }
        }
        return roles.stream().distinct().toList();
    }
}
