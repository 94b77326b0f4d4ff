package uk.nhs.psirf.responses.domain;

import uk.nhs.psirf.platform.error.FieldErrorCode;

import uk.nhs.psirf.platform.rules.Verdict;

import java.util.List;

/**
 * Policy §13: "any extension to timescales will be agreed with those affected (including the patient / service
 * users, family, carer, and staff)", so an extension is recorded only with at least one person who agreed, each one
 * of the people affected recorded on the response (patient, family, carer or member of staff involved), never a
 * name typed in.
 */
public final class ExtensionAgreementPolicy {
    private ExtensionAgreementPolicy() {
    }

    public static Verdict isAgreed(List<Agreement> agreedBy) {
        return Verdict.allowedIf(agreedBy != null && !agreedBy.isEmpty()
                        && agreedBy.stream().allMatch(a -> a.personAffectedId() != null),
                () -> Verdict.invalid("agreedBy", FieldErrorCode.AGREEMENT_MISSING,
                        "Record who among the people affected agreed to the extension"));
    }
}
