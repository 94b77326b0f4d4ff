package uk.nhs.psirf.oversight.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.nhs.psirf.oversight.domain.OversightGroup;
import uk.nhs.psirf.platform.error.AccessDeniedException;
import uk.nhs.psirf.platform.security.CurrentUser;
import uk.nhs.psirf.platform.security.Roles;

import java.util.Optional;
import java.util.UUID;

/**
 * Who may see an oversight group (product access rules): the patient safety team and the Chief Nurse see every
 * group; a patient safety partner only the groups they are a member of (their person record is the one with the
 * e-mail address of their sign-in). Anyone else is refused with 403, audited.
 */
@ApplicationScoped
public class OversightAccess {
    public static final String GROUP = "oversight-group";

    private final EntityManager entityManager;
    private final CurrentUser currentUser;

    public OversightAccess(EntityManager entityManager, CurrentUser currentUser) {
        this.entityManager = entityManager;
        this.currentUser = currentUser;
    }

    public boolean seesEveryGroup() {
        return currentUser.hasRole(Roles.PATIENT_SAFETY_SPECIALIST) || currentUser.hasRole(Roles.CHIEF_NURSE);
    }

    /** The caller's person record, when they are a patient safety partner known to the people directory. */
    public Optional<UUID> callerAsPartner() {
        String email = currentUser.email();
        if (!currentUser.hasRole(Roles.PATIENT_SAFETY_PARTNER) || email == null || email.isBlank()) {
            return Optional.empty();
        }
        return entityManager.createNativeQuery(
                        "select id from person where lower(email) = lower(:email) and active", UUID.class)
                .setParameter("email", email).getResultStream().map(UUID.class::cast).findFirst();
    }

    public boolean maySee(OversightGroup group) {
        if (seesEveryGroup()) {
            return true;
        }
        return callerAsPartner().flatMap(group::member).isPresent();
    }

    /** 403, audited against the group, unless the caller may see it. */
    public void requireSee(OversightGroup group) {
        if (!maySee(group)) {
            throw new AccessDeniedException(GROUP, group.id().toString());
        }
    }
}
