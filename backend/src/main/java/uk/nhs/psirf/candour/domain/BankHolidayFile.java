package uk.nhs.psirf.candour.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ValidationFailedException;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a bank holiday file: gov.uk's {@code bank-holidays.json} (only {@code england-and-wales} applies to the trust)
 * or a CSV of {@code date,title} lines (an optional header line {@code date,title}). Every problem is reported at
 * once, naming the line of the CSV or the event of the JSON, so the file can be fixed in one go.
 */
public final class BankHolidayFile {
    public static final String FIELD = "content";
    private static final int MAX_TITLE = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    private BankHolidayFile() {
    }

    public static List<BankHoliday> parse(String content) {
        String text = content.strip();
        return text.startsWith("{") ? parseJson(text) : parseCsv(text);
    }

    private static List<BankHoliday> parseJson(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (IOException e) {
            throw invalid(FieldErrorCode.INVALID_FORMAT, "The file is not valid JSON");
        }
        JsonNode events = root.path("england-and-wales").path("events");
        if (!events.isArray()) {
            throw invalid(FieldErrorCode.INVALID_FORMAT,
                    "The JSON file has no \"england-and-wales\".\"events\" list, as gov.uk's bank-holidays.json has");
        }
        List<FieldError> errors = new ArrayList<>();
        List<BankHoliday> holidays = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            JsonNode event = events.get(i);
            String where = "Event " + (i + 1) + " of england-and-wales.events";
            add(where, event.path("date").asText(""), event.path("title").asText(""), holidays, errors);
        }
        return checked(holidays, errors);
    }

    private static List<BankHoliday> parseCsv(String text) {
        List<FieldError> errors = new ArrayList<>();
        List<BankHoliday> holidays = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || (i == 0 && line.toLowerCase().startsWith("date,"))) {
                continue;
            }
            int comma = line.indexOf(',');
            String date = comma < 0 ? line : line.substring(0, comma).strip();
            String title = comma < 0 ? "" : unquote(line.substring(comma + 1).strip());
            add("Line " + (i + 1), date, title, holidays, errors);
        }
        return checked(holidays, errors);
    }

    private static void add(String where, String date, String title, List<BankHoliday> holidays,
                            List<FieldError> errors) {
        LocalDate parsed;
        try {
            parsed = LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(FIELD, FieldErrorCode.INVALID_DATE, where + ": the date \"" + shorten(date)
                    + "\" is not a real date written as YYYY-MM-DD"));
            return;
        }
        if (title.isBlank()) {
            errors.add(new FieldError(FIELD, FieldErrorCode.REQUIRED, where + ": the title is missing"));
            return;
        }
        if (title.length() > MAX_TITLE) {
            errors.add(new FieldError(FIELD, FieldErrorCode.TOO_LONG,
                    where + ": the title is longer than 200 characters"));
            return;
        }
        holidays.add(new BankHoliday(parsed, title.strip()));
    }

    private static List<BankHoliday> checked(List<BankHoliday> holidays, List<FieldError> errors) {
        Set<LocalDate> seen = new HashSet<>();
        for (BankHoliday h : holidays) {
            if (!seen.add(h.date())) {
                errors.add(new FieldError(FIELD, FieldErrorCode.DUPLICATE_DATE, h.date() + " appears more than once"));
            }
        }
        if (errors.isEmpty() && holidays.isEmpty()) {
            errors.add(new FieldError(FIELD, FieldErrorCode.NO_HOLIDAYS, "The file holds no bank holidays"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors.stream().limit(20).toList());
        }
        return holidays;
    }

    private static ValidationFailedException invalid(FieldErrorCode code, String message) {
        return new ValidationFailedException(List.of(new FieldError(FIELD, code, message)));
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1).replace("\"\"", "\"") : value;
    }

    private static String shorten(String value) {
        return value.length() > 30 ? value.substring(0, 30) + "…" : value;
    }
}
