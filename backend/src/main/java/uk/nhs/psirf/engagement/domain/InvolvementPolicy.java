package uk.nhs.psirf.engagement.domain;

import java.util.Collection;

/** Someone who declined to be involved has chosen no level of involvement; the two cannot be recorded together. */
public final class InvolvementPolicy {
    private InvolvementPolicy() {
    }

    public static boolean isConsistent(Collection<Involvement> chosen) {
        return !chosen.contains(Involvement.DECLINED) || chosen.size() == 1;
    }
}
