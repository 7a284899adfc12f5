package org.jiceng.platform.shared.domain;

/** The request asks for something the rules never allow (400), naming the offending field. */
public class RuleViolation extends DomainException {
    private final String field;

    public RuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
