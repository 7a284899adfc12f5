/**
 * Commons: what a community holds and spends in common. Public-fund ledgers residents can read (accounts of a
 * community or compound, entries in fen with their authority, periods closed and published under an SM3 hash
 * chain). Owns the fund tables; reaches grid nodes through the grid context's domain, and deliberation decisions
 * through the deliberation context's domain.
 */
package org.jiceng.platform.commons;
