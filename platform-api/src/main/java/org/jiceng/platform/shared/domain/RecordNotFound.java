package org.jiceng.platform.shared.domain;

/** No such record in the caller's tenant (404) - which is also what another tenant's record looks like. */
public class RecordNotFound extends DomainException {
    public RecordNotFound(String kind, String id) {
        super(kind + " " + id + " not found");
    }
}
