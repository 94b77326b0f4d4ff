package uk.nhs.psirf.beingfair.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** A question of the tool in its own words, with what it says first ({@code guidance}) and the answers it allows. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuestionView(String id, String section, String text, String guidance, List<OptionView> options) {
    public record OptionView(String value, String label) {
    }
}
