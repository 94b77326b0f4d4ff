package uk.nhs.psirf.triage.rest;

import uk.nhs.psirf.platform.query.QueryParams;
import uk.nhs.psirf.platform.time.ClockProducer;
import uk.nhs.psirf.reference.EventCategory;
import uk.nhs.psirf.reference.Lfpse;
import uk.nhs.psirf.reference.ReferenceData;
import uk.nhs.psirf.reporting.domain.EventStatus;
import uk.nhs.psirf.reporting.domain.TriageFilter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** The filters shared by the triage queue and its export; dates are UK dates. */
final class TriageFilterParams {
    private TriageFilterParams() {
    }

    static TriageFilter parse(QueryParams params, ReferenceData referenceData, String status, String physicalHarm,
                              String category, String occurredFrom, String occurredTo) {
        Optional<EventStatus> statusCode = params.code("status", status, EventStatus::fromCode);
        Optional<Integer> harm = params.integer("physicalHarm", physicalHarm, 1, 5).filter(Lfpse.PHYSICAL_HARM::contains);
        Optional<String> categoryCode = params.text("category", category, 50)
                .flatMap(code -> params.code("category", code, referenceData::category))
                .map(EventCategory::code);
        Optional<Instant> from = params.date("occurredFrom", occurredFrom).map(TriageFilterParams::startOfUkDay);
        Optional<Instant> before = params.date("occurredTo", occurredTo).map(d -> startOfUkDay(d.plusDays(1)));
        return new TriageFilter(statusCode, harm, categoryCode, from, before);
    }

    private static Instant startOfUkDay(LocalDate date) {
        return date.atStartOfDay(ClockProducer.UK).toInstant();
    }
}
