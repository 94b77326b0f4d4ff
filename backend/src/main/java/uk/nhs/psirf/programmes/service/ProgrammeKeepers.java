package uk.nhs.psirf.programmes.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.platform.security.CurrentUser;
import uk.nhs.psirf.platform.security.Roles;

import java.util.Set;

/**
 * Who keeps the trust's programmes and communities of practice: the improvement advisors (QI department) and the
 * patient safety specialists. They see every session's register and every community; the operations that only they
 * may call say so with their roles.
 */
@ApplicationScoped
public class ProgrammeKeepers {
    static final Set<String> ROLES = Set.of(Roles.IMPROVEMENT_ADVISOR, Roles.PATIENT_SAFETY_SPECIALIST);

    private final CurrentUser currentUser;

    public ProgrammeKeepers(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public boolean callerKeeps() {
        return currentUser.hasAnyRole(ROLES);
    }
}
