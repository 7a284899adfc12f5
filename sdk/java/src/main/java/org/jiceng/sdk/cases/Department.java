package org.jiceng.sdk.cases;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.OffsetDateTime;

/** A functional department or another unit cases are dispatched to. Immutable. */
public final class Department {
    @JsonProperty("id") private String id;
    @JsonProperty("code") private String code;
    @JsonProperty("name") private String name;
    @JsonProperty("kind") private String kind;
    @JsonProperty("active") private boolean active;
    @JsonProperty("version") private long version;
    @JsonProperty("createdAt") private OffsetDateTime createdAt;
    @JsonProperty("updatedAt") private OffsetDateTime updatedAt;

    private Department() {
    }

    public String id() { return id; }
    public String code() { return code; }
    public String name() { return name; }
    /** FUNCTIONAL_DEPARTMENT, PROPERTY_OWNER, PROPERTY_COMPANY, UTILITY or OTHER_UNIT. */
    public String kind() { return kind; }
    public boolean active() { return active; }
    public long version() { return version; }
    public OffsetDateTime createdAt() { return createdAt; }
    public OffsetDateTime updatedAt() { return updatedAt; }

    @Override
    public String toString() {
        return "Department{" + code + " " + name + (active ? "" : " inactive") + "}";
    }
}
