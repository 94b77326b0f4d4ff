package uk.nhs.psirf.staffsupport.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.staffsupport.api.MyStaffSupportList;
import uk.nhs.psirf.staffsupport.service.StaffSupportService;

/** The staff support the caller gives, as line manager or reviewer: every role that may be one. */
@Path("/api/v1/me/staff-support")
@Produces(MediaType.APPLICATION_JSON)
public class MyStaffSupportResource {
    private final StaffSupportService support;

    public MyStaffSupportResource(StaffSupportService support) {
        this.support = support;
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.LEARNING_RESPONSE_LEAD, Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE,
            Roles.WORKFORCE_PARTNER, Roles.IMPROVEMENT_ADVISOR})
    public MyStaffSupportList listMyStaffSupport() {
        return support.mine();
    }
}
