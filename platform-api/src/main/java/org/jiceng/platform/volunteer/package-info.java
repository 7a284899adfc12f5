/**
 * Volunteers: people and their home grid, activities with sign-up and verification, wishes, teams, rewards and
 * the double-entry points ledger with its expiry runs. Owns the volunteer and ledger tables; reaches grid nodes
 * and Party members through those contexts' domain and application layers; the leaderboard's read model
 * ({@code SqlVolunteerStatistics}) alone joins the grid tree in SQL. Uses {@code shared}, {@code grid} and
 * {@code party} below their API.
 */
package org.jiceng.platform.volunteer;
