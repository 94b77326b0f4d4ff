package uk.nhs.psirf.candour;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import uk.nhs.psirf.support.Api;
import uk.nhs.psirf.support.TestUser;
import uk.nhs.psirf.support.Users;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The written Duty of Candour notification is due 10 working days after the verbal one, skipping the bank holidays
 * the system holds (read here through the API, never typed into the test), and the system says when those run out.
 */
@QuarkusTest
class CandourDeadlineApiTest {
    private static final String CANDOUR = "/api/v1/candour";
    private static final String BANK_HOLIDAYS = CANDOUR + "/bank-holidays";
    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Inject
    EntityManager entityManager;

    @Test
    void theWrittenNotificationAfterAVerbalOneJustBeforeChristmasSkipsTheChristmasBankHolidaysHeld() {
        Map<LocalDate, String> held = bankHolidaysHeld();
        LocalDate christmas = latestHeldOnOrBeforeToday(held, "Christmas Day");
        LocalDate verbal = christmas.minusDays(2);
        LocalDate due = writtenDueAfterVerbalOn(verbal);

        assertEquals(tenWorkingDaysAfter(verbal, held.keySet()), due);
        List<LocalDate> skipped = weekdayBankHolidaysBetween(held, verbal, due);
        assertTrue(skipped.size() >= 2, "Christmas Day and Boxing Day (or their substitute days) are skipped: "
                + skipped);
        assertTrue(due.isAfter(tenWorkingDaysAfter(verbal, Set.of())), "the Christmas bank holidays were skipped");
    }

    @Test
    void theWrittenNotificationAfterAVerbalOneOnMaundyThursdaySkipsGoodFridayAndEasterMondayHeld() {
        Map<LocalDate, String> held = bankHolidaysHeld();
        LocalDate goodFriday = latestHeldOnOrBeforeToday(held, "Good Friday");
        LocalDate easterMonday = goodFriday.plusDays(3);
        assertEquals("Easter Monday", held.get(easterMonday), "Easter Monday follows Good Friday");
        LocalDate maundyThursday = goodFriday.minusDays(1);
        LocalDate due = writtenDueAfterVerbalOn(maundyThursday);

        assertEquals(tenWorkingDaysAfter(maundyThursday, held.keySet()), due);
        List<LocalDate> skipped = weekdayBankHolidaysBetween(held, maundyThursday, due);
        assertTrue(skipped.containsAll(List.of(goodFriday, easterMonday)), "Easter is skipped: " + skipped);
        assertTrue(due.isAfter(tenWorkingDaysAfter(maundyThursday, Set.of())), "the Easter bank holidays were skipped");
    }

    @Test
    void theBankHolidayPageTheCandourListAndTheReadinessCheckAgreeHowFarTheBankHolidaysReach() {
        TestUser pat = Users.specialist();
        JsonPath page = Api.as(pat).get(BANK_HOLIDAYS).then().statusCode(200).extract().jsonPath();
        LocalDate today = LocalDate.now(UK);
        Set<Integer> years = page.getList("items.date", String.class).stream()
                .map(d -> LocalDate.parse(d).getYear()).collect(Collectors.toSet());
        int year = today.getYear();
        while (years.contains(year)) {
            year++;
        }
        String knownUntil = LocalDate.of(year - 1, 12, 31).toString();
        boolean runsOutSoon = LocalDate.parse(knownUntil).isBefore(today.plusMonths(12));
        assertEquals(knownUntil, page.getString("coverage.knownUntil"));
        assertEquals(runsOutSoon, page.getBoolean("coverage.runsOutSoon"));
        assertEquals(runsOutSoon, page.getString("coverage.warning") != null);
        Api.as(pat).get(CANDOUR).then().statusCode(200)
                .body("bankHolidays.knownUntil", equalTo(knownUntil))
                .body("bankHolidays.runsOutSoon", equalTo(runsOutSoon));
        RestAssured.get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'bank-holidays' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'bank-holidays' }.data.bankHolidaysKnownUntil", equalTo(knownUntil));
    }

    @Test
    void whenTheBankHolidaysHeldRunOutThePageTheListTheRecordAndTheReadinessCheckSaySoAndTheServiceStaysReady() {
        TestUser pat = Users.specialist();
        LocalDate today = LocalDate.now(UK);
        String eventId = CandourApiTest.eventWithHarm(3, 3);
        Api.as(pat).contentType(ContentType.JSON).body(CandourApiTest.decision(0, true, false))
                .put(CANDOUR + "/events/" + eventId + "/decision").then().statusCode(200);
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("version", 1, "verbalNotifiedOn", today.toString(),
                        "verbalNotifiedBy", "Ward manager", "verbalNotifiedTo", "The patient"))
                .put(CANDOUR + "/events/" + eventId + "/steps").then().statusCode(200)
                .body("steps.writtenDueBeyondKnownBankHolidays", equalTo(false))
                .body("steps.writtenDueWarning", nullValue());

        // This year's and every later year's bank holidays gone: what is known ended last 31 December.
        List<Object[]> removed = removeBankHolidaysFrom(LocalDate.of(today.getYear(), 1, 1));
        try {
            String endedOn = LocalDate.of(today.getYear() - 1, 12, 31).toString();
            Api.as(pat).get(BANK_HOLIDAYS).then().statusCode(200)
                    .body("coverage.knownUntil", equalTo(endedOn))
                    .body("coverage.runsOutSoon", equalTo(true))
                    .body("coverage.warning", startsWith("The bank holidays held ended on 31 December "));
            Api.as(pat).get(CANDOUR).then().statusCode(200)
                    .body("bankHolidays.runsOutSoon", equalTo(true))
                    .body("bankHolidays.warning", startsWith("The bank holidays held ended on"))
                    .body("items.find { it.eventId == '" + eventId + "' }.writtenDueBeyondKnownBankHolidays",
                            equalTo(true));
            Api.as(pat).get(CANDOUR + "/events/" + eventId).then().statusCode(200)
                    .body("steps.writtenDueBeyondKnownBankHolidays", equalTo(true))
                    .body("steps.writtenDueWarning", startsWith("This due date falls after 31 December "));
            RestAssured.get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                    .body("checks.find { it.name == 'bank-holidays' }.data.bankHolidaysKnownUntil", equalTo(endedOn))
                    .body("checks.find { it.name == 'bank-holidays' }.data.bankHolidaysRunOutSoon", equalTo(true))
                    .body("checks.find { it.name == 'bank-holidays' }.data.warning",
                            startsWith("The bank holidays held ended on"));
        } finally {
            restore(removed);
        }
        Api.as(pat).get(CANDOUR + "/events/" + eventId).then().statusCode(200)
                .body("steps.writtenDueBeyondKnownBankHolidays", equalTo(false));
    }

    /** Records the verbal notification on a new notifiable event and returns the written one's due date. */
    private static LocalDate writtenDueAfterVerbalOn(LocalDate verbal) {
        TestUser pat = Users.specialist();
        int daysAgo = (int) ChronoUnit.DAYS.between(verbal, LocalDate.now(UK)) + 2;
        String eventId = CandourApiTest.eventWithHarm(3, daysAgo);
        Api.as(pat).contentType(ContentType.JSON).body(CandourApiTest.decision(0, true, false))
                .put(CANDOUR + "/events/" + eventId + "/decision").then().statusCode(200);
        String due = Api.as(pat).contentType(ContentType.JSON).body(Map.of("version", 1,
                        "verbalNotifiedOn", verbal.toString(), "verbalNotifiedBy", "Ward manager",
                        "verbalNotifiedTo", "The patient"))
                .put(CANDOUR + "/events/" + eventId + "/steps").then().statusCode(200)
                .extract().path("steps.writtenDueOn");
        assertNotNull(due);
        Api.as(pat).get(CANDOUR).then().statusCode(200)
                .body("items.find { it.eventId == '" + eventId + "' }.writtenDueOn", equalTo(due));
        return LocalDate.parse(due);
    }

    private static Map<LocalDate, String> bankHolidaysHeld() {
        JsonPath list = Api.as(Users.chiefNurse()).get(BANK_HOLIDAYS).then().statusCode(200).extract().jsonPath();
        List<Map<String, String>> items = list.getList("items");
        return items.stream().collect(Collectors.toMap(i -> LocalDate.parse(i.get("date")), i -> i.get("title")));
    }

    /** The latest holiday of that name that is already past (a verbal notification is never in the future). */
    private static LocalDate latestHeldOnOrBeforeToday(Map<LocalDate, String> held, String title) {
        LocalDate today = LocalDate.now(UK);
        return held.entrySet().stream().filter(e -> e.getValue().equals(title) && !e.getKey().isAfter(today))
                .map(Map.Entry::getKey).max(LocalDate::compareTo)
                .orElseThrow(() -> new AssertionError("the system holds no past " + title));
    }

    /** The test's own count: the 10th day after the verbal one that is neither a weekend nor a bank holiday. */
    private static LocalDate tenWorkingDaysAfter(LocalDate verbal, Set<LocalDate> bankHolidays) {
        LocalDate day = verbal;
        for (int counted = 0; counted < 10; ) {
            day = day.plusDays(1);
            if (isWeekday(day) && !bankHolidays.contains(day)) {
                counted++;
            }
        }
        return day;
    }

    private static List<LocalDate> weekdayBankHolidaysBetween(Map<LocalDate, String> held, LocalDate after,
                                                              LocalDate upTo) {
        return held.keySet().stream().filter(d -> d.isAfter(after) && !d.isAfter(upTo) && isWeekday(d))
                .sorted().toList();
    }

    private static boolean isWeekday(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> removeBankHolidaysFrom(LocalDate from) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Object[]> rows = entityManager.createNativeQuery(
                            "select holiday_date, title from bank_holiday where holiday_date >= :from")
                    .setParameter("from", from).getResultList();
            entityManager.createNativeQuery("delete from bank_holiday where holiday_date >= :from")
                    .setParameter("from", from).executeUpdate();
            assertFalse(rows.isEmpty(), "the system holds bank holidays from " + from);
            return rows;
        });
    }

    private void restore(List<Object[]> rows) {
        QuarkusTransaction.requiringNew().run(() -> rows.forEach(row -> entityManager.createNativeQuery(
                        "insert into bank_holiday (holiday_date, title) values (:date, :title)")
                .setParameter("date", row[0]).setParameter("title", row[1]).executeUpdate()));
    }
}
