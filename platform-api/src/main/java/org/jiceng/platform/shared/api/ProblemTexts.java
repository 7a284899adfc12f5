package org.jiceng.platform.shared.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Problem details in the caller's language. The code writes its messages in English; the bundle
 * {@code problems.properties} holds each message's English template under a key, and {@code problems_zh_CN}
 * the same keys in Chinese. A message is translated by finding the English template it was made from (its
 * {@code {0}}, {@code {1}} … match any text), then filling the Chinese template with the same arguments, each
 * argument itself translated when the bundle names it (record kinds, states). Titles are keyed by the problem's
 * type. A message no template matches stays in English. {@code type}, {@code status} and field names never change.
 */
public final class ProblemTexts {
    private static final String BUNDLE = "org.jiceng.platform.shared.api.problems";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");
    // no fallback to the server's default locale: English is the base bundle whatever the machine's language
    private static final ResourceBundle.Control EXACT = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final ProblemTexts INSTANCE = new ProblemTexts();

    private final ResourceBundle english = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, EXACT);
    private final ResourceBundle chinese = ResourceBundle.getBundle(BUNDLE, Languages.ZH_CN, EXACT);
    private final List<Template> templates = new ArrayList<>();

    private record Template(String key, Pattern english, int arguments) {
    }

    private ProblemTexts() {
        for (Enumeration<String> keys = english.getKeys(); keys.hasMoreElements(); ) {
            String key = keys.nextElement();
            if (key.startsWith("msg.")) {
                templates.add(compile(key, english.getString(key)));
            }
        }
        // the longest templates first, so that a specific message wins over a general one
        templates.sort((a, b) -> Integer.compare(b.english().pattern().length(), a.english().pattern().length()));
    }

    public static ProblemTexts get() {
        return INSTANCE;
    }

    private static Template compile(String key, String text) {
        StringBuilder regex = new StringBuilder("^");
        Matcher m = PLACEHOLDER.matcher(text);
        int last = 0;
        int count = 0;
        while (m.find()) {
            regex.append(Pattern.quote(text.substring(last, m.start()))).append("(.+)");
            last = m.end();
            count = Math.max(count, Integer.parseInt(m.group(1)) + 1);
        }
        regex.append(Pattern.quote(text.substring(last))).append('$');
        return new Template(key, Pattern.compile(regex.toString(), Pattern.DOTALL), count);
    }

    /** {@code message} in {@code locale}; English, and anything without a template, as it is. */
    public String translate(String message, Locale locale) {
        if (message == null || !locale.getLanguage().equals("zh")) {
            return message;
        }
        Optional<String> word = word(message);
        if (word.isPresent()) {
            return word.get();
        }
        for (Template t : templates) {
            Matcher m = t.english().matcher(message);
            if (m.matches()) {
                Object[] args = new Object[t.arguments()];
                for (int i = 0; i < args.length; i++) {
                    String arg = m.group(i + 1);
                    args[i] = word(arg).orElse(arg);
                }
                String template = chinese.getString(t.key());
                // a text without arguments is literal: braces in it are not MessageFormat's
                return args.length == 0 ? template
                        : new MessageFormat(escape(template), Locale.ROOT).format(args);
            }
        }
        return message;
    }

    /** The problem's title in {@code locale}, by its type's slug. */
    public String title(String type, String title, Locale locale) {
        String slug = type == null ? "" : type.substring(type.lastIndexOf('/') + 1);
        ResourceBundle bundle = locale.getLanguage().equals("zh") ? chinese : english;
        return bundle.containsKey("title." + slug) ? bundle.getString("title." + slug) : title;
    }

    /** A fixed text of the platform (a spreadsheet's column header …) in {@code locale}. */
    public String text(String key, Locale locale) {
        return (locale.getLanguage().equals("zh") ? chinese : english).getString(key);
    }

    /** A problem+json document with its title, detail and field messages in {@code locale}. */
    public String localize(String problemJson, Locale locale) {
        JsonObject p;
        try (JsonReader r = Json.createReader(new StringReader(problemJson))) {
            p = r.readObject();
        } catch (RuntimeException notJson) {
            return problemJson;
        }
        JsonObjectBuilder b = Json.createObjectBuilder(p);
        String type = p.containsKey("type") ? p.getString("type") : null;
        if (p.get("title") instanceof JsonString title) {
            b.add("title", title(type, title.getString(), locale));
        }
        if (p.get("detail") instanceof JsonString detail) {
            b.add("detail", translate(detail.getString(), locale));
        }
        if (p.get("errors") instanceof jakarta.json.JsonArray errors) {
            JsonArrayBuilder a = Json.createArrayBuilder();
            for (JsonValue v : errors) {
                if (v instanceof JsonObject e && e.get("message") instanceof JsonString msg) {
                    a.add(Json.createObjectBuilder(e).add("message", translate(msg.getString(), locale)));
                } else {
                    a.add(v);
                }
            }
            b.add("errors", a);
        }
        return b.build().toString();
    }

    private Optional<String> word(String text) {
        String key = "word." + text.strip();
        return chinese.containsKey(key) ? Optional.of(chinese.getString(key)) : Optional.empty();
    }

    /** MessageFormat treats a single quote as an escape; the bundles' texts mean it literally. */
    private static String escape(String template) {
        return template.replace("'", "''");
    }
}
