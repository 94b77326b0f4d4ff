package uk.nhs.psirf.oversight.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Patients are named to partners only by a case label, "Patient A", "Patient B" ..., in the order of the response's
 * events; two events about the same patient (same NHS number, else same name) share a label.
 */
public final class CaseLabels {
    private final Map<String, String> labels = new LinkedHashMap<>();

    /** The label of the patient known by this key (null: no patient, no label). */
    public String labelFor(String patientKey) {
        if (patientKey == null) {
            return null;
        }
        return labels.computeIfAbsent(patientKey, k -> "Patient " + letters(labels.size()));
    }

    public List<String> labels() {
        return new ArrayList<>(labels.values());
    }

    /** A, B, ..., Z, AA, AB, ... */
    static String letters(int index) {
        StringBuilder out = new StringBuilder();
        int n = index;
        do {
            out.insert(0, (char) ('A' + n % 26));
            n = n / 26 - 1;
        } while (n >= 0);
        return out.toString();
    }

    /** The key that tells one patient from another: the NHS number, else the name; null when no patient. */
    public static String patientKey(boolean involved, String nhsNumber, String name, String eventId) {
        if (!involved) {
            return null;
        }
        if (nhsNumber != null && !nhsNumber.isBlank()) {
            return "nhs:" + nhsNumber.replaceAll("\\D", "");
        }
        if (name != null && !name.isBlank()) {
            return "name:" + name.strip().toLowerCase();
        }
        return "event:" + eventId;
    }
}
