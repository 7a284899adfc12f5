package org.jiceng.platform.shared.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Request bodies with whole-number fields, read by the platform's own JSON-B configuration. */
class WholeNumbersTest {
    public record Money(Long amountFen, Integer score) {
    }

    private final Jsonb jsonb = new JsonbConfiguration().getContext(Money.class);

    @Test
    void wholeNumbersAreReadExactly() {
        assertEquals(new Money(12_345_600L, 5), jsonb.fromJson("{\"amountFen\":12345600,\"score\":5}", Money.class));
        assertEquals(new Money(100L, 4), jsonb.fromJson("{\"amountFen\":1e2,\"score\":4.0}", Money.class),
                "an exponent or a zero fraction is still a whole number");
        assertEquals(new Money(null, null), jsonb.fromJson("{}", Money.class));
    }

    @Test
    void fractionsTextAndOverflowAreRefusedNotTruncated() {
        for (String bad : new String[]{"{\"amountFen\":12.5}", "{\"amountFen\":\"12\"}", "{\"score\":4.5}",
                "{\"amountFen\":92233720368547758070}", "{\"score\":3000000000}", "{\"amountFen\":true}"}) {
            assertThrows(JsonbException.class, () -> jsonb.fromJson(bad, Money.class), bad);
        }
    }
}
