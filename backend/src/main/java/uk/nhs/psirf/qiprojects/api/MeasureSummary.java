package uk.nhs.psirf.qiprojects.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A measure as the project page lists it. */
public record MeasureSummary(String id, String kind, String name, String definition, String unit, String direction, Integer baselinePoints, int pointCount, BigDecimal latestValue, LocalDate latestOn, boolean signal) {
}
