/**
 * Party: organisations and their tree, members with their sealed personal data, posts, in-service reporting,
 * transfers, community bodies and their seats, 党员联户 links to households and nodes, organisation life and
 * alliances, and the Party statistics of a grid subtree. Owns the Party tables; reaches grid nodes, households
 * and departments through those contexts' domain and application layers. Only its read models
 * ({@code SqlPartyStatistics}) join the grid tree and the household register in SQL. Uses {@code shared},
 * {@code grid} and {@code casework} (departments) below their API.
 */
package org.jiceng.platform.party;
