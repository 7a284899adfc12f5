package org.jiceng.platform.shared.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CsvCellsTest {
    @Test
    void cellsAFormulaCouldStartWithAreTurnedIntoText() {
        for (String formula : new String[]{"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"}) {
            assertEquals("'" + formula, CsvCells.neutralise(formula));
        }
        assertEquals("楼道堆放杂物", CsvCells.neutralise("楼道堆放杂物"));
        assertEquals("a=b", CsvCells.neutralise("a=b"));
        assertEquals("", CsvCells.neutralise(""));
        assertNull(CsvCells.neutralise(null));
    }
}
