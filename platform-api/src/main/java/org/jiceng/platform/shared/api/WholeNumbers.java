package org.jiceng.platform.shared.api;

import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;

import java.lang.reflect.Type;
import java.math.BigDecimal;

/**
 * Whole numbers stay whole: JSON-B would read {@code 12.5} into a {@code Long} as 12, and money in fen, counts and
 * scores must never be truncated silently. A fraction, an exponent that leaves one, text, or a value out of range is
 * refused (400) instead.
 */
final class WholeNumbers {
    private WholeNumbers() {
    }

    private static BigDecimal exact(JsonParser parser) {
        jakarta.json.JsonValue json = parser.getValue();
        if (!(json instanceof jakarta.json.JsonNumber number)) {
            throw new JsonbException("expected a whole number, got " + json.getValueType());
        }
        BigDecimal value = number.bigDecimalValue();
        if (value.stripTrailingZeros().scale() > 0) {
            throw new JsonbException("expected a whole number, got " + value.toPlainString());
        }
        return value;
    }

    /** {@code Long} fields. */
    static final class Longs implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            try {
                return exact(parser).longValueExact();
            } catch (ArithmeticException e) {
                throw new JsonbException("a whole number out of range");
            }
        }
    }

    /** {@code Integer} fields. */
    static final class Integers implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            try {
                return exact(parser).intValueExact();
            } catch (ArithmeticException e) {
                throw new JsonbException("a whole number out of range");
            }
        }
    }
}
