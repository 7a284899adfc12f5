package org.jiceng.platform.grid.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The tenant's grid nodes; every query is confined to the caller's tenant by the persistence layer. */
public interface GridRepository {
    Optional<GridNode> find(String id);

    /** Finds and locks the node until the transaction ends. */
    Optional<GridNode> findForUpdate(String id);

    Optional<GridNode> root();

    boolean codeExists(String code);

    Optional<GridNode> findByCode(String code);

    /** Children of {@code parentId} ordered by code, after {@code afterCode}, optionally of one level. */
    List<GridNode> children(String parentId, GridLevel level, String afterCode, int limit);

    /** Descendants of {@code node} ordered by code, after {@code afterCode}, optionally of one level. */
    List<GridNode> descendants(GridNode node, GridLevel level, String afterCode, int limit);

    /** Every descendant of {@code node}, for moves. */
    List<GridNode> wholeSubtree(GridNode node);

    List<GridNode> byIds(Collection<String> ids);

    long childCount(String id);

    Map<String, GridRollup> rollups(Collection<GridNode> nodes);

    /** Nodes with a boundary whose bounding box contains the point (the exact test is the caller's). */
    List<GridNode> boundingBoxesContaining(double lon, double lat);

    void add(GridNode node);

    void remove(GridNode node);

    /** Writes pending changes now, so that constraint violations surface inside the operation. */
    void flush();
}
