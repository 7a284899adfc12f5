package org.jiceng.platform.casework.application;

import org.jiceng.platform.casework.domain.CaseAction;
import org.jiceng.platform.casework.domain.CaseRecord;

import java.util.Set;

/** A case as its reader may see it, with the steps it can take next and whether it is past its deadline. */
public record CaseView(CaseRecord record, Set<CaseAction> nextActions, boolean overdue, Contact contact) {

    /** The reporter's name and phone as this caller may see them: clear with pii:read, else masked. */
    public record Contact(String name, String phone, boolean masked) {
        public static final Contact NONE = new Contact(null, null, true);
    }
}
