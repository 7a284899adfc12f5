package org.jiceng.sdk.cases;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A functional department or another unit cases are dispatched to.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class Department {
    @JsonProperty("id")
    private String id;
    @JsonProperty("code")
    private String code;
    @JsonProperty("name")
    private String name;
    @JsonProperty("kind")
    private DepartmentKind kind;
    @JsonProperty("active")
    private boolean active;
    @JsonProperty("version")
    private long version;
    @JsonProperty("createdAt")
    private OffsetDateTime createdAt;
    @JsonProperty("updatedAt")
    private OffsetDateTime updatedAt;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private Department() {
    }

    public String id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public DepartmentKind kind() {
        return kind;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
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
        return new Builder(new Department());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static Department copy(Department from) {
        Department c = new Department();
        c.id = from.id;
        c.code = from.code;
        c.name = from.name;
        c.kind = from.kind;
        c.active = from.active;
        c.version = from.version;
        c.createdAt = from.createdAt;
        c.updatedAt = from.updatedAt;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Department)) {
            return false;
        }
        Department other = (Department) o;
        return Objects.equals(id, other.id)
                && Objects.equals(code, other.code)
                && Objects.equals(name, other.name)
                && Objects.equals(kind, other.kind)
                && active == other.active
                && version == other.version
                && Objects.equals(createdAt, other.createdAt)
                && Objects.equals(updatedAt, other.updatedAt)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, code, name);
    }

    @Override
    public String toString() {
        return "Department{" + "id=" + id + ", " + "code=" + code + ", " + "name=" + name + ", " + "kind=" + kind + "}";
    }

    /** Builds a {@link Department}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final Department building;

        private Builder(Department building) {
            this.building = building;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public Builder code(String code) {
            building.code = code;
            return this;
        }

        public Builder name(String name) {
            building.name = name;
            return this;
        }

        public Builder kind(DepartmentKind kind) {
            building.kind = kind;
            return this;
        }

        public Builder active(boolean active) {
            building.active = active;
            return this;
        }

        public Builder version(long version) {
            building.version = version;
            return this;
        }

        public Builder createdAt(OffsetDateTime createdAt) {
            building.createdAt = createdAt;
            return this;
        }

        public Builder updatedAt(OffsetDateTime updatedAt) {
            building.updatedAt = updatedAt;
            return this;
        }

        public Department build() {
            return copy(building);
        }
    }
}
