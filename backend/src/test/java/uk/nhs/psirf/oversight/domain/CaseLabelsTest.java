package uk.nhs.psirf.oversight.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CaseLabelsTest {
    @Test
    void patients_are_labelled_in_the_order_of_the_events_and_the_same_patient_keeps_one_label() {
        CaseLabels labels = new CaseLabels();
        assertEquals("Patient A", labels.labelFor(CaseLabels.patientKey(true, "943 476 5919", "Jane", "e1")));
        assertNull(labels.labelFor(CaseLabels.patientKey(false, null, null, "e2")));
        assertEquals("Patient B", labels.labelFor(CaseLabels.patientKey(true, null, "Ann Other", "e3")));
        assertEquals("Patient A", labels.labelFor(CaseLabels.patientKey(true, "9434765919", "Jane E", "e4")));
        assertEquals(List.of("Patient A", "Patient B"), labels.labels());
        assertEquals("AA", CaseLabels.letters(26));
    }
}
