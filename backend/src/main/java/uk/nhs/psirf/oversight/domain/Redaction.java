package uk.nhs.psirf.oversight.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Withholds identifying text before free text reaches a patient safety partner (policy §3.7: partners see no
 * identifiable data). Two kinds of identifier are withheld, each replaced by "[withheld]":
 * <ul>
 *   <li>what the system holds about the work: every name (whole, each word of two letters or more, any case, with a
 *   possessive), every place of the trust (location names, their parts and codes, and their distinctive words when
 *   capitalised), and the known addresses (whole, each part, each distinctive word, the street with its suffix
 *   abbreviated or not);</li>
 *   <li>identifier shapes, known or not: NHS numbers (ten digits, any separator or none, any grouping), dates
 *   (numeric with any separator or none, two- or four-digit years, or with the month's name), UK postcodes, phone
 *   numbers, e-mail addresses, house number and street (with the usual abbreviations), and beds, bays and rooms
 *   ({@link IdentifierShapes}).</li>
 * </ul>
 * References such as {@code LR-2026-000123} are kept: they are the system's own and identify no one.
 */
public final class Redaction {
    public static final String WITHHELD = "[withheld]";

    /** What a withheld span was taken to be; the code is the contract's. */
    public enum Kind {
        NAME("name"), PLACE("place"), NHS_NUMBER("nhs-number"), DATE("date"), POSTCODE("postcode"), PHONE("phone"),
        EMAIL("email"), ADDRESS("address");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** A withheld span: {@code start} inclusive, {@code end} exclusive. */
    public record Span(int start, int end, Kind kind) {
    }

    /** The text as partners get it, each withheld span in it (where "[withheld]" stands) and in the text as written. */
    public record Redacted(String text, List<Span> withheld, List<Span> written) {
    }

    private static final String POSSESSIVE = "(?:['\u2019]s)?";
    private static final String NOT_WORD_BEFORE = IdentifierShapes.NOT_WORD_BEFORE;
    private static final String NOT_WORD_AFTER = IdentifierShapes.NOT_WORD_AFTER;
    private static final int FLAGS = IdentifierShapes.FLAGS;
    private static final Pattern POSTCODE = IdentifierShapes.POSTCODE;
    static final List<List<String>> STREET_SUFFIXES = IdentifierShapes.STREET_SUFFIXES;

    /** Words of a name that are not names: titles, particles and joining words. */
    private static final Set<String> NOT_NAME_WORDS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir",
            "dame", "the", "of", "and", "or", "to", "in", "on", "at", "by", "for", "an", "as", "is", "it", "be");

    private final List<Pattern> names;
    private final List<Pattern> places;
    private final List<Pattern> addresses;
    private final List<Pattern> knownNumbers;

    private Redaction(List<Pattern> names, List<Pattern> places, List<Pattern> addresses, List<Pattern> knownNumbers) {
        this.names = names;
        this.places = places;
        this.addresses = addresses;
        this.knownNumbers = knownNumbers;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The text with each identifier replaced; null stays null. */
    public String apply(String text) {
        return text == null ? null : redact(text).text();
    }

    /** The text as partners get it, with each withheld span. */
    public Redacted redact(String text) {
        List<Span> found = spans(text);
        StringBuilder out = new StringBuilder();
        List<Span> withheld = new ArrayList<>();
        int at = 0;
        for (Span span : found) {
            out.append(text, at, span.start());
            withheld.add(new Span(out.length(), out.length() + WITHHELD.length(), span.kind()));
            out.append(WITHHELD);
            at = span.end();
        }
        out.append(text.substring(at));
        return new Redacted(out.toString(), withheld, found);
    }

    /** The withheld spans of the text as written, in order, not overlapping. */
    public List<Span> spans(String text) {
        List<Span> candidates = new ArrayList<>();
        names.forEach(p -> candidates.addAll(IdentifierShapes.spansOf(p, text, null, Kind.NAME)));
        places.forEach(p -> candidates.addAll(IdentifierShapes.spansOf(p, text, null, Kind.PLACE)));
        addresses.forEach(p -> candidates.addAll(IdentifierShapes.spansOf(p, text, null, Kind.ADDRESS)));
        knownNumbers.forEach(p -> candidates.addAll(IdentifierShapes.spansOf(p, text, null, Kind.NHS_NUMBER)));
        candidates.addAll(IdentifierShapes.find(text));
        return merge(candidates, text);
    }

    /**
     * Overlapping spans become one, of the kind of the longer (a date inside a run of digits is the run's); so do
     * spans of one kind with only spaces between them ("Jane Example" is one name withheld, not two).
     */
    private static List<Span> merge(List<Span> candidates, String text) {
        List<Span> sorted = candidates.stream().sorted(Comparator.comparingInt(Span::start)
                .thenComparing(Comparator.comparingInt(Span::end).reversed())).toList();
        List<Span> out = new ArrayList<>();
        for (Span s : sorted) {
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && s.start() >= last.end() && s.kind() == last.kind()
                    && text.substring(last.end(), s.start()).matches("[ \t]+")) {
                out.set(out.size() - 1, new Span(last.start(), s.end(), last.kind()));
            } else if (last != null && s.start() < last.end()) {
                Kind kind = s.end() - s.start() > last.end() - last.start() ? s.kind() : last.kind();
                out.set(out.size() - 1, new Span(last.start(), Math.max(last.end(), s.end()), kind));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    public static final class Builder {
        private final Set<String> nameLiterals = new LinkedHashSet<>();
        private final Set<String> nameWords = new LinkedHashSet<>();
        private final Set<String> capitalisedWords = new LinkedHashSet<>();
        private final Set<String> placeLiterals = new LinkedHashSet<>();
        private final Set<String> placeWords = new LinkedHashSet<>();
        private final Set<String> addressPatterns = new LinkedHashSet<>();
        private final Set<String> addressWords = new LinkedHashSet<>();
        private final Set<String> digitRuns = new LinkedHashSet<>();
        private Predicate<String> commonWord = w -> false;

        /** Words that are not distinctive on their own (common and clinical words): used for places and addresses. */
        public Builder commonWords(Predicate<String> common) {
            this.commonWord = common;
            return this;
        }

        /**
         * A person's name: whole, and each of its words of two letters or more ("Ng"), in any case, with a possessive;
         * a word that is also a common word ("Nurse" in "Chris Chief-Nurse") only when capitalised.
         */
        public Builder name(String name) {
            if (name == null || name.isBlank()) {
                return this;
            }
            nameLiterals.add(name.strip());
            for (String word : words(name)) {
                if (word.codePointCount(0, word.length()) >= 2 && !NOT_NAME_WORDS.contains(lower(word))) {
                    (commonWord.test(lower(word)) ? capitalisedWords : nameWords).add(word);
                }
            }
            return this;
        }

        public Builder names(Collection<String> names) {
            names.forEach(this::name);
            return this;
        }

        /**
         * A field that holds a name or a role ("Ward manager", "the patient's daughter"): only its capitalised words
         * that are not common words are taken for a name.
         */
        public Builder nameOrRole(String value) {
            if (value == null || value.isBlank()) {
                return this;
            }
            List<String> nameLike = words(value).stream().filter(w -> Character.isUpperCase(w.codePointAt(0))
                    && w.codePointCount(0, w.length()) >= 2 && !commonWord.test(lower(w))
                    && !NOT_NAME_WORDS.contains(lower(w))).toList();
            if (!nameLike.isEmpty()) {
                nameLiterals.add(value.strip());
                nameWords.addAll(nameLike);
            }
            return this;
        }

        /** A place of the trust: whole, each part (between commas or brackets), and its distinctive words. */
        public Builder place(String place, Collection<String> generalWords) {
            if (place == null || place.isBlank()) {
                return this;
            }
            placeLiterals.add(place.strip());
            for (String part : place.split("[,()\\[\\];]+")) {
                if (!part.isBlank() && part.strip().length() > 2) {
                    placeLiterals.add(part.strip());
                }
            }
            Set<String> general = new LinkedHashSet<>();
            generalWords.forEach(g -> words(g).forEach(w -> general.add(lower(w))));
            for (String word : words(place)) {
                if (word.length() > 2 && !general.contains(lower(word)) && !commonWord.test(lower(word))) {
                    placeWords.add(word);
                }
            }
            return this;
        }

        /** A code that names a place (a location's code). */
        public Builder placeCode(String code) {
            if (code != null && !code.isBlank()) {
                placeLiterals.add(code.strip());
            }
            return this;
        }

        /** A known NHS number: its digits with up to three other characters between any two of them. */
        public Builder nhsNumber(String nhsNumber) {
            if (nhsNumber != null) {
                String digits = nhsNumber.replaceAll("\\D", "");
                if (digits.length() >= 6) {
                    digitRuns.add(digits);
                }
            }
            return this;
        }

        /**
         * An address: whole, each comma- or line-separated part, each part's street with its suffix in any spelling
         * (Lane or Ln) and without its house number, its distinctive words, and its postcode with or without the space.
         */
        public Builder address(String address) {
            if (address == null || address.isBlank()) {
                return this;
            }
            addressPatterns.add(flexible(address.strip()));
            for (String part : address.split("[,\\n;]+")) {
                String p = POSTCODE.matcher(part).replaceAll("").strip();
                if (p.length() > 2) {
                    addressPatterns.add(flexible(p));
                    String street = p.replaceFirst("^(?i:flat\\s+)?\\d+[a-zA-Z]?,?\\s+", "");
                    if (street.length() > 2) {
                        addressPatterns.add(flexible(street));
                    }
                }
                for (String word : words(p)) {
                    if (word.length() > 2 && !commonWord.test(lower(word)) && !IdentifierShapes.isStreetSuffix(word)) {
                        addressWords.add(word);
                    }
                }
            }
            Matcher postcode = POSTCODE.matcher(address);
            while (postcode.find()) {
                addressPatterns.add(postcodePattern(postcode.group()));
            }
            return this;
        }

        public Redaction build() {
            List<Pattern> names = new ArrayList<>();
            alternation(nameLiterals.stream().map(Builder::flexibleWords).toList(), POSSESSIVE).ifPresent(names::add);
            alternation(nameWords.stream().map(Pattern::quote).toList(), POSSESSIVE).ifPresent(names::add);
            List<Pattern> numbers = new ArrayList<>();
            digitRuns.forEach(digits -> numbers.add(Pattern.compile("(?<!\\d)" + String.join("\\D{0,3}",
                    digits.chars().mapToObj(c -> String.valueOf((char) c)).toList()) + "(?!\\d)")));
            capitalised(capitalisedWords).ifPresent(names::add);
            List<Pattern> places = new ArrayList<>();
            alternation(placeLiterals.stream().map(Builder::flexibleWords).toList(), POSSESSIVE).ifPresent(places::add);
            // a place's own word ("Oak", "Riverside") only when capitalised: "oak" and "ash" are ordinary words
            capitalised(placeWords).ifPresent(places::add);
            List<Pattern> addresses = new ArrayList<>();
            alternation(new ArrayList<>(addressPatterns), "").ifPresent(addresses::add);
            alternation(addressWords.stream().map(Pattern::quote).toList(), POSSESSIVE).ifPresent(addresses::add);
            return new Redaction(names, places, addresses, numbers);
        }

        /** The words, each only when its first letter is a capital (the rest in any case), with a possessive. */
        private static Optional<Pattern> capitalised(Set<String> words) {
            return alternation(words.stream().map(w -> "(?-i:" + Pattern.quote(w.substring(0, 1)
                    .toUpperCase(Locale.ROOT)) + ")" + Pattern.quote(w.substring(1))).toList(), POSSESSIVE);
        }

        private static Optional<Pattern> alternation(List<String> regexes, String suffix) {
            List<String> nonEmpty = regexes.stream().filter(r -> !r.isEmpty())
                    .sorted(Comparator.comparingInt(String::length).reversed()).toList();
            if (nonEmpty.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(Pattern.compile(NOT_WORD_BEFORE + "(?:" + String.join("|", nonEmpty) + ")"
                    + suffix + NOT_WORD_AFTER, FLAGS));
        }

        /** The words of a value: letters and digits, split at spaces, hyphens, apostrophes and punctuation. */
        private static List<String> words(String value) {
            List<String> out = new ArrayList<>();
            for (String word : value.split("[^\\p{L}\\p{N}]+")) {
                if (!word.isEmpty() && !word.chars().allMatch(Character::isDigit)) {
                    out.add(word);
                }
            }
            return out;
        }

        /** Any run of white space or punctuation between the words matches any other such run. */
        private static String flexibleWords(String literal) {
            List<String> quoted = new ArrayList<>();
            for (String word : literal.strip().split("[^\\p{L}\\p{N}]+")) {
                if (!word.isEmpty()) {
                    quoted.add(Pattern.quote(word));
                }
            }
            return String.join("[^\\p{L}\\p{N}]{1,3}", quoted);
        }

        /** An address part, its white space flexible and its street suffix in any of its spellings. */
        private static String flexible(String part) {
            String[] words = part.strip().split("[\\s,]+");
            List<String> out = new ArrayList<>();
            for (String word : words) {
                String bare = word.replaceAll("\\.$", "");
                List<String> spellings = STREET_SUFFIXES.stream().filter(s -> s.stream()
                        .anyMatch(x -> x.equalsIgnoreCase(bare))).findFirst().orElse(null);
                out.add(spellings == null ? Pattern.quote(word)
                        : "(?:" + String.join("|", spellings.stream().map(Pattern::quote).toList()) + ")\\.?");
            }
            return String.join("[\\s,]+", out);
        }

        private static String postcodePattern(String postcode) {
            String compact = postcode.replaceAll("\\s+", "");
            return Pattern.quote(compact.substring(0, compact.length() - 3)) + "\\s*"
                    + Pattern.quote(compact.substring(compact.length() - 3));
        }

        private static String lower(String word) {
            return word.toLowerCase(Locale.ROOT);
        }
    }

}
