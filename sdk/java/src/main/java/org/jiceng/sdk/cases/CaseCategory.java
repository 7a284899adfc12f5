package org.jiceng.sdk.cases;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A case category with its deadlines per priority. Immutable. */
public final class CaseCategory {
    @JsonProperty("code") private String code;
    @JsonProperty("name") private String name;
    @JsonProperty("normal") private Deadlines normal;
    @JsonProperty("urgent") private Deadlines urgent;
    @JsonProperty("emergency") private Deadlines emergency;
    @JsonProperty("active") private boolean active;
    @JsonProperty("version") private long version;

    private CaseCategory() {
    }

    public String code() { return code; }
    public String name() { return name; }
    public Deadlines normal() { return normal; }
    public Deadlines urgent() { return urgent; }
    public Deadlines emergency() { return emergency; }
    /** A retired category takes no new cases. */
    public boolean active() { return active; }
    public long version() { return version; }

    @Override
    public String toString() {
        return "CaseCategory{" + code + " " + name + "}";
    }

    /** Hours to accept after the report, to acknowledge after dispatch, to resolve after acceptance. */
    public static final class Deadlines {
        @JsonProperty("acceptHours") private int acceptHours;
        @JsonProperty("acknowledgeHours") private int acknowledgeHours;
        @JsonProperty("resolveHours") private int resolveHours;

        private Deadlines() {
        }

        public static Deadlines of(int acceptHours, int acknowledgeHours, int resolveHours) {
            Deadlines d = new Deadlines();
            d.acceptHours = acceptHours;
            d.acknowledgeHours = acknowledgeHours;
            d.resolveHours = resolveHours;
            return d;
        }

        public int acceptHours() { return acceptHours; }
        public int acknowledgeHours() { return acknowledgeHours; }
        public int resolveHours() { return resolveHours; }
    }
}
