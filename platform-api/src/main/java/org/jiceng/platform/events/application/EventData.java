package org.jiceng.platform.events.application;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The part of an event's payload that leaves the platform: identifiers, codes, states, counts, amounts and times.
 * Anything else — names, titles, descriptions, notes, subjects, phone numbers, addresses — is left out, so that
 * personal data never appears in an event, whatever a context put into its payload. Readers fetch the record by
 * its id for the rest, under the record's own rules.
 */
public final class EventData {
    private static final Set<String> FIELDS = Set.of("id", "number", "status", "state", "stage", "version", "kind",
            "level", "priority", "period", "outcome", "result", "progress", "rule", "records", "households",
            "step", "amountFen", "points", "balance", "delta", "quantity", "stock", "year", "score");
    private static final Pattern SUFFIXES = Pattern.compile(".*(Id|Ids|Code|Codes|At|On|Count|Fen|Kind|State|Status"
            + "|Stage|Version|Number)$");
    private static final Set<String> NEVER = Set.of("reporterExternalId", "externalId", "idNumber", "idCardNumber");

    private EventData() {
    }

    /** The public fields of a payload (a JSON object); anything that is not an object gives an empty one. */
    public static JsonObject publicFields(String payload) {
        JsonObjectBuilder out = Json.createObjectBuilder();
        JsonValue parsed;
        try (JsonReader r = Json.createReader(new StringReader(payload == null ? "{}" : payload))) {
            parsed = r.readValue();
        } catch (RuntimeException e) {
            return out.build();
        }
        if (parsed.getValueType() != JsonValue.ValueType.OBJECT) {
            return out.build();
        }
        parsed.asJsonObject().forEach((key, value) -> {
            if (isPublic(key) && isPlain(value)) {
                out.add(key, value);
            }
        });
        return out.build();
    }

    static boolean isPublic(String key) {
        return !NEVER.contains(key) && (FIELDS.contains(key) || SUFFIXES.matcher(key).matches());
    }

    /** Scalars and arrays of scalars; nested objects could carry anything. */
    private static boolean isPlain(JsonValue v) {
        switch (v.getValueType()) {
            case OBJECT:
                return false;
            case ARRAY:
                return v.asJsonArray().stream().allMatch(e -> e.getValueType() != JsonValue.ValueType.OBJECT
                        && e.getValueType() != JsonValue.ValueType.ARRAY);
            default:
                return true;
        }
    }
}
