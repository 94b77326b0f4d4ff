package uk.nhs.psirf.qiprojects.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A point of the run chart and the rules it is part of (shift, trend, astronomical). */
public record RunChartPointView(String id, LocalDate date, BigDecimal value, String note, boolean astronomical, List<String> rules) {
}
