package uk.nhs.psirf.oversight.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RedactionTest {
    private final Redaction redaction = Redaction.builder()
            .name("Jane Al Example").nhsNumber("943 476 5919").dateOfBirth(LocalDate.of(1941, 3, 2))
            .address("1 High Street, Northtown NT1 4AB").name("Dana Nurse").names(List.of("Lee Lead")).build();

    @Test
    void every_known_identifier_in_free_text_is_replaced_by_withheld() {
        String text = """
                Mrs Jane Example (NHS 9434765919, also written 943 476 5919 and 943-476-5919), born 02/03/1941, \
                2 March 1941, 1941-03-02 and 2nd March 1941, of 1 High Street, Northtown, NT14AB. EXAMPLE told \
                Dana that nurse Nurse and Lee Lead were kind; jane was seen in clinic.""";
        String out = redaction.apply(text);
        for (String identifier : List.of("Jane", "Example", "EXAMPLE", "9434765919", "943 476 5919", "943-476-5919",
                "02/03/1941", "2 March 1941", "1941-03-02", "2nd March 1941", "High Street", "Northtown", "NT14AB",
                "Dana", "Nurse", "Lee", "Lead")) {
            assertFalse(out.contains(identifier), identifier + " left in: " + out);
        }
        assertTrue(out.contains("[withheld]"));
        assertTrue(out.contains("were kind"), out);
        assertTrue(out.contains("was seen in clinic"), out);
        // "Al" has two letters: too short to withhold on its own, and it would blank ordinary words
        assertEquals("Al said the plan is fine", redaction.apply("Al said the plan is fine"));
    }

    @Test
    void words_that_merely_contain_a_name_are_kept() {
        assertEquals("Leadership and Examples", redaction.apply("Leadership and Examples"));
    }

    @Test
    void nothing_known_leaves_text_as_it_was() {
        assertEquals("text", Redaction.builder().build().apply("text"));
        assertNull(redaction.apply(null));
    }
}
