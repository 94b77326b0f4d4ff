package uk.nhs.psirf.oversight.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Policy §3.7 and the access rules: free text "that may name people" is not for partners. A name the system does not
 * hold cannot be withheld for sure, so its author is warned: a capitalised word that does not start a sentence and is
 * not a common or clinical word.
 */
class UnknownNamesTest {
    private static final CommonWords COMMON = CommonWords.with(List.of("District Nursing"));

    private static List<UnknownNames.Warning> warnings(String text, List<Redaction.Span> withheld) {
        return UnknownNames.in(text, withheld, COMMON);
    }

    @Test
    void a_capitalised_word_inside_a_sentence_that_is_not_a_common_word_is_a_possible_name() {
        String text = "The fall was seen by Pemberton-Hale on the ward. Nurses told NHS England and District Nursing.";
        assertEquals(List.of(new UnknownNames.Warning("Pemberton-Hale", 21)), warnings(text, List.of()));
    }

    @Test
    void the_first_word_of_a_sentence_or_a_line_is_not_a_possible_name() {
        assertEquals(List.of(), warnings("Bartholomew fell. Quentin helped!\nOrlando called? Yes.", List.of()));
    }

    @Test
    void a_word_after_a_title_with_a_full_stop_is_still_a_possible_name_and_a_possessive_is_dropped() {
        assertEquals(List.of(new UnknownNames.Warning("Okafor", 11), new UnknownNames.Warning("Lumley", 23)),
                warnings("We met Dr. Okafor, and Lumley's son.", List.of()));
    }

    @Test
    void a_word_already_withheld_is_not_warned_about() {
        assertEquals(List.of(), warnings("We met Okafor today.", List.of(new Redaction.Span(7, 13,
                Redaction.Kind.NAME))));
    }
}
