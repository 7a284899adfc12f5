package org.jiceng.platform.grid.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.jiceng.platform.grid.domain.GridNode;

import java.util.LinkedHashMap;
import java.util.Map;

/** The payload of every {@code grid.*} outbox event: the node's identity and place in the tree after the change. */
@ApplicationScoped
public class GridEvents {
    public Map<String, Object> payload(GridNode node) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", node.id());
        payload.put("parentId", node.parentId().orElse(null));
        payload.put("level", node.level().name());
        payload.put("code", node.code());
        payload.put("name", node.name());
        payload.put("version", node.version());
        return payload;
    }
}
