package uk.nhs.psirf.candour.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.nhs.psirf.candour.api.BankHolidayList;
import uk.nhs.psirf.candour.api.BankHolidayUpload;
import uk.nhs.psirf.candour.api.BankHolidayUploadResult;
import uk.nhs.psirf.candour.service.BankHolidayService;
import uk.nhs.psirf.platform.security.Roles;

/** The England and Wales bank holidays that candour working days skip. */
@Path("/api/v1/candour/bank-holidays")
@Produces(MediaType.APPLICATION_JSON)
public class BankHolidayResource {
    private final BankHolidayService holidays;

    public BankHolidayResource(BankHolidayService holidays) {
        this.holidays = holidays;
    }

    @GET
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE})
    public BankHolidayList listBankHolidays() {
        return holidays.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PATIENT_SAFETY_SPECIALIST)
    public BankHolidayUploadResult uploadBankHolidays(
            @NotNull(message = "Send the file as a JSON object") @Valid BankHolidayUpload body) {
        return holidays.upload(body);
    }
}
