package org.jiceng.sdk.privacy;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who a tenant admin's data-subject request is about: any of the person's account subject, the id a vendor's app
 * knows them by, their phone or their resident ID number. Immutable; built with {@link #builder()}.
 */
public final class DataSubjectParams {
    private final Map<String, Object> body;

    private DataSubjectParams(Builder b) {
        body = new LinkedHashMap<>();
        put("subject", b.subject);
        put("externalId", b.externalId);
        put("phone", b.phone);
        put("idNumber", b.idNumber);
        if (body.isEmpty()) {
            throw new IllegalArgumentException("name the person by subject, externalId, phone or idNumber");
        }
    }

    private void put(String key, String value) {
        if (value != null) {
            body.put(key, value);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The request body. */
    public Map<String, Object> toBody() {
        return Map.copyOf(body);
    }

    public static final class Builder {
        private String subject;
        private String externalId;
        private String phone;
        private String idNumber;

        private Builder() {
        }

        public Builder subject(String subject) { this.subject = subject; return this; }
        public Builder externalId(String externalId) { this.externalId = externalId; return this; }
        public Builder phone(String phone) { this.phone = phone; return this; }
        public Builder idNumber(String idNumber) { this.idNumber = idNumber; return this; }

        public DataSubjectParams build() {
            return new DataSubjectParams(this);
        }
    }
}
