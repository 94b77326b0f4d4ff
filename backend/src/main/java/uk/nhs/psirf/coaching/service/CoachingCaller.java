package uk.nhs.psirf.coaching.service;

import uk.nhs.psirf.coaching.domain.CoachingContract;
import uk.nhs.psirf.coaching.domain.Side;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Who the caller is to coaching: their coach register id (if they are on it), their person of the directory (if the
 * directory knows them) and whether they are an improvement advisor, who sees all coaching.
 */
record CoachingCaller(UUID coachId, UUID personId, boolean advisor) {

    boolean coaches(CoachingContract contract) {
        return contract.isCoachedBy(coachId);
    }

    boolean isCoachee(CoachingContract contract) {
        return personId != null && personId.equals(contract.coacheePersonId());
    }

    /** The sides of the contract the caller accepts the ground rules for. */
    List<Side> sides(CoachingContract contract) {
        List<Side> sides = new ArrayList<>();
        if (coaches(contract)) {
            sides.add(Side.COACH);
        }
        if (isCoachee(contract)) {
            sides.add(Side.COACHEE);
        }
        return sides;
    }
}
