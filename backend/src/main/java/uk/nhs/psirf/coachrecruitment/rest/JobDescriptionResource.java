package uk.nhs.psirf.coachrecruitment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.nhs.psirf.coachrecruitment.api.JobDescriptionView;
import uk.nhs.psirf.coachrecruitment.service.CandidateService;
import uk.nhs.psirf.platform.security.Roles;

/** The job description of a QI coach with lived experience (000_* Appendix 2), for whoever gives it or holds it. */
@Path("/api/v1/coach-recruitment/job-description")
@Produces(MediaType.APPLICATION_JSON)
public class JobDescriptionResource {
    private final CandidateService candidates;

    public JobDescriptionResource(CandidateService candidates) {
        this.candidates = candidates;
    }

    @GET
    @RolesAllowed({Roles.IMPROVEMENT_ADVISOR, Roles.COACH, Roles.STAFF})
    public JobDescriptionView getCoachJobDescription() {
        return candidates.jobDescription();
    }
}
