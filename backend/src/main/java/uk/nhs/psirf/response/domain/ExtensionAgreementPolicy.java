package uk.nhs.psirf.response.domain;

import java.util.List;

/**
 * Policy §13: any extension to the timescale is agreed with those affected (patient, family, carer, staff), so an
 * extension is recorded only with at least one named person who agreed and their relationship to the incident.
 */
public final class ExtensionAgreementPolicy {
    private ExtensionAgreementPolicy() {
    }

    public static boolean isAgreed(List<Agreement> agreedBy) {
        return agreedBy != null && !agreedBy.isEmpty()
                && agreedBy.stream().allMatch(a -> !isBlank(a.name()) && !isBlank(a.relationship()));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
