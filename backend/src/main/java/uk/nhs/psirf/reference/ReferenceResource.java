package uk.nhs.psirf.reference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.nhs.psirf.platform.security.Roles;

import java.util.List;

@Path("/api/v1/reference")
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceResource {
    private final ReferenceData referenceData;

    public ReferenceResource(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    @GET
    @Path("/taxonomy")
    @RolesAllowed({Roles.STAFF, Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.LEARNING_RESPONSE_LEAD,
            Roles.COACH, Roles.PATIENT_SAFETY_PARTNER, Roles.WORKFORCE_PARTNER, Roles.IMPROVEMENT_ADVISOR})
    public Taxonomy getTaxonomy() {
        return referenceData.taxonomy();
    }

    @GET
    @Path("/locations")
    @RolesAllowed({Roles.STAFF, Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.LEARNING_RESPONSE_LEAD,
            Roles.COACH, Roles.PATIENT_SAFETY_PARTNER, Roles.WORKFORCE_PARTNER, Roles.IMPROVEMENT_ADVISOR})
    public List<LocationView> listLocations() {
        return referenceData.activeLocations();
    }

    @GET
    @Path("/directorates")
    @RolesAllowed({Roles.STAFF, Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.LEARNING_RESPONSE_LEAD,
            Roles.COACH, Roles.PATIENT_SAFETY_PARTNER, Roles.WORKFORCE_PARTNER, Roles.IMPROVEMENT_ADVISOR})
    public List<DirectorateView> listDirectorates() {
        return referenceData.directorates();
    }
}
