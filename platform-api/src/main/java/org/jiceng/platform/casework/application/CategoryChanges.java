package org.jiceng.platform.casework.application;

import org.jiceng.platform.casework.domain.Deadlines;
import org.jiceng.platform.casework.domain.ServiceAttribute;

import java.util.List;
import java.util.Optional;

/**
 * A change of a category: new name, deadlines per priority, retiring / reviving it, and how it presents itself as
 * a service (description, group, keywords, attributes), each replaced when given.
 */
public record CategoryChanges(Optional<String> name, Optional<Deadlines> normal, Optional<Deadlines> urgent,
                              Optional<Deadlines> emergency, Optional<Boolean> active, Optional<String> description,
                              Optional<String> group, Optional<List<String>> keywords,
                              Optional<List<ServiceAttribute>> attributes) {
    public boolean describesService() {
        return description.isPresent() || group.isPresent() || keywords.isPresent() || attributes.isPresent();
    }
}
