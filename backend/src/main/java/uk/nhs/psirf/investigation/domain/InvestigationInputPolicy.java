package uk.nhs.psirf.investigation.domain;

import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.rules.Verdict;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the work of a learning response must say to be recorded (policy §13.1 and appendix 4): the input of each
 * person affected to the terms of reference ("agreed with those affected by the incident as part of setting the
 * terms of reference, provided they are willing and able to be involved") is summarised unless they declined; the
 * chronology lists each entry once; accounts, sharings and sign-off happened, so are not dated in the future; the
 * contributory factors are placed in the SEIPS work system ("We will use a SEIPS ... or similar systems-based
 * framework"); and the draft is either shared with those affected ("Receiving drafts (if applicable)") or a reason is
 * given for not sharing it, never both.
 */
public final class InvestigationInputPolicy {
    static final String IN_THE_FUTURE = "The date cannot be in the future";

    private InvestigationInputPolicy() {
    }

    /** {@code field} names the summary of one person's input, e.g. {@code affectedInput[0].summary}. */
    public static Verdict inputSummarised(String field, boolean declined, String summary) {
        return Verdict.allowedIf(declined || (summary != null && !summary.isBlank()),
                () -> Verdict.invalid(field, FieldErrorCode.REQUIRED,
                        "Summarise their input, or say that they declined to give any"));
    }

    /** The ids of the chronology's entries, as given: each one once. */
    public static Verdict eachEntryOnce(List<?> entryIds) {
        return Verdict.allowedIf(entryIds.stream().distinct().count() == entryIds.size(),
                () -> Verdict.invalid("entries", FieldErrorCode.INVALID_VALUE, "Each entry may appear only once"));
    }

    /** The date something was done (an account taken, the draft shared, the sign-off) is not after today. */
    public static Verdict notInTheFuture(String field, LocalDate on, LocalDate today) {
        return Verdict.allowedIf(!on.isAfter(today),
                () -> Verdict.invalid(field, FieldErrorCode.IN_THE_FUTURE, IN_THE_FUTURE));
    }

    /** A contributory factor sits in one part of the SEIPS work system ({@link SeipsCategory}). */
    public static Verdict inWorkSystem(String field, Optional<SeipsCategory> category) {
        return Verdict.allowedIf(category.isPresent(),
                () -> Verdict.invalid(field, FieldErrorCode.UNKNOWN_CODE, "Select a part of the work system"));
    }

    /** The draft is shared with a patient, family member, carer or member of staff ({@link Relationship}). */
    public static Verdict sharedWithSomeoneAffected(String field, Optional<Relationship> relationship) {
        return Verdict.allowedIf(relationship.isPresent(),
                () -> Verdict.invalid(field, FieldErrorCode.UNKNOWN_CODE, "Select patient, family, carer or staff"));
    }

    /** A reason for not sharing the draft is recorded only when it was not shared. */
    public static Verdict reasonOnlyWhenNotShared(boolean shared, String notSharedReason) {
        return Verdict.allowedIf(!shared || notSharedReason == null,
                () -> Verdict.invalid("notSharedReason", FieldErrorCode.REASON_OR_SHARING,
                        "Leave the reason empty: the draft was shared"));
    }
}
