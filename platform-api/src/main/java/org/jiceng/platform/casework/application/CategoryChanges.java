package org.jiceng.platform.casework.application;

import org.jiceng.platform.casework.domain.Deadlines;

import java.util.Optional;

/** A change of a category: new name, deadlines per priority, or retiring / reviving it. */
public record CategoryChanges(Optional<String> name, Optional<Deadlines> normal, Optional<Deadlines> urgent,
                              Optional<Deadlines> emergency, Optional<Boolean> active) {
}
