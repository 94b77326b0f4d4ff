package uk.nhs.psirf.oversight.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The common and clinical words that are not names, kept as the resource {@value #RESOURCE} (one a line, any case,
 * {@code #} comments), with the words of the trust's services and directorates, which partners may see.
 */
public final class CommonWords implements Predicate<String> {
    public static final String RESOURCE = "redaction/common-words.txt";
    private static final Set<String> LISTED = load();

    private final Set<String> words;

    private CommonWords(Set<String> words) {
        this.words = words;
    }

    /** The listed words and each word of the given phrases (service and directorate names). */
    public static CommonWords with(Collection<String> phrases) {
        Set<String> words = new HashSet<>(LISTED);
        for (String phrase : phrases) {
            for (String word : phrase.split("[^\\p{L}\\p{N}]+")) {
                if (!word.isEmpty()) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
        return new CommonWords(words);
    }

    /** Whether the word (any case; a hyphenated word when each part is) is a common word. */
    @Override
    public boolean test(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (words.contains(lower)) {
            return true;
        }
        String[] parts = lower.split("[-'\u2019]");
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (!part.isEmpty() && !part.equals("s") && !words.contains(part)) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        try (InputStream in = CommonWords.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    out.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
