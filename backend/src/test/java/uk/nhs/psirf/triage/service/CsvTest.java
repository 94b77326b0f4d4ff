package uk.nhs.psirf.triage.service;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** "Cells that a spreadsheet would run as a formula are exported as text." */
class CsvTest {

    @Test
    void formulaLeadingCellsAreDefused() {
        assertEquals("'=1+2", Csv.cell("=1+2"));
        assertEquals("'+1", Csv.cell("+1"));
        assertEquals("'-1", Csv.cell("-1"));
        assertEquals("'@SUM(A1)", Csv.cell("@SUM(A1)"));
    }

    @Test
    void cellsWithCommasQuotesOrNewlinesAreQuoted() {
        assertEquals("\"a,b\"", Csv.cell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.cell("say \"hi\""));
        assertEquals("\"line\nbreak\"", Csv.cell("line\nbreak"));
    }

    @Test
    void rowsEndWithCrLf() {
        StringBuilder csv = new StringBuilder();
        Csv.appendRow(csv, List.of("a", "b"));
        assertEquals("a,b\r\n", csv.toString());
    }
}
