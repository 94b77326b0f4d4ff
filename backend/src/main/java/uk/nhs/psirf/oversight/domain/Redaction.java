package uk.nhs.psirf.oversight.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces every known identifier of the people behind a piece of work with "[withheld]" before free text reaches
 * a patient safety partner: names (whole and each word longer than two letters), NHS numbers however spaced, dates
 * of birth in the usual written forms, addresses (whole, each part and the postcode).
 */
public final class Redaction {
    public static final String WITHHELD = "[withheld]";
    private static final Pattern POSTCODE = Pattern.compile("\\b([A-Z]{1,2}\\d[A-Z\\d]?)\\s*(\\d[A-Z]{2})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final String NOT_WORD_BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String NOT_WORD_AFTER = "(?![\\p{L}\\p{N}])";

    private final Pattern pattern;

    private Redaction(Pattern pattern) {
        this.pattern = pattern;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The text with each identifier replaced; null stays null. */
    public String apply(String text) {
        if (text == null || pattern == null) {
            return text;
        }
        return pattern.matcher(text).replaceAll(Matcher.quoteReplacement(WITHHELD));
    }

    public static final class Builder {
        private final Set<String> literals = new LinkedHashSet<>();
        private final Set<String> digitRuns = new LinkedHashSet<>();

        /** A person's name: the whole name and each of its words longer than two letters. */
        public Builder name(String name) {
            if (name == null || name.isBlank()) {
                return this;
            }
            literal(name.strip());
            for (String word : name.split("[^\\p{L}\\p{N}'-]+")) {
                String w = word.replaceAll("^['-]+|['-]+$", "");
                if (w.codePointCount(0, w.length()) > 2) {
                    literal(w);
                }
            }
            return this;
        }

        public Builder names(Collection<String> names) {
            names.forEach(this::name);
            return this;
        }

        /** An NHS number, matched with or without spaces or dashes between its digits. */
        public Builder nhsNumber(String nhsNumber) {
            if (nhsNumber != null) {
                String digits = nhsNumber.replaceAll("\\D", "");
                if (digits.length() >= 6) {
                    digitRuns.add(digits);
                }
            }
            return this;
        }

        public Builder dateOfBirth(LocalDate dob) {
            if (dob == null) {
                return this;
            }
            int d = dob.getDayOfMonth();
            int m = dob.getMonthValue();
            int y = dob.getYear();
            String yy = String.format("%02d", y % 100);
            for (String day : List.of(String.valueOf(d), String.format("%02d", d))) {
                for (String month : List.of(String.valueOf(m), String.format("%02d", m))) {
                    for (String sep : List.of("/", "-", ".", " ")) {
                        literal(day + sep + month + sep + y);
                        literal(day + sep + month + sep + yy);
                        literal(y + sep + month + sep + day);
                    }
                }
            }
            literal(dob.format(DateTimeFormatter.ISO_LOCAL_DATE));
            String full = dob.getMonth().getDisplayName(TextStyle.FULL, Locale.UK);
            String shortName = dob.getMonth().getDisplayName(TextStyle.SHORT, Locale.UK);
            for (String month : List.of(full, shortName, shortName + ".")) {
                for (String day : List.of(String.valueOf(d), String.format("%02d", d), d + ordinal(d))) {
                    literal(day + " " + month + " " + y);
                    literal(day + " " + month + ", " + y);
                    literal(day + " of " + month + " " + y);
                    literal(month + " " + day + " " + y);
                    literal(month + " " + day + ", " + y);
                }
            }
            return this;
        }

        /** An address: whole, each comma- or line-separated part, and its postcode with or without the space. */
        public Builder address(String address) {
            if (address == null || address.isBlank()) {
                return this;
            }
            literal(address.strip());
            for (String part : address.split("[,\\n;]+")) {
                addressPart(part);
                addressPart(POSTCODE.matcher(part).replaceAll(""));
                addressPart(part.strip().replaceFirst("^\\d+[a-zA-Z]?\\s+", ""));
            }
            Matcher postcode = POSTCODE.matcher(address);
            while (postcode.find()) {
                literal(postcode.group(1) + " " + postcode.group(2));
                literal(postcode.group(1) + postcode.group(2));
            }
            return this;
        }

        private void addressPart(String part) {
            if (part.strip().length() > 2) {
                literal(part.strip());
            }
        }

        public Redaction build() {
            List<String> alternatives = new ArrayList<>();
            literals.stream().sorted(Comparator.comparingInt(String::length).reversed())
                    .forEach(l -> alternatives.add(NOT_WORD_BEFORE + flexibleSpaces(l) + NOT_WORD_AFTER));
            digitRuns.forEach(digits -> alternatives.add("(?<!\\d)" + String.join("[\\s-]*",
                    digits.chars().mapToObj(c -> String.valueOf((char) c)).toList()) + "(?!\\d)"));
            if (alternatives.isEmpty()) {
                return new Redaction(null);
            }
            // digit runs first: a date's digits may sit inside an NHS number's
            List<String> ordered = new ArrayList<>(alternatives.subList(literals.size(), alternatives.size()));
            ordered.addAll(alternatives.subList(0, literals.size()));
            return new Redaction(Pattern.compile(String.join("|", ordered),
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }

        private void literal(String value) {
            if (!value.isBlank()) {
                literals.add(value);
            }
        }

        /** Any run of white space in the identifier matches any run of white space in the text. */
        private static String flexibleSpaces(String literal) {
            String[] words = literal.strip().split("\\s+");
            List<String> quoted = new ArrayList<>();
            for (String word : words) {
                quoted.add(Pattern.quote(word));
            }
            return String.join("\\s+", quoted);
        }

        private static String ordinal(int day) {
            if (day >= 11 && day <= 13) {
                return "th";
            }
            return switch (day % 10) {
                case 1 -> "st";
                case 2 -> "nd";
                case 3 -> "rd";
                default -> "th";
            };
        }
    }
}
