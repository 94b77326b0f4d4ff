package uk.nhs.psirf.candour.rest;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import uk.nhs.psirf.candour.api.BankHolidayCoverageView;
import uk.nhs.psirf.candour.service.BankHolidayService;

/**
 * {@code /q/health/ready} says how far the bank holidays held reach ({@code bankHolidaysKnownUntil}) and warns
 * when they run out within 12 months. It stays UP: candour deadlines are still computed, only less surely, and
 * taking the service out of a load balancer would not bring new bank holidays.
 */
@Readiness
@ApplicationScoped
public class BankHolidayReadiness implements HealthCheck {
    static final String NAME = "bank-holidays";

    private final BankHolidayService holidays;

    public BankHolidayReadiness(BankHolidayService holidays) {
        this.holidays = holidays;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up();
        try {
            BankHolidayCoverageView coverage = holidays.coverage();
            response.withData("bankHolidaysKnownUntil", coverage.knownUntil().toString())
                    .withData("bankHolidaysRunOutSoon", coverage.runsOutSoon());
            if (coverage.warning() != null) {
                response.withData("warning", coverage.warning());
            }
        } catch (RuntimeException e) {
            // The database check reports the database; this one only reports what it could not read.
            response.withData("warning", "The bank holidays could not be read: " + e.getClass().getSimpleName());
        }
        return response.build();
    }
}
