package uk.nhs.psirf.oversight.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.oversight.domain.GroupVisibilityPolicy;
import uk.nhs.psirf.oversight.domain.OversightGroup;
import uk.nhs.psirf.people.service.CallerPerson;
import uk.nhs.psirf.platform.security.CurrentUser;
import uk.nhs.psirf.platform.security.Roles;

import java.util.Optional;
import java.util.UUID;

/**
 * Who may see an oversight group (product access rules): the patient safety team and the Chief Nurse see every
 * group; a patient safety partner only the groups they are a member of (their person record is the one with the
 * e-mail address of their sign-in) ({@link GroupVisibilityPolicy}). Anyone else is refused with 403, audited.
 */
@ApplicationScoped
public class OversightAccess {
    public static final String GROUP = "oversight-group";

    private final CurrentUser currentUser;
    private final CallerPerson callerPerson;

    public OversightAccess(CurrentUser currentUser, CallerPerson callerPerson) {
        this.currentUser = currentUser;
        this.callerPerson = callerPerson;
    }

    public boolean seesEveryGroup() {
        return currentUser.hasRole(Roles.PATIENT_SAFETY_SPECIALIST) || currentUser.hasRole(Roles.CHIEF_NURSE);
    }

    /** The caller's person record, when they are a patient safety partner known to the people directory. */
    public Optional<UUID> callerAsPartner() {
        return currentUser.hasRole(Roles.PATIENT_SAFETY_PARTNER) ? callerPerson.id() : Optional.empty();
    }

    /** 403, audited against the group, unless the caller may see it ({@link GroupVisibilityPolicy}). */
    public void requireSee(OversightGroup group) {
        GroupVisibilityPolicy.maySee(seesEveryGroup(), callerAsPartner(), group).orDeny(GROUP, group.id().toString());
    }
}
