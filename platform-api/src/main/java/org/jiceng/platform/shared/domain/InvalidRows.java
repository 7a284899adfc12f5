package org.jiceng.platform.shared.domain;

import java.util.Comparator;
import java.util.List;

/** An uploaded file was refused as a whole (422): every bad row is listed, and nothing was written. */
public class InvalidRows extends DomainException {
    private final List<RowError> errors;

    public InvalidRows(List<RowError> errors) {
        super(errors.size() + " row(s) of the file are invalid; nothing was imported");
        this.errors = errors.stream().sorted(Comparator.comparingInt(RowError::row)).toList();
    }

    public List<RowError> errors() {
        return errors;
    }
}
