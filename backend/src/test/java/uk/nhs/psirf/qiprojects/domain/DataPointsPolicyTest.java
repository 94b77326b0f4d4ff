package uk.nhs.psirf.qiprojects.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.error.FieldErrorCode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue 12, bad input: "run-chart data with missing or duplicate dates ... a 4xx problem+json that names the problem". */
class DataPointsPolicyTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final BigDecimal FIVE = BigDecimal.valueOf(5);

    @Test
    void run_chart_data_with_a_missing_date_is_refused_naming_the_point() {
        List<FieldError> errors = DataPointsPolicy.check(List.of(new DataPointsPolicy.Sent(TODAY, FIVE),
                new DataPointsPolicy.Sent(null, FIVE)), Set.of(), TODAY);
        assertEquals(List.of(new FieldError("points[1].date", FieldErrorCode.REQUIRED, DataPointsPolicy.DATE_MISSING)),
                errors);
    }

    @Test
    void run_chart_data_with_a_duplicate_date_is_refused_whether_sent_twice_or_already_held() {
        LocalDate monday = LocalDate.of(2026, 11, 30);
        assertEquals(List.of(new FieldError("points[1].date", FieldErrorCode.DUPLICATE_DATE, DataPointsPolicy.DATE_TWICE)),
                DataPointsPolicy.check(List.of(new DataPointsPolicy.Sent(monday, FIVE),
                        new DataPointsPolicy.Sent(monday, FIVE)), Set.of(), TODAY));
        assertEquals(List.of(new FieldError("points[0].date", FieldErrorCode.DUPLICATE_DATE, DataPointsPolicy.DATE_TWICE)),
                DataPointsPolicy.check(List.of(new DataPointsPolicy.Sent(monday, FIVE)), Set.of(monday), TODAY));
    }

    @Test
    void a_value_has_a_number_and_a_date_not_in_the_future() {
        assertEquals(List.of(new FieldError("points[0].date", FieldErrorCode.IN_THE_FUTURE, DataPointsPolicy.IN_FUTURE),
                        new FieldError("points[1].value", FieldErrorCode.REQUIRED, DataPointsPolicy.VALUE_MISSING)),
                DataPointsPolicy.check(List.of(new DataPointsPolicy.Sent(TODAY.plusDays(1), FIVE),
                        new DataPointsPolicy.Sent(TODAY, null)), Set.of(), TODAY));
        assertEquals(List.of(), DataPointsPolicy.check(List.of(new DataPointsPolicy.Sent(TODAY, FIVE)), Set.of(), TODAY));
    }
}
