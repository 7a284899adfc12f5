package org.jiceng.platform.shared.tenant;

import org.jiceng.platform.shared.domain.RuleViolation;

import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a tenant configures for itself.
 *
 * @param locale             language of the tenant's messages: {@code zh-CN} or {@code en}
 * @param timeZone           IANA zone used for deadlines and reporting periods
 * @param caseNumberPrefix   prefix of human case numbers, e.g. {@code SIP} in {@code SIP-2026-000123}
 * @param allowedOrigins     browser origins (scheme://host[:port]) of vendors' front ends, for CORS
 * @param rateLimitPerMinute requests one client of the tenant may make per minute
 * @param caseReopenDays     days after closing within which an unsatisfied resident may reopen a case
 * @param scoreWeights       how the response, resolution and satisfaction rates weigh in a street's score
 * @param verificationSeparation who may not verify a resolved case: UNIT (default; nobody assigned to the unit that
 *                           resolved it), SUBJECT (not the person who resolved it) or OFF
 * @param contactRetentionDays days after a case closes that its reporter's name and phone are kept (PIPL art. 19)
 */
public record TenantSettings(String locale, String timeZone, String caseNumberPrefix, List<String> allowedOrigins,
                             int rateLimitPerMinute, int caseReopenDays, ScoreWeights scoreWeights,
                             String verificationSeparation, int contactRetentionDays) {

    /** Who may not verify a case that has been resolved (separation of duties). */
    public enum VerificationSeparation { UNIT, SUBJECT, OFF }

    /** Percentages of the three rates in the composite score; they add up to 100. */
    public record ScoreWeights(int response, int resolution, int satisfaction) {
        public static final ScoreWeights DEFAULT = new ScoreWeights(30, 40, 30);
    }

    public static final Set<String> LOCALES = Set.of("zh-CN", "en");
    public static final int DEFAULT_RATE_LIMIT = 600;
    public static final int DEFAULT_REOPEN_DAYS = 7;
    public static final int DEFAULT_CONTACT_RETENTION_DAYS = 365;
    private static final Pattern PREFIX = Pattern.compile("^[A-Z][A-Z0-9]{1,9}$");

    public TenantSettings {
        allowedOrigins = List.copyOf(allowedOrigins);
        verificationSeparation = verificationSeparation == null ? VerificationSeparation.UNIT.name()
                : verificationSeparation;
    }

    /** Settings with the default separation of duties (UNIT). */
    public TenantSettings(String locale, String timeZone, String caseNumberPrefix, List<String> allowedOrigins,
                          int rateLimitPerMinute, int caseReopenDays, ScoreWeights scoreWeights) {
        this(locale, timeZone, caseNumberPrefix, allowedOrigins, rateLimitPerMinute, caseReopenDays, scoreWeights,
                null, DEFAULT_CONTACT_RETENTION_DAYS);
    }

    public VerificationSeparation separation() {
        return VerificationSeparation.valueOf(verificationSeparation);
    }

    /** Chinese, Beijing time, the tenant code upper-cased as case prefix, no browser origins. */
    public static TenantSettings defaults(String tenantCode) {
        String prefix = tenantCode.replace("-", "").toUpperCase(Locale.ROOT);
        return new TenantSettings("zh-CN", "Asia/Shanghai", prefix.length() > 10 ? prefix.substring(0, 10) : prefix,
                List.of(), DEFAULT_RATE_LIMIT, DEFAULT_REOPEN_DAYS, ScoreWeights.DEFAULT);
    }

    /** Throws {@link RuleViolation} naming the first invalid setting. */
    public TenantSettings validate() {
        if (!LOCALES.contains(locale)) {
            throw new RuleViolation("settings.locale", "must be zh-CN or en");
        }
        try {
            ZoneId.of(timeZone);
        } catch (DateTimeException | NullPointerException e) {
            throw new RuleViolation("settings.timeZone", "not an IANA time zone such as Asia/Shanghai");
        }
        if (caseNumberPrefix == null || !PREFIX.matcher(caseNumberPrefix).matches()) {
            throw new RuleViolation("settings.caseNumberPrefix", "2-10 upper-case letters or digits, starting with a letter");
        }
        for (String origin : allowedOrigins) {
            if (!isOrigin(origin)) {
                throw new RuleViolation("settings.allowedOrigins",
                        "'" + origin + "' is not an origin such as https://app.example.cn (no path, no wildcard)");
            }
        }
        if (rateLimitPerMinute < 1 || rateLimitPerMinute > 1_000_000) {
            throw new RuleViolation("settings.rateLimitPerMinute", "must be between 1 and 1000000");
        }
        if (caseReopenDays < 0 || caseReopenDays > 365) {
            throw new RuleViolation("settings.caseReopenDays", "must be between 0 and 365");
        }
        if (contactRetentionDays < 1 || contactRetentionDays > 3650) {
            throw new RuleViolation("settings.contactRetentionDays", "must be between 1 and 3650");
        }
        try {
            VerificationSeparation.valueOf(verificationSeparation);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("settings.verificationSeparation", "UNIT, SUBJECT or OFF");
        }
        if (scoreWeights == null || scoreWeights.response() < 0 || scoreWeights.resolution() < 0
                || scoreWeights.satisfaction() < 0
                || scoreWeights.response() + scoreWeights.resolution() + scoreWeights.satisfaction() != 100) {
            throw new RuleViolation("settings.scoreWeights", "three percentages, none negative, adding up to 100");
        }
        return this;
    }

    private static boolean isOrigin(String origin) {
        if (origin == null || origin.contains("*")) {
            return false;
        }
        try {
            URI u = new URI(origin);
            return ("https".equals(u.getScheme()) || "http".equals(u.getScheme())) && u.getHost() != null
                    && (u.getRawPath() == null || u.getRawPath().isEmpty()) && u.getQuery() == null
                    && u.getFragment() == null && u.getUserInfo() == null;
        } catch (Exception e) {
            return false;
        }
    }
}
