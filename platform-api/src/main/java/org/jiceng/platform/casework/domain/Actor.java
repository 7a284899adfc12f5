package org.jiceng.platform.casework.domain;

/** Who takes a step: the token's subject and the role under which it acts, for the timeline. */
public record Actor(String subject, String role) {
}
