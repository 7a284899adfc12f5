package org.jiceng.platform.casework.domain;

/** What one step did to a case, for its timeline entry; {@code seq} numbers the case's steps from 1. */
public record Transition(CaseAction action, CaseStatus from, CaseStatus to, String note, int seq) {
}
