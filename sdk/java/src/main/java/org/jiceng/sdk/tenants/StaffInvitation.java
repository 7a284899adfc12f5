package org.jiceng.sdk.tenants;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An invited person's account and the temporary password to hand over, shown this once.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class StaffInvitation {
    @JsonProperty("member")
    private StaffMember member;
    @JsonProperty("temporaryPassword")
    private String temporaryPassword;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private StaffInvitation() {
    }

    public StaffMember member() {
        return member;
    }

    /** Must be changed at first sign-in. */
    public String temporaryPassword() {
        return temporaryPassword;
    }

    /** JSON fields this SDK version does not model. */
    @JsonAnyGetter
    public Map<String, Object> additionalProperties() {
        return Collections.unmodifiableMap(additionalProperties);
    }

    @JsonAnySetter
    private void putAdditionalProperty(String key, Object value) {
        additionalProperties.put(key, value);
    }

    public static Builder builder() {
        return new Builder(new StaffInvitation());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static StaffInvitation copy(StaffInvitation from) {
        StaffInvitation c = new StaffInvitation();
        c.member = from.member;
        c.temporaryPassword = from.temporaryPassword;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof StaffInvitation)) {
            return false;
        }
        StaffInvitation other = (StaffInvitation) o;
        return Objects.equals(member, other.member)
                && Objects.equals(temporaryPassword, other.temporaryPassword)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(member);
    }

    @Override
    public String toString() {
        return "StaffInvitation{" + "member=" + member + "}";
    }

    /** Builds a {@link StaffInvitation}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final StaffInvitation building;

        private Builder(StaffInvitation building) {
            this.building = building;
        }

        public Builder member(StaffMember member) {
            building.member = member;
            return this;
        }

        public Builder temporaryPassword(String temporaryPassword) {
            building.temporaryPassword = temporaryPassword;
            return this;
        }

        public StaffInvitation build() {
            return copy(building);
        }
    }
}
