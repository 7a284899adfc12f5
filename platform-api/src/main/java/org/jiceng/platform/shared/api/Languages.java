package org.jiceng.platform.shared.api;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the platform answers in, and how one is chosen for a response: the caller's
 * {@code Accept-Language} first, then the tenant's {@code locale} setting, else Chinese. Only zh-CN and en exist;
 * any Chinese asks for zh-CN, any English for en.
 */
public final class Languages {
    public static final Locale ZH_CN = Locale.SIMPLIFIED_CHINESE;
    public static final Locale EN = Locale.ENGLISH;

    private Languages() {
    }

    /**
     * @param acceptable the caller's {@code Accept-Language} ranges, most preferred first (empty without the header)
     * @param tenantLocale the tenant's setting ({@code zh-CN} or {@code en}), when a tenant is known
     */
    public static Locale choose(List<Locale> acceptable, Optional<String> tenantLocale) {
        for (Locale l : acceptable) {
            Optional<Locale> supported = supported(l.getLanguage());
            if (supported.isPresent()) {
                return supported.get();
            }
        }
        return tenantLocale.flatMap(t -> supported(Locale.forLanguageTag(t).getLanguage())).orElse(ZH_CN);
    }

    /** The ranges of an {@code Accept-Language} header, most preferred first; none without one or when unreadable. */
    public static List<Locale> ranges(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return List.of();
        }
        try {
            return Locale.LanguageRange.parse(acceptLanguage).stream()
                    .map(r -> Locale.forLanguageTag(r.getRange())).toList();
        } catch (IllegalArgumentException unreadable) {
            return List.of();
        }
    }

    /** The value of {@code Content-Language} for a response in {@code locale}. */
    public static String tag(Locale locale) {
        return locale.getLanguage().equals("en") ? "en" : "zh-CN";
    }

    private static Optional<Locale> supported(String language) {
        return switch (language) {
            case "zh" -> Optional.of(ZH_CN);
            case "en" -> Optional.of(EN);
            default -> Optional.empty();
        };
    }
}
