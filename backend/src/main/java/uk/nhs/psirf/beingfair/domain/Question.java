package uk.nhs.psirf.beingfair.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The questions of the NHS England Being Fair decision-making tool (Copyright © 2025 NHS England), in the tool's own
 * words, and the question the users answer at each "continue with the systems-based learning response" exit: whether
 * there are ongoing concerns that the action may have been reckless, wilfully neglectful or malicious.
 */
public enum Question {
    RELATES_TO_INCIDENT("relates-to-incident", Section.PRECONDITIONS,
            "Do the concerns raised relate to a patient safety incident?", null, Options.YES_NO),
    SYSTEMS_RESPONSE("systems-response", Section.PRECONDITIONS,
            "Has a patient safety learning response that takes a systems-based approach been started or completed?",
            null, Options.YES_NO),
    JOINT_USE("joint-use", Section.PRECONDITIONS,
            "Will the tool be used jointly by a member of the patient safety team and the workforce team?", null,
            Options.YES_NO),
    Q1A("1a", Section.SUBSTITUTION,
            "Does the learning response indicate that staff in the same peer group as the individual involved and with "
                    + "comparable experience and qualifications would have acted in the same way in similar "
                    + "circumstances?", null, Options.YES_NO_UNSURE),
    CONCERNS_AFTER_1A("1a-ongoing-concerns", Section.SUBSTITUTION, Texts.ONGOING_CONCERNS,
            "If yes, continue with the systems-based learning response. " + Texts.ONLY_CONTINUE, Options.YES_NO),
    Q1B("1b", Section.SUBSTITUTION,
            "Was the individual included when their peer group received relevant training?",
            "If no or unsure, continue by asking the further substitution test questions", Options.YES_NO_UNKNOWN),
    Q1C("1c", Section.SUBSTITUTION,
            "Have you considered the experience and background of the individual (including differences in training "
                    + "practices between organisations or internationally and cultural differences)?", null,
            Options.YES_NO_UNKNOWN),
    Q1D("1d", Section.SUBSTITUTION, "Was supervision in line with expected practice?", null, Options.YES_NO_UNKNOWN),
    CONCERNS_AFTER_1D("1b-1d-ongoing-concerns", Section.SUBSTITUTION, Texts.ONGOING_CONCERNS,
            "If no to any, or the answer is unknown, discuss with the individual’s supervisor or education lead. "
                    + "Continue with the systems-based learning response. " + Texts.ONLY_CONTINUE, Options.YES_NO),
    Q2A("2a", Section.FORESIGHT,
            "Does the learning response identify any agreed protocols or accepted practices that apply to the "
                    + "individual’s action or omission in question?", null, Options.YES_NO),
    Q2B("2b", Section.FORESIGHT,
            "Does the learning response find these protocols to be workable and reflective of accepted practice?",
            null, Options.YES_NO),
    CONCERNS_AFTER_2("2-ongoing-concerns", Section.FORESIGHT, Texts.ONGOING_CONCERNS,
            "If no to any, continue with the systems-based learning response. " + Texts.ONLY_CONTINUE, Options.YES_NO),
    Q3("3", Section.DELIBERATE_HARM,
            "Based on what is known, is there any suggestion of recklessness, wilful neglect or an intention to cause "
                    + "harm?", null, Options.YES_NO),
    Q4A("4a", Section.HEALTH,
            "Based on what is known, is there any indication of substance use by the individual (for example, drugs "
                    + "or alcohol)?", null, Options.YES_NO),
    Q4B("4b", Section.HEALTH,
            "Based on what is known, is there any indication of physical or mental ill health that may have affected "
                    + "the individual’s actions?", null, Options.YES_NO),
    Q5("5", Section.MITIGATING,
            "Does the learning response or other information identify any significant mitigating circumstances for "
                    + "the individual’s actions?", null, Options.YES_NO);

    private final String id;
    private final Section section;
    private final String text;
    private final String guidance;
    private final List<Option> options;

    Question(String id, Section section, String text, String guidance, List<Option> options) {
        this.id = id;
        this.section = section;
        this.text = text;
        this.guidance = guidance;
        this.options = options;
    }

    public String id() {
        return id;
    }

    public Section section() {
        return section;
    }

    public String text() {
        return text;
    }

    /** What the tool says at this point, before the question; null when nothing. */
    public String guidance() {
        return guidance;
    }

    public List<Option> options() {
        return options;
    }

    public boolean allows(Answer answer) {
        return options.stream().anyMatch(o -> o.answer() == answer);
    }

    public static Optional<Question> fromId(String id) {
        return Arrays.stream(values()).filter(q -> q.id.equals(id)).findFirst();
    }

    /** One allowed answer and the words the tool uses for it. */
    public record Option(Answer answer, String label) {
    }

    /** The parts of the tool, with their headings. */
    public enum Section {
        PRECONDITIONS("Preconditions of use"),
        SUBSTITUTION("Q1 Substitution test – to ensure wider system issues have been fully considered"),
        FORESIGHT("Q2 Foresight test – to ensure wider system issues have been fully considered"),
        DELIBERATE_HARM("Q3 Deliberate harm test"),
        HEALTH("Q4 Health test"),
        MITIGATING("Q5 Mitigating circumstances");

        private final String heading;

        Section(String heading) {
            this.heading = heading;
        }

        public String heading() {
            return heading;
        }
    }

    private static final class Texts {
        static final String ONLY_CONTINUE = "Only continue with the tool if there are ongoing concerns that an "
                + "individual’s action may have been reckless, wilfully neglectful or malicious.";
        static final String ONGOING_CONCERNS = "Are there ongoing concerns that an individual’s action may have been "
                + "reckless, wilfully neglectful or malicious?";
    }

    private static final class Options {
        static final List<Option> YES_NO = List.of(new Option(Answer.YES, "Yes"), new Option(Answer.NO, "No"));
        static final List<Option> YES_NO_UNSURE = List.of(new Option(Answer.YES, "Yes"), new Option(Answer.NO, "No"),
                new Option(Answer.UNSURE, "Unsure"));
        static final List<Option> YES_NO_UNKNOWN = List.of(new Option(Answer.YES, "Yes"), new Option(Answer.NO, "No"),
                new Option(Answer.UNSURE, "Unknown"));
    }
}
