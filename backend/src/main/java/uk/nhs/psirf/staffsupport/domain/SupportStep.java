package uk.nhs.psirf.staffsupport.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import static uk.nhs.psirf.staffsupport.domain.SupportStage.CONTINUED;
import static uk.nhs.psirf.staffsupport.domain.SupportStage.IMMEDIATE;
import static uk.nhs.psirf.staffsupport.domain.SupportStage.ONGOING;

/**
 * The steps of policy Appendix 2, "Guidance for the support process", word for word. The policy draws them as a
 * flow across three columns; they are listed here in the order the flow runs.
 */
public enum SupportStep {
    INCIDENT_OCCURS(IMMEDIATE, "Incident or complaint occurs"),
    IMMEDIATE_NEEDS(IMMEDIATE, "Line manager explores any immediate support needs for their staff and clearly documents this"),
    HR_ASSESSED(IMMEDIATE, "Line manager assesses the requirement to contact HR to identify any additional staff support required"),
    DATIX_COMPLETED(IMMEDIATE, "Datix completed, review initiated, and Duty of Candour completed if required"),
    REVIEW_INITIATED_CHECK_IN(CONTINUED, "Line manager informs staff member that a review is being initiated, checks in with staff member about how they are feeling and re-explores support, (including any peer support available)"),
    LINKS_WITH_REVIEWER(CONTINUED, "Line manager links in with reviewer (and HR if appropriate)"),
    REVIEWER_CONTACT(CONTINUED, "Reviewer initiates contact with staff member and follows guidance for the review process"),
    PROCESS_ENDED(ONGOING, "Reviewer informs staff member that the process has ended, discusses any new support needs that may have emerged and informs line manager"),
    LINE_MANAGER_UPDATE(ONGOING, "Line manager updates staff member and explores any additional support needs"),
    LEARNING_FEEDS_IN(ONGOING, "Actions / learning feed into improvement plans / workstreams and are disseminated as appropriate"),
    RESTORATIVE_APPROACH(ONGOING, "Restorative approach for patient / staff / service continues as needed");

    private final SupportStage stage;
    private final String text;

    SupportStep(SupportStage stage, String text) {
        this.stage = stage;
        this.text = text;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public SupportStage stage() {
        return stage;
    }

    public String text() {
        return text;
    }

    public static Optional<SupportStep> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }
}
