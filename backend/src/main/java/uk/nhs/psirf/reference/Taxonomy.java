package uk.nhs.psirf.reference;

import java.util.List;

public record Taxonomy(List<Code> eventTypes, List<Code> categories, List<Code> physicalHarm,
                       List<Code> psychologicalHarm, List<Code> ageBrackets, List<Code> genders,
                       List<Code> ethnicities, List<Code> staffTypes) {
}
