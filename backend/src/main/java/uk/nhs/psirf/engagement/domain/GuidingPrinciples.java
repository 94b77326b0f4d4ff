package uk.nhs.psirf.engagement.domain;

import java.util.List;

/** "Guiding principles for engagement and involvement" (policy Appendices 2 and 3), word for word. */
public final class GuidingPrinciples {
    public static final List<String> ALL = List.of(
            "Apologies are meaningful",
            "Approach is individualised, collaborative and open",
            "Timing is sensitive",
            "Everyone is treated with respect and compassion",
            "Expectations are addressed",
            "Guidance and clarity are provided",
            "People are ‘heard’",
            "Subjectivity is accepted",
            "Strive for equity");

    private GuidingPrinciples() {
    }
}
