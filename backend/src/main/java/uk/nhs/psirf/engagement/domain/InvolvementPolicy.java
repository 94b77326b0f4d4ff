package uk.nhs.psirf.engagement.domain;

import uk.nhs.psirf.platform.error.FieldErrorCode;

import uk.nhs.psirf.platform.rules.Verdict;

import java.util.Collection;

/** Someone who declined to be involved has chosen no level of involvement; the two cannot be recorded together. */
public final class InvolvementPolicy {
    private InvolvementPolicy() {
    }

    public static Verdict isConsistent(Collection<Involvement> chosen) {
        return Verdict.allowedIf(!chosen.contains(Involvement.DECLINED) || chosen.size() == 1,
                () -> Verdict.invalid("involvement", FieldErrorCode.DECLINED_WITH_INVOLVEMENT,
                        "Someone who declined to be involved cannot also have a level of involvement"));
    }
}
