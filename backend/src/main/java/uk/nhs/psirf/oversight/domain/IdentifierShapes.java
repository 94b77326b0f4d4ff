package uk.nhs.psirf.oversight.domain;

import uk.nhs.psirf.oversight.domain.Redaction.Kind;
import uk.nhs.psirf.oversight.domain.Redaction.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shapes of identifiers, whether the system knows the value or not (policy §3.7): NHS numbers (ten digits, any
 * separator or none, any grouping), dates (numeric with any separator or none, two- or four-digit years, or with the
 * month's name), UK postcodes, phone numbers, e-mail addresses, house number and street (with the usual
 * abbreviations), and beds, bays, rooms and named wards. The system's own references ({@code LR-2026-000123}) are
 * not taken for dates or phone numbers.
 */
final class IdentifierShapes {
    static final String NOT_WORD_BEFORE = "(?<![\\p{L}\\p{N}])";
    static final String NOT_WORD_AFTER = "(?![\\p{L}\\p{N}])";
    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** The street suffixes, each with the spellings it is written in (the first is the full word). */
    static final List<List<String>> STREET_SUFFIXES = List.of(List.of("Lane", "Ln"), List.of("Road", "Rd"),
            List.of("Street", "St"), List.of("Avenue", "Ave", "Av"), List.of("Close", "Cl"), List.of("Drive", "Dr"),
            List.of("Court", "Ct"), List.of("Crescent", "Cres", "Cresc", "Cr"), List.of("Gardens", "Gdns"),
            List.of("Terrace", "Terr", "Tce"), List.of("Place", "Pl"), List.of("Grove", "Gr", "Gro"),
            List.of("Square", "Sq"), List.of("Park", "Pk"), List.of("Parade", "Pde"), List.of("Boulevard", "Blvd"),
            List.of("Mount", "Mt"), List.of("Way"), List.of("Walk"), List.of("Mews"), List.of("Row"), List.of("Rise"),
            List.of("Hill"), List.of("Green", "Grn"), List.of("View"), List.of("Vale"), List.of("Croft"),
            List.of("Chase"), List.of("Meadows"), List.of("Wharf"), List.of("Yard"));
    private static final String SUFFIX = "(?:" + String.join("|", STREET_SUFFIXES.stream().flatMap(List::stream)
            .sorted(Comparator.comparingInt(String::length).reversed()).toList()) + ")\\.?";

    private static final String MONTH = "(?-i:(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?|(?:JANUARY|FEBRUARY|MARCH"
            + "|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP"
            + "|OCT|NOV|DEC))";
    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    private static final String SEPARATOR = "(?:\\s*[./-]\\s*|\\s)";

    /** The system's own references (events, responses, actions, plans): kept. */
    private static final Pattern REFERENCE = Pattern.compile("(?<![\\p{L}\\p{N}-])[A-Z]{2,4}-\\d{4}-\\d{4,8}"
            + NOT_WORD_AFTER);
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+'-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+",
            FLAGS);
    static final Pattern POSTCODE = Pattern.compile(NOT_WORD_BEFORE + "(?:[A-Z]{1,2}\\d[A-Z\\d]?|GIR)\\s*"
            + "\\d[A-Z]{2}" + NOT_WORD_AFTER, FLAGS);
    private static final Pattern PHONE = Pattern.compile("(?<![\\d+])(?:(?:\\+\\s?|00)44\\s?(?:\\(0\\)\\s?)?\\(?\\d"
            + "|\\(?0\\d)(?:[\\s().-]{0,2}\\d){7,10}(?!\\d)");
    private static final Pattern NUMERIC_DATE = Pattern.compile("(?<![\\d.])(\\d{1,2})" + SEPARATOR + "(\\d{1,2})"
            + SEPARATOR + "(\\d{4}|\\d{2})(?![\\d]|\\.\\d)");
    private static final Pattern YEAR_FIRST_DATE = Pattern.compile("(?<![\\d.])(\\d{4})" + SEPARATOR + "(\\d{1,2})"
            + SEPARATOR + "(\\d{1,2})(?![\\d]|\\.\\d)");
    private static final Pattern COMPACT_DATE = Pattern.compile("(?<!\\d)(\\d{6}|\\d{8})(?!\\d)");
    private static final Pattern DAY_MONTH_DATE = Pattern.compile(NOT_WORD_BEFORE + "(\\d{1,2})" + ORDINAL
            + "(?:\\s+of)?[\\s-]+" + MONTH + "(?:,?[\\s-]+(?:\\d{4}|\\d{2}))?" + NOT_WORD_AFTER, FLAGS);
    private static final Pattern MONTH_DAY_DATE = Pattern.compile(NOT_WORD_BEFORE + MONTH + "\\s+(\\d{1,2})" + ORDINAL
            + "(?:,?\\s+(?:\\d{4}|\\d{2}))?" + NOT_WORD_AFTER, FLAGS);
    private static final Pattern DIGIT_RUN = Pattern.compile("(?<!\\d)\\d(?:[\\s./-]?\\d){9,}(?!\\d)");
    private static final Pattern STREET = Pattern.compile(NOT_WORD_BEFORE + "(?:flat\\s+\\d+[a-z]?,?\\s+)?\\d{1,4}[a-z]?"
            + ",?\\s+(?:[\\p{L}'\u2019-]+\\s+){1,3}" + SUFFIX + "(?![\\p{L}\\p{N}])", FLAGS);
    private static final Pattern BED_OR_ROOM = Pattern.compile(NOT_WORD_BEFORE + "(?:bed|bay|room|side\\s+room"
            + "|cubicle|bed\\s+space)\\s*(?:no\\.?\\s*)?\\d+[a-z]?" + NOT_WORD_AFTER, FLAGS);
    private static final Pattern NAMED_WARD = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}'\u2019-]+\\s+"
            + "(?i:ward|unit|wing|suite)" + NOT_WORD_AFTER);

    private IdentifierShapes() {
    }

    /** Every span of the text that has the shape of an identifier (they may overlap: {@link Redaction} merges them). */
    static List<Span> find(String text) {
        List<Span> keep = spansOf(REFERENCE, text, null, Kind.NHS_NUMBER);
        List<Span> found = new ArrayList<>();
        found.addAll(spansOf(EMAIL, text, null, Kind.EMAIL));
        found.addAll(spansOf(POSTCODE, text, null, Kind.POSTCODE));
        List<Span> phones = without(keep, spansOf(PHONE, text, IdentifierShapes::isPhone, Kind.PHONE));
        found.addAll(phones);
        List<Span> dates = new ArrayList<>();
        dates.addAll(spansOf(NUMERIC_DATE, text, m -> isDate(m.group(1), m.group(2)), Kind.DATE));
        dates.addAll(spansOf(YEAR_FIRST_DATE, text, m -> isDate(m.group(3), m.group(2))
                && isYear(Integer.parseInt(m.group(1))), Kind.DATE));
        dates.addAll(spansOf(COMPACT_DATE, text, m -> isCompactDate(m.group(1)), Kind.DATE));
        dates.addAll(spansOf(DAY_MONTH_DATE, text, m -> Integer.parseInt(m.group(1)) <= 31, Kind.DATE));
        dates.addAll(spansOf(MONTH_DAY_DATE, text, m -> Integer.parseInt(m.group(1)) <= 31, Kind.DATE));
        dates = without(keep, dates);
        found.addAll(dates);
        // a run of ten digits or more that is not a date or a phone number is taken for an NHS number
        List<Span> masked = new ArrayList<>(keep);
        masked.addAll(dates);
        masked.addAll(phones);
        found.addAll(spansOf(DIGIT_RUN, mask(text, masked), null, Kind.NHS_NUMBER));
        found.addAll(spansOf(STREET, text, null, Kind.ADDRESS));
        found.addAll(spansOf(BED_OR_ROOM, text, null, Kind.PLACE));
        found.addAll(spansOf(NAMED_WARD, text, null, Kind.PLACE));
        return found;
    }

    static boolean isStreetSuffix(String word) {
        return STREET_SUFFIXES.stream().anyMatch(s -> s.stream().anyMatch(x -> x.equalsIgnoreCase(word)));
    }

    static List<Span> spansOf(Pattern pattern, String text, Predicate<Matcher> valid, Kind kind) {
        List<Span> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (m.end() > m.start() && (valid == null || valid.test(m))) {
                out.add(new Span(m.start(), m.end(), kind));
            }
        }
        return out;
    }

    private static List<Span> without(List<Span> keep, List<Span> spans) {
        return spans.stream().filter(s -> keep.stream().noneMatch(k -> k.start() < s.end() && s.start() < k.end()))
                .toList();
    }

    /** The text with the given spans blanked out (same length, so offsets hold), so that no digit run crosses them. */
    private static String mask(String text, List<Span> spans) {
        char[] chars = text.toCharArray();
        for (Span s : spans) {
            for (int i = s.start(); i < s.end(); i++) {
                chars[i] = '\u0000';
            }
        }
        return new String(chars);
    }

    private static boolean isPhone(Matcher m) {
        String digits = m.group().replaceAll("\\D", "");
        if (digits.startsWith("0044")) {
            digits = "0" + digits.substring(4).replaceFirst("^0", "");
        } else if (m.group().strip().startsWith("+")) {
            digits = "0" + digits.substring(2).replaceFirst("^0", "");
        }
        return digits.startsWith("0") && (digits.length() == 10 || digits.length() == 11);
    }

    /** Day and month, either way round (a UK or a US date). */
    private static boolean isDate(String first, String second) {
        int a = Integer.parseInt(first);
        int b = Integer.parseInt(second);
        return a >= 1 && b >= 1 && ((a <= 31 && b <= 12) || (a <= 12 && b <= 31));
    }

    private static boolean isYear(int year) {
        return year >= 1850 && year <= 2150;
    }

    /** Six or eight digits that read as ddMMyy, ddMMyyyy or yyyyMMdd. */
    private static boolean isCompactDate(String digits) {
        if (digits.length() == 6) {
            return isDate(digits.substring(0, 2), digits.substring(2, 4))
                    && Integer.parseInt(digits.substring(0, 2)) <= 31 && Integer.parseInt(digits.substring(2, 4)) <= 12;
        }
        boolean dayFirst = isDate(digits.substring(0, 2), digits.substring(2, 4))
                && isYear(Integer.parseInt(digits.substring(4)));
        boolean yearFirst = isYear(Integer.parseInt(digits.substring(0, 4)))
                && isDate(digits.substring(6), digits.substring(4, 6));
        return dayFirst || yearFirst;
    }
}
