package uk.nhs.psirf.oversight.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Policy §3.7: Patient Safety Partners take part "in investigation oversight groups where appropriate"; the product's
 * access rules: a partner gets "de-identified oversight and aggregate safety data only", and patient-identifiable data
 * ("name, NHS number, date of birth, address, free text that may name people") never reaches them. Each test writes
 * one identifier the way people write it and checks that nothing of it is left, and that ordinary words are kept.
 */
class RedactionTest {
    private static final CommonWords COMMON = CommonWords.with(List.of("Community Hospitals",
            "Adult Community Services"));
    private final Redaction redaction = Redaction.builder().commonWords(COMMON)
            .name("Jane Al Example").name("Mei Ng").name("Chris Chief-Nurse").nhsNumber("943 476 5919")
            .address("17 Wrenfield Lane, Northtown NT1 4AB")
            .place("Riverside Community Hospital, Oak Ward", List.of("Community Hospitals", "Adult Community Services"))
            .placeCode("LOC-CH-RIVERSIDE").nameOrRole("The patient's daughter").nameOrRole("Cressida Candourby")
            .build();

    private void withheld(String text, Redaction.Kind kind, String... gone) {
        Redaction.Redacted out = redaction.redact(text);
        for (String identifier : gone) {
            assertFalse(out.text().contains(identifier), identifier + " left in: " + out.text());
        }
        assertTrue(out.withheld().stream().anyMatch(s -> s.kind() == kind), kind + " not among " + out.withheld()
                + " for: " + text);
    }

    @Test
    void a_name_is_withheld_whole_and_word_by_word_in_any_case_with_its_possessive() {
        withheld("Mrs Jane Example and EXAMPLE's son; jane was seen", Redaction.Kind.NAME, "Jane", "Example",
                "EXAMPLE", "jane", "'s son");
        assertEquals("Mrs [withheld] and [withheld] son; [withheld] was seen",
                redaction.apply("Mrs Jane Example and EXAMPLE's son; jane was seen"));
    }

    @Test
    void a_two_letter_surname_is_a_name_like_any_other() {
        assertEquals("[withheld] saw [withheld] notes; [withheld] agreed; so did [withheld]",
                redaction.apply("Ng saw Ng's notes; NG agreed; so did Al"));
    }

    @Test
    void words_that_merely_contain_a_name_are_kept() {
        assertEquals("Leadership and Examples, nothing ongoing, also", redaction.apply(
                "Leadership and Examples, nothing ongoing, also"));
    }

    @Test
    void a_common_word_in_a_name_is_withheld_only_when_capitalised() {
        assertEquals("the nurse told [withheld]", redaction.apply("the nurse told Chief Nurse"));
    }

    @Test
    void a_role_recorded_where_a_name_may_be_is_not_taken_for_a_name() {
        assertEquals("we told the patient's daughter and [withheld]",
                redaction.apply("we told the patient's daughter and Cressida Candourby"));
    }

    @Test
    void an_nhs_number_is_withheld_with_any_separator_or_none_in_any_grouping_known_or_not() {
        for (String written : List.of("9434765919", "943 476 5919", "943-476-5919", "943.476.5919", "943/476/5919",
                "94 34 76 59 19", "9434 765 919", "943 - 476 - 5919", "485 777 3456", "485.777.3456")) {
            withheld("NHS " + written + " was checked", Redaction.Kind.NHS_NUMBER, written, "5919", "3456");
        }
    }

    @Test
    void a_date_is_withheld_in_numeric_forms_with_any_separator_or_none_and_two_or_four_digit_years() {
        for (String written : List.of("01/02/1980", "1/2/1980", "1.2.80", "01-02-80", "01 02 1980", "01021980",
                "19800201", "1980-02-01", "1980/2/1", "12/31/1980", "010280")) {
            withheld("born " + written + ", seen", Redaction.Kind.DATE, written);
            assertTrue(redaction.apply("born " + written + ", seen").endsWith(", seen"));
        }
    }

    @Test
    void a_date_is_withheld_with_the_month_named() {
        for (String written : List.of("1 February 1980", "1st February 1980", "1 Feb 1980", "1 Feb. 80",
                "February 1, 1980", "Feb 1st 1980", "1st of February 1980", "1 February", "1-Feb-1980")) {
            withheld("born " + written + ".", Redaction.Kind.DATE, "1980", "February", "Feb");
        }
    }

    @Test
    void ordinary_numbers_times_doses_and_the_systems_references_are_kept() {
        String text = "At 10:30 on ward round 2 nurses gave 2.5 mg; 3 of 10 checks; see LR-2026-000123 and "
                + "PSE-2026-010280; grade 4 ulcer; 12345678 steps";
        assertEquals(text, redaction.apply(text));
    }

    @Test
    void a_uk_postcode_is_withheld_with_or_without_its_space_in_any_case() {
        for (String written : List.of("LS1 4AB", "ls14ab", "SW1A 1AA", "M1 1AE", "B33 8TH")) {
            withheld("lives at " + written + " now", Redaction.Kind.POSTCODE, written);
        }
    }

    @Test
    void a_phone_number_is_withheld_landline_or_mobile_spaced_or_not_with_or_without_44() {
        for (String written : List.of("07700 900123", "07700900123", "+44 7700 900123", "+447700900123",
                "0113 496 0000", "(0113) 496 0000", "020 7946 0018", "+44 (0)20 7946 0018", "0044 113 496 0000")) {
            withheld("call " + written + " today", Redaction.Kind.PHONE, written, "900123", "0000", "0018");
        }
    }

    @Test
    void an_email_address_is_withheld() {
        withheld("write to kin.of.patient@example.org today", Redaction.Kind.EMAIL, "example.org", "kin.of");
    }

    @Test
    void a_house_number_and_street_is_withheld_with_the_usual_abbreviations_known_or_not() {
        for (String written : List.of("42 Foxglove Lane", "42 Foxglove Ln", "42 Foxglove Road", "42 Foxglove Rd",
                "42 Foxglove Street", "42 Foxglove St", "42 Foxglove Avenue", "42 Foxglove Ave", "42 Foxglove Close",
                "42 Foxglove Cl", "42 Foxglove Drive", "42 Foxglove Dr", "42 Foxglove Court", "42 Foxglove Ct",
                "42 Foxglove Crescent", "42 Foxglove Cres", "42a Long Foxglove Way", "42 foxglove ln.")) {
            withheld("lives at " + written + " alone", Redaction.Kind.ADDRESS, "Foxglove", "foxglove", "42");
        }
    }

    @Test
    void a_known_address_is_withheld_whole_by_part_and_by_word_with_its_street_abbreviated_or_not() {
        withheld("at 17 Wrenfield Ln, Northtown; Wrenfield Lane again; wrenfield; nt14ab", Redaction.Kind.ADDRESS,
                "Wrenfield", "wrenfield", "Northtown", "17", "nt14ab");
    }

    @Test
    void a_place_of_the_trust_is_withheld_by_name_part_code_and_its_own_capitalised_words() {
        withheld("fell on Oak Ward (oak ward, OAK WARD) at Riverside Community Hospital, LOC-CH-RIVERSIDE; "
                + "back to Oak", Redaction.Kind.PLACE, "Oak", "oak ward", "OAK WARD", "Riverside", "RIVERSIDE");
        assertEquals("an oak chair", redaction.apply("an oak chair"));
    }

    @Test
    void a_ward_bed_bay_or_room_the_system_does_not_hold_is_withheld() {
        withheld("moved to Maple Ward, bed 4, then side room 2", Redaction.Kind.PLACE, "Maple", "bed 4",
                "room 2");
    }

    @Test
    void each_withheld_span_says_where_it_stands_in_the_text_partners_get_and_as_written() {
        String text = "Jane was on Oak Ward.";
        Redaction.Redacted out = redaction.redact(text);
        assertEquals("[withheld] was on [withheld].", out.text());
        assertEquals(List.of(new Redaction.Span(0, 10, Redaction.Kind.NAME),
                new Redaction.Span(18, 28, Redaction.Kind.PLACE)), out.withheld());
        assertEquals(List.of(new Redaction.Span(0, 4, Redaction.Kind.NAME),
                new Redaction.Span(12, 20, Redaction.Kind.PLACE)), out.written());
    }

    @Test
    void nothing_known_leaves_text_without_identifier_shapes_as_it_was() {
        assertEquals("text", Redaction.builder().build().apply("text"));
        assertNull(redaction.apply(null));
    }
}
