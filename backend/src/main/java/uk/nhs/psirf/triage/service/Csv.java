package uk.nhs.psirf.triage.service;

import java.util.List;

/** RFC 4180 rows, with spreadsheet formula injection defused. */
final class Csv {
    private Csv() {
    }

    static void appendRow(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /**
     * A cell starting with = + - @ (or tab/CR) would run as a formula in Excel; a leading apostrophe
     * makes it text (OWASP CSV injection).
     */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = value;
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            safe = "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
