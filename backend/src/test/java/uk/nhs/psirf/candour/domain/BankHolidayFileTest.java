package uk.nhs.psirf.candour.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.error.ValidationFailedException;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Bank holidays are uploaded as gov.uk's JSON or as CSV; malformed dates are refused naming the line." */
class BankHolidayFileTest {
    @Test
    void the_england_and_wales_events_of_the_gov_uk_file_are_read() {
        String json = """
                {"england-and-wales": {"division": "england-and-wales", "events": [
                  {"title": "New Year’s Day", "date": "2029-01-01", "notes": "", "bunting": true},
                  {"title": "Good Friday", "date": "2029-03-30", "notes": "", "bunting": false}]},
                 "scotland": {"division": "scotland", "events": [{"title": "2nd January", "date": "2029-01-02"}]}}""";
        List<BankHoliday> holidays = BankHolidayFile.parse(json);
        assertEquals(List.of(LocalDate.parse("2029-01-01"), LocalDate.parse("2029-03-30")),
                holidays.stream().map(BankHoliday::date).toList());
    }

    @Test
    void a_csv_of_date_and_title_is_read_with_or_without_a_header() {
        List<BankHoliday> holidays = BankHolidayFile.parse("date,title\n2029-01-01,New Year's Day\n\n"
                + "2029-12-25,\"Christmas Day, 2029\"\n");
        assertEquals(2, holidays.size());
        assertEquals("Christmas Day, 2029", holidays.get(1).title());
    }

    @Test
    void a_malformed_date_is_refused_naming_its_line() {
        ValidationFailedException refused = assertThrows(ValidationFailedException.class,
                () -> BankHolidayFile.parse("date,title\n2029-01-01,New Year's Day\n2029-02-30,Not a day\n"));
        assertEquals("invalid-date", refused.problem().errors().get(0).code().value());
        assertTrue(refused.problem().errors().get(0).message().startsWith("Line 3"));
    }
}
