package org.jiceng.sdk.cases;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** What kind of answer a service attribute takes; {@link #UNKNOWN} for a value this SDK version does not know yet. */
public enum AttributeDatatype {
    @com.fasterxml.jackson.annotation.JsonProperty("string") STRING,
    @com.fasterxml.jackson.annotation.JsonProperty("number") NUMBER,
    @com.fasterxml.jackson.annotation.JsonProperty("datetime") DATETIME,
    @com.fasterxml.jackson.annotation.JsonProperty("text") TEXT,
    @com.fasterxml.jackson.annotation.JsonProperty("singlevaluelist") SINGLEVALUELIST,
    @com.fasterxml.jackson.annotation.JsonProperty("multivaluelist") MULTIVALUELIST,
    @JsonEnumDefaultValue UNKNOWN
}
