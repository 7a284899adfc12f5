package org.jiceng.platform.shared.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON-B for request and response bodies: unknown fields in a request are an error (a misspelt field must not be
 * silently ignored), whole-number fields take whole numbers only ({@link WholeNumbers}), nulls are left out of
 * responses.
 */
@Provider
public class JsonbConfiguration implements ContextResolver<Jsonb> {
    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig()
            .withNullValues(false)
            .withDeserializers(new WholeNumbers.Longs(), new WholeNumbers.Integers())
            .setProperty("jsonb.fail-on-unknown-properties", true));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
