package uk.nhs.psirf.coachrecruitment.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The steps of recruiting a QI coach with lived experience (000_* §4 and Appendix 1), in the only order they may be
 * signed off. The expression of interest is the first: it creates the candidate. Each step names the party it waits
 * on, so the pathway can say what is waiting and on whom.
 */
public enum RecruitmentStep {
    EXPRESSION_OF_INTEREST("expression-of-interest", "Expression of interest", "the QI department"),
    JOB_DESCRIPTION_GIVEN("job-description-given", "Job description given", "the QI department"),
    CLINICAL_DIRECTOR_SIGN_OFF("clinical-director-sign-off", "Sign-off by the clinical director",
            "the clinical director of %s"),
    PEOPLE_PARTICIPATION_SIGN_OFF("people-participation-sign-off", "Sign-off by the people participation team",
            "the people participation team"),
    PROGRAMME_PLACE("programme-place", "Place on the Improvement Coaches Programme", "the QI department"),
    BANK_APPOINTMENT("bank-appointment", "Appointment to the bank", "the staff bank"),
    INDUCTION("induction", "Directorate induction", "the %s directorate");

    private final String code;
    private final String title;
    private final String party;

    RecruitmentStep(String code, String title, String party) {
        this.code = code;
        this.title = title;
        this.party = party;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    /** Who the step waits on, e.g. "the clinical director of Mental Health". */
    public String partyIn(String directorateName) {
        return party.contains("%s") ? String.format(party, directorateName) : party;
    }

    /** The step that must be signed off before this one; empty for the expression of interest. */
    public Optional<RecruitmentStep> dependsOn() {
        return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }

    /** The steps signed off after the candidate exists: every step but the expression of interest. */
    public static List<RecruitmentStep> signable() {
        return Arrays.stream(values()).filter(s -> s != EXPRESSION_OF_INTEREST).toList();
    }

    public static Optional<RecruitmentStep> signableFromCode(String code) {
        return signable().stream().filter(s -> s.code.equals(code)).findFirst();
    }
}
