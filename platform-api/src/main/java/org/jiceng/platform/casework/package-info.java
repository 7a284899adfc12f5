/**
 * Casework: residents' appeals and grid workers' findings through the closed loop — intake, dispatch, the whistle
 * and department summonses, deadlines, verification, closing, evaluation — with the catalogue, departments,
 * assignments (who acts where), the governance rates and the problem ledger. Owns the case tables and the
 * assignments; reaches grid nodes through the grid context's domain. Its statistics read grid paths in SQL
 * ({@code SqlCaseStatistics}). Uses {@code shared} and {@code grid.domain}/{@code grid.application}.
 */
package org.jiceng.platform.casework;
