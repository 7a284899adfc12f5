/**
 * Grid: the tenant's administrative tree (city → district → street → community → grid / compound → building), its
 * codes, boundaries, population roll-ups and point location. Every other context hangs its records on a grid
 * node, so this context depends on nothing but {@code shared}. It also keeps the household register; who reaches
 * which households is a read model ({@code SqlHouseholdStatistics}) over the assignment and Party tables, in SQL
 * only, so that no code of this context knows those contexts.
 */
package org.jiceng.platform.grid;
